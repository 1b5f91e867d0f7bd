import type { DraftGroup } from '../forum-drafts/group';

export const neuro: DraftGroup = {
  prefix: 'h3-neuro',
  topic: 'MS, epilepsy, long covid and ME/CFS groups',
  drafts: [
    `Anyone else's long covid brain fog worse after a hot shower?? Have to sit on the shower stool now. Day 640-something of this nonsense.`,
    `My daughter {{PERSON|Ellie}} had her first tonic-clonic at school today. She's {{AGE|14}}. Ambulance, the lot. They've referred her to the first fit clinic at the {{ORGANIZATION|Royal Hospital for Children}} in {{LOCATION|Glasgow}}. I'm still shaking. What do I need to know?`,
    `Pacing question: do you count reading as activity? My OT says yes, cognitive load counts. Visible app shows my HRV tanks after screen time so she might be right.`,
    `Kesimpta month 3, no relapses, mild headache the day after each pen. Neuro is checking IgG levels in the summer. Has anyone had theirs drop much?`,
    `Bonjour! English speaker with MS living near {{LOCATION|Montpellier}}. Does anyone know a neurologist who speaks English? My French is ok for the boulangerie but not for lesions and EDSS scores 😅 My number is {{PHONE|06 12 48 73 90}} - {{PERSON|Harriet}}`,
    `severe ME, dictating this with voice to text so sorry for typos. cant tolerate light or sound most days. carers come twice a day. just wanted to say i read this group every morning and it helps. even when i cant reply`,
    `Had a seizure on {{DATE|2nd Feb}} so I've lost my licence for 6 months. Do I post the actual card back to the DVLA? Licence number is {{ID_NUMBER|HARTW803154JM9AB}} if that changes anything, it says surrender on the form but not where to send it.`,
    `Lamotrigine people: the rash warning has me paranoid. Checking every spot. Titrating slowly, 25mg for 2 weeks then 50. How long till you felt it working?`,
    `Our long covid peer group in {{LOCATION|Galway}} meets online every second Wednesday evening. Email {{EMAIL|longcovidgalway.peers@outlook.ie}} and I'll send the link. No pressure to talk, cameras off is grand.`,
    `Reddit keeps telling me to try LDN. GP said she'd never heard of it. Is there any NICE guidance? Who prescribed yours, GP or private?`,
    `Medicare keeps rejecting my dad's Ocrevus infusion claim, he's {{AGE|71}}. The letter quotes his MBI {{ID_NUMBER|5TW7-PK3-RA81}} and just says "not eligible". Is that because he switched to an Advantage plan? I'm his caregiver in {{LOCATION|Scottsdale}} and going round in circles.`,
    `So relieved the new guidance dropped graded exercise. My old physio pushed me into a 6 month crash in 2019 and I never got back to where I was. Anyone else still angry about it?`,
    `{{PERSON|Kayleigh}}, {{AGE|27}}, from {{LOCATION|Swansea}} 👋 diagnosed RRMS last month after optic neuritis. Starting Tecfidera next week. My MS nurse {{PERSON|Rhian}} has been amazing. Just saying hi really!`,
    `Long covid + POTS check-in:\n- salt tabs 3x a day\n- compression leggings\n- 3L water\n- recumbent bike 10 mins\nHR still jumps 40 on standing. Is ivabradine worth asking about?`,
    `I post my pacing charts and energy envelope stuff on insta at {{HANDLE|@slowlane.spoonie}}, no ads, just honesty. Might help someone newly diagnosed 💛`,
    `Does anyone use a seizure alert watch? Looking at Embrace vs Epilert. Mainly for nights. I've lived alone in {{LOCATION|Bolton}} since the divorce so it worries me.`,
    `Can someone check my wording for the PIP form pls: "My name is {{PERSON|Stuart Kilbride}}, born {{DOB|22 July 1989}}. I have focal epilepsy with around 4 seizures a month and cannot cook safely without supervision." Does that sound ok or too blunt?`,
    `Tysabri on extended dosing, every 6 weeks. Still JCV negative, index 0.18. Anyone been on it 10+ years? Would love to hear how it's gone.`,
    `Hallo from {{LOCATION|Freiburg}}. Long covid since the Omicron wave, now diagnosed ME. My Reha was finally approved, going to {{ORGANIZATION|Klinik Bad Bramstedt}} on {{DATE|3 March}}. Any tips for surviving 3 weeks of programme without crashing?`,
    `has anyone read the Brain Fog Fix book? seen it recommended loads but im sceptical. its cheap on kindle this week`,
  ],
};
