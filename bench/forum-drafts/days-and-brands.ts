import type { DraftGroup } from './group';

/**
 * Kinds of weakness the fourteenth held-out set showed once it was read: an account name after
 * "my username here is"; a name after "my manager"; a date after "scheduled" with no "for"; a
 * hospital named for a saint after "at" with care nearby; the town after "collection only from"
 * or "anyone from round"; an age after "G'day,"; an IP address in brackets. Look-alikes: public
 * days ("World X Day is 6 October", "runs 15 May to 15 June", "every year"), counties and
 * quarters of a city, "the … work at" (someone else's research), model numbers after a dash,
 * a day and month read as a house on "… Dr", compression garment and hearing brands, restaurant
 * chains, royal colleges, cancer centres' websites, "in the CP world". New sentences, not copies.
 */
export const daysAndBrands: DraftGroup = {
  prefix: 'days',
  topic: 'Usernames, managers, saints and loose dates; public days, counties, brands and colleges',
  drafts: [
    `Mods, my username here is {{HANDLE|creaky_knees_marie}} and I can't edit my own posts?`,
    `Back at work and my manager {{PERSON|Desmond}} has been brilliant about the rest breaks.`,
    `Lumpectomy scheduled {{DATE|9/14}} and I'm trying not to think about it.`,
    `My port goes in at {{ORGANIZATION|Saint Luke's}} next week, any tips for the first chemo day?`,
    `Free to a good home: wedge pillow and bed rail. Collection only from {{LOCATION|Carrigaline}}.`,
    `anyone from round {{LOCATION|Ripley}} fancy a coffee and a moan some time?`,
    `G'day, {{AGE|63}} from {{LOCATION|Bundaberg}}. Just started on the hormone jabs.`,
    `Forum says my IP ({{IP|81.107.233.4}}) is banned, I've never posted before!`,
    `Lymphoedema Awareness Week runs 6 March to 12 March, lots of free webinars.`,
    `World Arthritis Day is 12 October every year if you want to get involved.`,
    `Our rheumatology team covers the whole of Kent County, so the waits are long.`,
    `Is there a decent physio anywhere in the Inner East? Asking for my mum.`,
    `The trial work at St Erik on this looks promising but it's years off.`,
    `Got the Bose QC-45 headphones for the hospital ward noise, total game changer.`,
    `Diagnosed on {{DATE|3 Feb}}. Consultant Dr {{PERSON|Haverford}} was kind but blunt.`,
    `Juzo and Sigvaris both do made-to-measure sleeves now, worth asking for.`,
    `Celebrated finishing radiotherapy with a cheeky Nando's, no regrets.`,
    `The Royal College of Physicians guidance on this changed last year.`,
    `Here's the survival calculator at https://www.mskcc.org/nomograms/breast if anyone wants it.`,
    `Adaptive sport is huge in the CP world now, boccia especially.`,
  ],
};
