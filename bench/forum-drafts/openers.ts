import type { DraftGroup } from './group';

/**
 * Kinds of weakness the third held-out set showed once it was read (names opening a post,
 * kin and baby ages, places named by what people do there, hospitals named by what happened
 * there, product names that look like names). New sentences, not copies of that set.
 */
export const openers: DraftGroup = {
  prefix: 'open',
  topic: 'Openers, sign-offs with notes, kin and baby ages, meet-ups and hospitals named by events',
  drafts: [
    `{{PERSON|Tamsin}}, {{AGE|44}}, hypermobile EDS and newly on a waiting list for a wheelchair assessment. Where do I even start?`,
    `Long time lurker 🙋‍♀️ {{PERSON|Chidi}}, {{AGE|29}}, from {{LOCATION|Peckham}}. Sickle cell warrior since day one.`,
    `{{PERSON|Poppy}} is {{AGE|11}} now and just moved up to high school with her insulin pump. Any tips for talking to the new teachers?`,
    `Can someone help me read this? "Re: {{PERSON|Desmond Achterberg}}, DOB {{DOB|02/09/1949}}. Dear Dr {{PERSON|Lowry}}, thank you for referring this gentleman…" It's my dad's.`,
    `Tried Optrex Intensive, Thealoz and Hyabak. Nothing lasts more than an hour. What drops do you swear by?`,
    `Our youngest is {{AGE|4}} and has just been diagnosed with JIA. The steroid injections under gas went well.`,
    `He's {{AGE|9 weeks}} and still not back to birth weight, the health visitor wants us seen again on Friday.`,
    `I'm 12 weeks post-op now and can finally do the stairs without crying. The physio says 6 months for full recovery.`,
    `Free to anyone who needs it: a shower stool and a bed lever. Collection from {{LOCATION|Castlebar}}, can't post sorry.`,
    `Any carers in {{LOCATION|Ipswich}} who'd like a coffee morning now and then? I'm in the same boat with my mum.`,
    `I'm in {{LOCATION|Listowel}}, has anyone found a physio around here who understands POTS?`,
    `I feel like I'm 90 on flare days, my knees sound like bubble wrap 😂`,
    `His heart surgery at {{ORGANIZATION|Alder Hey}} went well yesterday, we're on the ward now and he's already asking for chips.`,
    `Discharged from {{ORGANIZATION|Beaumont}} on Thursday after a week on IV steroids. Home to {{LOCATION|Swords}} and straight to bed.`,
    `My CPN {{PERSON|Gráinne}} is retiring and I'm gutted, she's the only one who ever listened.`,
    `Thanks everyone, you've been brilliant this week.\n{{PERSON|Hollis}} (ulcerative colitis, 8 years, {{LOCATION|Stockport}})`,
    `Anyone with MS in the {{LOCATION|Moncton}} area? Trying to find a support group that meets in person.`,
    `Spacer and MDI technique video from Asthma + Lung UK is really good if you're unsure. The NICU nurses showed me the same with my son's nebuliser.`,
  ],
};
