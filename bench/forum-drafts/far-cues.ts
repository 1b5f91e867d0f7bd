import type { DraftGroup } from './group';

/**
 * Kinds of weakness the seventh held-out set showed once it was read: ID numbers given a
 * sentence after their cue, names that own something or open a reply with "we", handles
 * before "on <platform>", double first names, French street order, towns after a street,
 * clinics named after a place, and numbers that are not ages. New sentences, not copies.
 */
export const farCues: DraftGroup = {
  prefix: 'far',
  topic: 'IDs far from their cue, owners, replies, shop handles, French addresses, towns after streets',
  drafts: [
    `Does the hospital passport need your NHS number? I filled mine in as {{ID_NUMBER|943 476 5919}} and left the GP bit blank.`,
    `The carer's allowance form asks for PPS numbers for both of us. Mine is {{ID_NUMBER|1234567T}}, but where do I find my husband's?`,
    `{{PERSON|Oluwaseun}}'s bloods came back better this time, ferritin finally over 30. Small wins!`,
    `{{PERSON|Magdalena}} we had the very same thing with the night feeds, it does get easier I promise.`,
    `My sister makes the loveliest lanyards for hearing aids, she's {{HANDLE|rosiesloopystitches}} on Etsy if anyone wants one.`,
    `Please write to me if you want a pen pal! {{PERSON|Jean-Philippe Gagnon}}, {{ADDRESS|27 rue des Érables}}, {{LOCATION|Sherbrooke}} QC {{POSTCODE|J1H 2K5}}`,
    `Mum is on her own on {{LOCATION|Weston Road}} in {{LOCATION|Meir}} since Dad passed and the district nurses keep missing her.`,
    `We just moved to {{LOCATION|Ashbourne}} and I have to find a new rheumatologist all over again.`,
    `My GP at {{ORGANIZATION|Lambourn Medical Centre}} has been brilliant about the fatigue letters.`,
    `Lost my medical alert bracelet near {{LOCATION|Sowerby Bridge}} on Sunday, silver with a blue clasp. Long shot but worth asking.`,
    `The endo says my thyroid numbers are fine for my age ({{AGE|63}}). Does anyone else get told that?`,
    `Our {{AGE|4}} year old mokopuna has just been diagnosed with coeliac too, so now it's three of us in the family.`,
    `Renal nurse went through my eGFR. 38, stage 3b, and said it has been steady for a year.`,
    `I'm 6 years post transplant and still get the odd rejection scare. You learn to live with it.`,
    `Todd's paralysis after a seizure can last a few hours, our neuro said not to panic if one side is weak afterwards.`,
    `We raised £300 for Harriet's Hope at the bake sale, the charity does amazing work with young carers.`,
    `Follow the Ko-fi link on the MS Society page if you want to support the new research fund.`,
    `Sue my employer? No, I just want them to make the adjustments they already agreed to.`,
  ],
};
