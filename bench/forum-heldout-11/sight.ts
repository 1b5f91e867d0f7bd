// Sight loss, written blind for the eleventh held-out set: macular degeneration, glaucoma, retinitis
// pigmentosa, diabetic retinopathy; guide dogs, screen readers, giving up the driving licence.
import type { DraftGroup } from '../forum-drafts/group';

export const sight: DraftGroup = {
  prefix: 'h11-sight',
  topic: 'sight loss: AMD, glaucoma, RP, diabetic retinopathy; guide dogs, screen readers, licence surrendered',
  drafts: [
    "Wet AMD in my left eye, injections every 8 weeks now (Eylea, used to be Lucentis). Does the dread ever go? The needle isn't the worst bit, it's the clamp thing. The RNIB helpline ({{OTHER|0303 123 9999}}) told me about Charles Bonnet syndrome and I cried with relief — I thought I was going mad seeing the patterns.",
    "hi all im {{PERSON|Petra}}, using nvda so sorry for typos. RP since my teens, now just a bit of central vision left. just surrendered my licence to the DVLA, the letter says licence number {{ID_NUMBER|HOLLO751229PA9XY}} has been revoked and I should 'return the photocard'. it felt so final. anyone else find that day really hard",
    "Glaucoma drops question — Xalatan (latanoprost) has made my eyelashes ridiculously long and my iris slightly darker. Consultant says normal. Anyone switched to preservative-free Monopost? Pressures were 24/26, now 17/18.",
    "Just got approved for a guide dog!! Class starts {{DATE|January 12}} in {{OTHER|Morristown NJ}}, 3 weeks residential. I'm {{AGE|37}} and have been a cane user in {{LOCATION|Milwaukee}} for 10 years so this is huge. Any advice on what to pack?",
    "Screen reader users: JAWS vs NVDA vs VoiceOver for Facebook? FB keeps changing the layout and the headings jump around. NVDA with Firefox seems most stable for me. Also Be My Eyes has been brilliant for reading post.",
    `Anyone know what happens after the CVI? Copied what's on mine:

Certificate of Vision Impairment
Patient: Mrs {{PERSON|Iris Whitmore}}
DOB: {{DOB|11/05/1944}}
Hospital no: {{ID_NUMBER|K2249087}}
Certified as: Severely sight impaired (blind)
Consultant: {{PERSON|R. Bhattacharya}}
Eye clinic: {{ORGANIZATION|Sunderland Eye Infirmary}}

It says social services will contact me "within 2 weeks". That was 6 weeks ago.`,
    "Diabetic retinopathy, had PRP laser on both eyes last year. Night vision is rubbish now and I've lost some peripheral. My optician says I'm just under the driving standard (Esterman test). Will I get it back? Realistically no I think.",
    "Looking for anyone in {{LOCATION|Etobicoke}} with macular degeneration who wants to start a little coffee meet up. CNIB has one downtown but two buses is too much for me now. I'm near {{LOCATION|Islington}} station, {{POSTCODE|M9B 3K7}}. Leave a comment, my daughter {{PERSON|Linh}} reads my messages to me.",
    "Stargardt disease here, diagnosed as a teenager, now in my 30s. Anyone tried eccentric viewing training? Also are there any trials for ABCA4? The {{OTHER|Moorfields}} site lists a few but most are closed.",
    "PIP assessment for sight loss — they want me to 'describe a typical day'. I've written 4 pages. The front page has me as {{PERSON|Kwabena Asante}}, NI {{ID_NUMBER|PX 71 40 36 B}}. Should I also send a copy of the CVI? The assessor is coming to the house on {{DATE|23/09}}",
    "Leber's hereditary optic neuropathy (LHON) — any other young men here? Lost central vision in both eyes within 3 months at 22. Idebenone (Raxone) did nothing for me. Just wanted to find others.",
    "Follow my guide dog's adventures 🐕‍🦺 it's mostly her refusing to walk past Greggs. Insta {{HANDLE|@willow_leads_the_way}}, tiktok same. I'm the one in the blue coat, {{PERSON|Sian}} 💙",
    "Bill for a private cataract op abroad was £1,800 per eye in Lithuania vs 9 months wait here. Did anyone go to Vilnius or Prague? With glaucoma as well I'm nervous.",
    "@{{PERSON|Deb Kowalczyk}} same here, the day I handed my license over at the DMV I sat in the parking lot and bawled. My husband {{PERSON|Ray}} drives me everywhere now and I hate asking. Paratransit in {{LOCATION|Toledo}} is 2 hour windows. Hang in there hon",
    "Magnifier recommendations? Eschenbach handheld with light, x6. Or is an electronic one (Explorē 8, Optelec Compact) worth the money? Low vision clinic only lends, doesn't sell.",
    "i'm writing a short guide for newly diagnosed glaucoma folk in plain words, large print. Would anyone proof read it? ideally someone who's had a trabeculectomy. it's about 10 pages. send a line to {{PERSON|maureen}} at {{EMAIL|mo.fitzsimons@eircom.net}} and i'll post it out. from {{LOCATION|Tralee}} with thanks",
    "RP and Usher syndrome type 2 — hearing aids plus white cane. People don't understand 'you can see a bit'. I was accused of faking on a train because I was looking at my phone (zoomed to 400%).",
    "Mum's anti-VEGF injections are at the {{ORGANIZATION|Eye and Ear}} and the taxi vouchers (MPTP) only go so far. She lives in {{LOCATION|Footscray}}. If anyone's found a volunteer driver service ring me on {{PHONE|0412 508 331}} – {{PERSON|Kylie}}",
    "Tips for the Esterman visual field test: blink normally, don't chase the lights, it's fine to miss some. I was so tense the first time I failed. Second time relaxed and passed for group 1. Hope that's useful.",
    `Booked the accessible transport for the sight loss tech fair. Their confirmation:

Pickup: {{ADDRESS|Flat 3, 41 Rosebery Avenue}}, {{LOCATION|Blackpool}} {{POSTCODE|FY4 2DJ}}
Date: Saturday {{DATE|8 November}}, 09:15
Passenger requires: guide dog space

they never ring the buzzer, they just wait outside and I can't see the car. anyone else?`,
    "Diabetic eye screening letter says 'R1 M0' — background retinopathy, no maculopathy. Is that bad? My HbA1c is 58. The nurse said bring it down slowly because rapid drops can make retinopathy worse for a while.",
    "Bonjour, I am from {{LOCATION|Lyon}}, I have glaucoma and my ophtalmologist Dr {{PERSON|Mercier-Vautrin}} propose the SLT laser the {{DATE|17 décembre}}. In France we say 'laser sélectif'. Someone have experience? My email {{EMAIL|helene.vautrin@orange.fr}}",
    "If your family grab your arm and steer you, ask your rehab worker to teach them sighted guide. Long cane with a rolling tip is easier on pavements. Guide Dogs run a My Sighted Guide scheme that trains volunteers too.",
    "Sold the car today. Surrendered the licence in August. Watching someone drive {{ID_NUMBER|YK68 RWO}} away felt like a bit of me went with it. 34 years driving. Dad used to say a car is freedom. {{PERSON|Len}}, {{AGE|71}}",
    "{{OTHER|Ray Charles}}, {{OTHER|Stevie Wonder}}, {{OTHER|Andrea Bocelli}} (glaucoma!). My grandson keeps listing blind musicians to cheer me up. Sweet but I can't sing 😂",
    "I blog about RP and parenting: {{URL|www.tunnelvisionmum.co.uk}}. Latest post is about explaining it to my son, he's {{AGE|6}} and thinks my cane is a lightsaber.",
    "The DVLA form for sight loss asks for your consultant's details and permission to contact them. Took 11 weeks to decide. You can sometimes keep driving while they decide (section 88) but check with your optometrist first.",
  ],
};
