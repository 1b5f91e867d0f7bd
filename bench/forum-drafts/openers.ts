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
    `Hi everyone, I'm {{PERSON|Adaeze}} but everyone calls me {{PERSON|Dazzy}}, {{AGE|39}}, newly diagnosed with Graves'. The endo wants me on carbimazole.`,
    `Hi, I'm {{PERSON|Ngozi}} ({{PERSON|Zizi}} to my kids) and I've had fibro since my twenties.`,
    `DD ({{PERSON|Maisie}}) has her first infusion tomorrow, any tips for keeping a {{AGE|6 year old}} still for 2 hours?`,
    `Coffee and chat for anyone with ME in the area, first Tuesday of the month. Ring me ({{PERSON|Moira}}) on {{PHONE|01632 960 481}} and I'll give you directions.`,
    `Happy to lend the TENS machine to anyone local, just message me. love {{PERSON|bernie}}`,
    `Keep going everyone 💙 — {{PERSON|Yusuf}}, {{AGE|41}}, {{LOCATION|Luton}}`,
    `Hiya, {{AGE|58}}, RA for 20 years and just started on Rinvoq. Anyone else?`,
    `I work weekends at {{ORGANIZATION|Sainsbury's}} and the standing is killing my knees.`,
    `Finally got seen at the {{ORGANIZATION|Walton Pain Centre}} after two years on the list.`,
    `Tried 4 SSRIs, 2 SNRIs and now on vortioxetine. Samaritans on 116 123 got me through last winter.`,
    `My DD {{AGE|5}} has her cardiology review on Thu {{DATE|14/11}} and I'm dreading it.`,
    `{{AGE|33}} and had my first TIA in the car park at work. Still shaking.`,
    `Can anyone decode this? "Reminder: {{PERSON|GRACE OKONJO}}, your colposcopy is booked at 10:40." Which door is colposcopy?`,
    `My PHN is on the card but the pharmacy wanted it again, I gave it as {{ID_NUMBER|9876 543 210}} and now I'm worried.`,
    `Had my ablation at {{ORGANIZATION|Cleveland Clinic}} last spring and the palpitations are nearly gone.`,
    `Anyone read "Ask Me Anything About Lupus" or watched "Grace and Frankie" for the arthritis storyline? Switched from MiniMed to Omnipod too, so many changes.`,
    `Stroke survivor here, 6 years on. Our peer group meets on Wednesdays at the library.`,
    `Spacer and MDI technique video from Asthma + Lung UK is really good if you're unsure. The NICU nurses showed me the same with my son's nebuliser.`,
  ],
};
