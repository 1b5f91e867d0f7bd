import type { DraftGroup } from './group';

/**
 * Kinds of weakness the thirteenth held-out set showed once it was read: names with who they are
 * in brackets ("Grace and May (our twins)"), even names that are also words; names after "posting
 * for", "replying to", "looked after"; a dotted account name before "on instagram" with no cue;
 * "driver license" without the s, "card ID", "Medicare card number"; a hospital on a form's
 * "Transplant center:" line; an employer after "work in a call centre for"; "ich komme aus".
 * Look-alikes: an age in the past ("I was 12 when…"), a province before a postcode, a medical word
 * after a postcode, "Bob's your uncle", hearing aid brands. New sentences, not copies.
 */
export const bracketsAndForms: DraftGroup = {
  prefix: 'brackets',
  topic: 'Names with who they are in brackets, loose ID cues, form lines; past ages and brands',
  drafts: [
    `{{PERSON|Hope}} and {{PERSON|Faith}} (our eldest twins) both flared at the same time, typical.`,
    `{{PERSON|Ottilie}} (my daughter) has her first biologic next week and she's terrified of needles.`,
    `Posting for {{PERSON|Tamsin}} who can't get on Facebook at the moment, she wants to know about PIP.`,
    `replying to {{PERSON|Marguerite}} above — the cold cap worked for me too.`,
    `Huge thanks to the ward that looked after {{PERSON|Rory}} after his op, they were so kind.`,
    `I share the daily stuff over at {{HANDLE|pots.and.pans.life}} on instagram if anyone wants a nosey.`,
    `DMV wants my driver license {{ID_NUMBER|K7730215}} before they'll reinstate it after the seizure.`,
    `The pharmacy needed the card ID ({{ID_NUMBER|XQ 48211 09374}}) off the back of my insurance card.`,
    `Do they need the Medicare card number {{ID_NUMBER|5512 77031 6}} on the script too?`,
    `Pasted from the letter:\nTransplant centre: {{ORGANIZATION|Freeman}}\nDate of review: next spring`,
    `I work in a call centre for {{ORGANIZATION|Vodafone}} and the headset is agony with my TMJ.`,
    `Ich komme aus {{LOCATION|Bielefeld}}, my English is not so good but I read here every day.`,
    `I was 15 when the seizures started and nobody believed me for years.`,
    `{{PERSON|Kevin}} here, {{LOCATION|Winnipeg}}, Manitoba, {{POSTCODE|R3T 2N2}}, living with this for a decade now.`,
    `The address was {{ADDRESS|Unit 4}}, {{LOCATION|Thornbury}} {{POSTCODE|BS35 2RT}} Rheumatology outpatients, but they moved.`,
    `Two weeks of the exercises and Bob's your uncle, the vertigo eased off.`,
    `Went from Widex to Signia last year and the streaming is so much better.`,
    `Monday (my day off) was spent entirely on the sofa.`,
    `Looking for Advice on travel insurance with a stoma, who did you use?`,
    `Taking Stelara (my third biologic) and finally some relief.`,
  ],
};
