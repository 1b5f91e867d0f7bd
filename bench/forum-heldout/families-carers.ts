import type { DraftGroup } from '../forum-drafts/group';

export const familiesCarers: DraftGroup = {
  prefix: 'ho-family',
  topic: 'Parents of sick children, carers of elderly parents, and mental health groups',
  drafts: [
    `Mum of a heart warrior 💗 DS {{PERSON|Oscar}}, {{AGE|3}}, HLHS, had his Fontan at {{ORGANIZATION|the Evelina}} on {{DATE|12 September}} and is home already!! We're from {{LOCATION|Maidstone}}. Any other HLHS families? Follow his journey on insta {{HANDLE|oscars_heart_journey}} x {{PERSON|Gemma}}`,
    `Carer's Allowance question: can I still get it if I work 16 hours? The earnings limit changed in April I think. Carers UK have a calculator somewhere.`,
    `Bipolar 2, on lithium 800mg. Level 0.7. Had my 6-monthly bloods, thyroid and kidneys fine. Hope everyone's having a stable week 🙂`,
    `My mum {{PERSON|Margaret}}, {{AGE|86}}, is in {{ORGANIZATION|Beechwood Care Home}} in {{LOCATION|Harrogate}} and they keep missing her Parkinson's meds. Timing is everything with Sinemet!! Who do I complain to, CQC? If anyone has been through this please ring me {{PHONE|0113 496 0214}}, I'm at the end of my rope`,
    `If you're in crisis: Samaritans 116 123 (UK & ROI), text SHOUT to 85258, or 988 in the US. Lifeline 13 11 14 in Australia. You matter 💛`,
    `{{AGE|24}}, first baby, PND. Perinatal team at {{ORGANIZATION|Bassetlaw}} are lovely but the waitlist for therapy is 4 months. I'm in {{LOCATION|Worksop}}. My girl {{PERSON|Isla}} was born {{DOB|03/01/25}} and I still don't feel like her mum. Does it get better?`,
    `Anyone else's kid with ARFID? DS only eats beige food. Dietitian says add 1 new food a week. Feeding therapy waitlist is 18 months through CAMHS.`,
    `DD ({{AGE|14}}) has anorexia and has just been admitted to {{ORGANIZATION|Larkspur House}}, 2 hours from home. Her school {{ORGANIZATION|Fountains Academy}} have been awful about it, asking when she'll be back for exams. I'm {{PERSON|Claire}}, add me on fb if you've been through this {{URL|facebook.com/claire.whitaker.5682}}`,
    `Carers of parents with dementia: how do you handle sundowning? Dad gets agitated every day around 4pm. GP suggested routine and light. Admiral nurses (Dementia UK) were helpful. Alzheimer's Society forum too.`,
    `My {{AGE|9}} year old {{PERSON|Lily}} has Crohn's, on Modulen exclusive enteral nutrition for 8 weeks. She's under Dr {{PERSON|Patel}} at {{ORGANIZATION|Southampton General}}. Anyone done EEN with a fussy kid? We're in {{LOCATION|Eastleigh}}, happy to meet up`,
    `Respite care: how many weeks a year do you get? Council rang last Tuesday and said 4 weeks a year for mum, review in March. Is that typical?`,
    `Mental health Monday: {{AGE|31M}} here, bipolar, 2 years sober today. Work as a chef at {{ORGANIZATION|Dishoom}} in {{LOCATION|Edinburgh}} and kitchens are not sober friendly lol. If anyone in Edinburgh wants to go to a meeting together, WhatsApp {{PHONE|+44 7845 201377}}`,
    `Mark my words, the day I come off my sertraline will be the day I'm fully better. 100mg and stable for now. Therapy through Talking Therapies ended last month and I'm doing ok 💪`,
    `My son {{PERSON|Will}} ({{AGE|17}}) is autistic with severe anxiety and hasn't left the house since {{DATE|5 October}}. CAMHS in {{LOCATION|Wrexham}} discharged him because he wouldn't engage?! How do you engage if you can't leave the house. email me {{EMAIL|claire.w.jones@hotmail.co.uk}} if you've got advice for Wales`,
    `Carer burnout is real. I haven't slept a full night in 3 years. Love my mum but I'm running on empty. Where do people find the energy?`,
    `Parents of kids with epilepsy in {{LOCATION|Auckland}}? my lad is {{AGE|9}} and on Epilim, still seizing most days. The neuro team at {{ORGANIZATION|Starship}} are great but we feel so alone. Healthline said to look for a whānau support group`,
    `Hope, my therapist says, is a discipline. Trying to hold onto that. 8 weeks into CBT for OCD. ERP is hard but it's working.`,
    `Mom's {{AGE|91}} and just got discharged from {{ORGANIZATION|Mercy Hospital}} in {{LOCATION|Springfield}} with no home health set up. I'm her only caregiver and I work full time. Her Medicare number is {{ID_NUMBER|4TQ7-KD2-XW58}} and her supplement is through {{OTHER|AARP}}, the discharge planner never called back. Anyone been through this? call me {{PHONE|(417) 555-0126}} please, I'm losing it`,
  ],
};
