import type { DraftGroup } from './group';

/**
 * Kinds of weakness the eighth held-out set showed once it was read: names thanked or paired
 * with another name, replies with a word of affection, kin words from many communities,
 * handles after "on TikTok as", day-month-year dates joined by dashes, staff numbers, suburbs
 * with a four-digit postcode, an NHS number run into an address, workplaces named by shifts
 * or by losing the job, hospitals named by a procedure, provinces and counties that share a
 * town's name, and products compared or numbered. New sentences, not copies.
 */
export const kinAndLetters: DraftGroup = {
  prefix: 'kin',
  topic: 'Paired and thanked names, kin words, joined dates, staff numbers, suburbs with postcodes, shifts',
  drafts: [
    `Thank you {{PERSON|Kofi}} and {{PERSON|Esi}} for dropping the shopping round, Dad was so pleased.`,
    `{{PERSON|Nomsa}} sis sending you so much love, the first week after discharge is the hardest.`,
    `My lola {{PERSON|Perlita}} is on dialysis too and she says the first month is the worst.`,
    `I post my dialysis days on TikTok as {{HANDLE|needle_nelly_}} if that helps anyone feel less alone.`,
    `The letter says: Re: {{PERSON|Olu Adebayo}}, DOB {{DOB|04-Mar-1987}}, please attend fasting.`,
    `HR want my staff number ({{ID_NUMBER|K55210}}) on the occupational health form, is that normal?`,
    `We're in {{LOCATION|Mitcham}} {{POSTCODE|3132}} if anyone knows a good renal dietitian nearby.`,
    `Copied off the clinic letter: NHS no: {{ID_NUMBER|943 476 5919}} {{ADDRESS|4 Larch Close}}, {{LOCATION|Kettering}} {{POSTCODE|NN15 6QT}}`,
    `Back on nights at {{ORGANIZATION|Sainsbury's}} next week and dreading the fatigue.`,
    `Got let go from {{ORGANIZATION|Primark}} after too many sick days with my flares.`,
    `gp at {{ORGANIZATION|riverside medical centre}} still hasnt sent the referral, 6 weeks now`,
    `Had my fistula fitted at {{ORGANIZATION|Freeman}} last month, buzzing away nicely now.`,
    `Beta thal major, {{AGE|36}}, from {{LOCATION|Walthamstow}}. Anyone else on Exjade?`,
    `Hi all, {{PERSON|Allegra}} here, {{AGE|41}}, newly diagnosed with lupus and a bit lost.`,
    `Diolch {{PERSON|Eirian}}, that really helped me understand the scan report.`,
    `Merci to everyone who replied last week, I'm feeling more hopeful about the transplant.`,
    `Hmm, not sure the Vet would agree with that diet for the dog either.`,
    `The transplant games were in {{OTHER|Adelaide}} in 2019 and looked brilliant on the telly.`,
    `I was in Ward 7 for 3 days and the food was grim.`,
    `Message me on here if you want the leaflet, happy to post it.`,
    `Here in Saskatchewan the wait for a transplant assessment is over a year. Is it better elsewhere?`,
    `Oticon Intent vs Phonak Sphere? The audiologist says both would suit my loss.`,
    `My daughter had her op at {{ORGANIZATION|Great Ormond Street}} last spring and the team were wonderful.`,
    `{{PERSON|Thomas}} has started reception and I'm terrified about his insulin at lunchtime.`,
    `Bloods done at {{ORGANIZATION|Guy's}} on Monday, results next week hopefully.`,
    `{{PERSON|Addison}}, {{AGE|9}}, was diagnosed last spring and I still feel out of my depth with the pump.`,
    `Does anyone else with Addison's find the summer heat knocks them for six?`,
    `Cheers for all the advice on the stoma bags, you lot are the best. {{PERSON|Mary-Beth}}`,
    `Originally from {{LOCATION|Kilkenny}} but living in {{LOCATION|Bristol}} now, and the renal unit here is great.`,
  ],
};
