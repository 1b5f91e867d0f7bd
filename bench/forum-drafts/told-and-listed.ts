import type { DraftGroup } from './group';

/**
 * Kinds of weakness the eleventh held-out set showed once it was read: known names in lower case
 * after "told", "lol" or before an email address; names before "used to" or "arrived"; an initial
 * for a first name on a form ("Consultant: R. Bhattacharya"); a Medicare number named but with a
 * wrong check digit; a code in brackets after "clinic number"; a bare "ref" before a code; "dad of
 * two in <town>"; a shop's warehouse as the employer; "<name> care home"; a US phone written with
 * dashes that also passes the NHS check. Look-alikes: eponyms before "syndrome" or "disease",
 * "I'm" in brackets, "Dear Tier 3 … Team", a certificate's title, celebrities listed together or
 * "talking about his" condition, 0303 helplines, shops, HIV medicines. New sentences, not copies.
 */
export const toldAndListed: DraftGroup = {
  prefix: 'told',
  topic: 'Lower-case names after told/lol, initials on forms, far-cued codes, eponyms and celebrity lists',
  drafts: [
    `finally told {{PERSON|declan}} last night about the diagnosis. he just hugged me`,
    `lol {{PERSON|ciara}} i know exactly what you mean about the hot flushes`,
    `if anyone wants the template send a note to {{PERSON|orla}} at {{EMAIL|orla.brennan.55@gmail.com}} and she'll forward it`,
    `{{PERSON|Bridget}} used to do the garden every Sunday, now she can't lift the watering can.`,
    `{{PERSON|Matilda}} arrived at 34 weeks, tiny but feisty.`,
    `Copied from the form:\nConsultant: {{PERSON|K. Oyelaran}}\nClinic: Neuromuscular`,
    `The pharmacy wanted my Medicare number for the script, it's {{ID_NUMBER|3318 20461 7}} if that's the right format?`,
    `They asked for my clinic number so I gave it ({{ID_NUMBER|HV-40318}}) and they still lost the bloods.`,
    `The booking letter says ref {{ID_NUMBER|QEH-7730142}} but nobody answers the phone.`,
    `I'm a {{AGE|52 year old}} dad of three in {{LOCATION|Spokane}} and this disease is eating our savings.`,
    `Nights at the Amazon warehouse in {{LOCATION|Swindon}} are killing my joints.`,
    `Mum's moving to {{ORGANIZATION|Ashgrove House}} care home on Monday and I feel awful.`,
    `Anyone in the same boat can call me, {{PHONE|503-267-4810}}, evenings are best.`,
    `The optician mentioned Charles Bonnet syndrome and suddenly the hallucinations made sense.`,
    `Lou Gehrig's disease is what they call it in the States, same thing as MND.`,
    `My husband (I'm his carer now) needs a new chair.`,
    `The referral letter starts "Dear Tier 3 Obesity Team" which sounds so harsh.`,
    `Copied the top of it: Certificate of Visual Impairment, then the boxes.`,
    `Selena Gomez, Toni Braxton and Nick Cannon all have lupus, my daughter loves that.`,
    `Shaquille O'Neal has talked about his sleep apnoea on telly, it got my dad tested.`,
    `The RNIB helpline on 0303 123 9999 was brilliant.`,
    `I can't walk past Greggs without my dog stopping, she's a terrible guide dog in that one way.`,
    `Switched from Triumeq to Dovato last spring, no side effects so far.`,
  ],
};
