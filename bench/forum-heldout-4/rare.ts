import type { DraftGroup } from '../forum-drafts/group';

/** Rare and genetic conditions: CF, sickle cell, thalassaemia, haemophilia, EDS, Marfan, Batten. */
export const rare: DraftGroup = {
  prefix: 'h4-rare',
  topic: 'Rare disease and genetic conditions: patients and families',
  drafts: [
    `{{PERSON|Orla}} here, {{AGE|27}}, CF (F508del/G551D). On Kaftrio since 2021 and my FEV1 went from 48% to 79%!! The CF team at {{ORGANIZATION|St Vincent's}} are amazing. Anyone else from {{LOCATION|Bray}} with CF want to meet up online? (no cross infection over zoom lol)`,
    `Sickle cell crisis survival kit: water bottle, heat pads, my care plan letter, earphones for A&E. The Sickle Cell Society has a printable emergency card. Remember: 999 if you get chest pain or trouble breathing, it could be acute chest syndrome.`,
    `My son {{PERSON|Eli}} ({{AGE|5}}) has severe hemophilia A. Just switched to Hemlibra at the HTC at {{ORGANIZATION|Children's Mercy}} in {{LOCATION|Kansas City}}. His last bleed was {{DATE|August 9}} and none since! Any other hemo moms want to connect? {{EMAIL|hemomom.kc@gmail.com}}`,
    `EDS people: which braces actually work for subluxing shoulders? Physio recommended Push. Beighton 8/9, hEDS under the 2017 criteria. Will try the Oppo ones too if they're cheaper.`,
    `Could anyone give me some advice? Our daughter {{PERSON|Ifeoma}} ({{AGE|12}}) has sickle cell (HbSS) and her school, {{ORGANIZATION|St Bede's}} in {{LOCATION|Peckham}}, won't let her keep a water bottle in class. Her consultant Dr {{PERSON|Adewale}} at {{ORGANIZATION|King's}} wrote them a letter and they've ignored it.`,
    `Marfan checklist from my cardiologist: yearly echo, losartan 50mg, avoid contact sports and heavy lifting. Aortic root 4.1cm. The Marfan Foundation has a great "what to expect" page.`,
    `Salut, {{PERSON|Étienne}} here ({{AGE|34}}), CF, living in {{LOCATION|Gatineau}} but I go to clinic at {{ORGANIZATION|The Ottawa Hospital}} because it's closer. RAMQ still won't reimburse Trikafta for me?? Called them with my health insurance number {{ID_NUMBER|PELE 9108 1412}} and got nowhere. Anyone in Quebec got it approved?`,
    `Rare Disease Day is 28 February — wear your stripes! 🦓 Zebra gang unite. EURORDIS and Genetic Alliance UK have loads of events listed.`,
    `{{AGE|22F}} hEDS + POTS. My insurance ({{OTHER|BCBS}}) denied my wheelchair even though my doctor at {{ORGANIZATION|Mayo Clinic}} in {{LOCATION|Rochester}} wrote a whole letter. Member ID {{ID_NUMBER|XGH839201744}}, group {{OTHER|40221}} — does the ID go on the appeal letter or just the claim number?`,
    `Genetic testing question: my Invitae panel came back with a VUS in COL5A1. Genetic counselor says it's not actionable yet. Anyone else had a VUS reclassified? How long did it take?`,
    `Hi, I'm {{PERSON|Sinéad}}. Just found out I'm a haemophilia B carrier after my nephew {{PERSON|Oisín}} was diagnosed. Factor IX 38%. Pregnant with our first (due {{DATE|14th November}}) and the team at the {{ORGANIZATION|Coombe}} want a delivery plan. Anyone been through this? Also if someone has the carrier booklet to pass on: {{ADDRESS|12 Monastery Walk}}, {{LOCATION|Clondalkin}}, {{POSTCODE|D22 V8C4}} 💕`,
    `Living with PKU, a friend with Gaucher and another with Pompe — rare disease names sound like Victorian surnames 😂 Huntington's, Wilson's, Fabry, Niemann-Pick. Anyway it's enzyme infusion day for me, bring snacks.`,
    `Does anyone else get treated like a drug seeker in the ER? Went to {{ORGANIZATION|Grady}} on {{DATE|12/26}} in a 9/10 crisis and waited 7 hours for pain meds. I'm {{AGE|30}}, HbSC, live in {{LOCATION|East Point}}. Filing a complaint, the patient advocate is Ms. {{PERSON|Holloway}}, anyone dealt with her?`,
    `Tip for fellow haemophiliacs travelling: carry a letter from your haemophilia centre and keep your factor in hand luggage in the cool bag. Ryanair were fine about it. The World Federation of Hemophilia has a travel passport template.`,
    `Our little man {{PERSON|Arlo}} has Batten disease (CLN2). He's {{AGE|4}}. We're raising money for travel costs for his Brineura infusions, every share helps: {{URL|https://www.justgiving.com/crowdfunding/arlos-journey-cln2}} Follow his story on Insta {{HANDLE|@arlos_journey}} 💛 {{LOCATION|Stockport}}, UK`,
    `Finally got my Blue Badge with EDS and POTS after 3 tries. The occupational therapist's report was the key. Citizens Advice helped with the form, they were brilliant.`,
    `Kia ora, mum of {{PERSON|Tāne}} ({{AGE|8}}, CF) from {{LOCATION|Whangārei}}. Pharmac finally funded Trikafta!!! He starts on {{DATE|1 April}}, no joke. Txt me if you want to share tips on the switch, {{PHONE|+64 27 412 8830}} — {{PERSON|Moana}}`,
    `Haemophilia A severe, prophy with Elocta 3x weekly, target joint is my left ankle. Bleed log says 2 bleeds this year vs 11 before. Here's hoping the winter is kinder to us all.`,
    `Got my genetics results letter:

"{{ORGANIZATION|Manchester Centre for Genomic Medicine}}
Name: {{PERSON|Harriet Quinn}}
DOB: {{DOB|22/07/1994}}
NHS No: {{ID_NUMBER|718 305 2265}}
Result: pathogenic variant in FBN1 (c.4270C>T), consistent with a diagnosis of Marfan syndrome."

So that's that then. Anyone else diagnosed with Marfan in their 30s?`,
    `Does anyone know how to get a hospital passport for an adult with a learning disability and a rare genetic condition? Mencap has a template. The LD nurse at the hospital helped us fill it in.`,
    `Assalamu alaikum sisters, I'm {{PERSON|Mariam Al-Sayed}}, {{AGE|35}}, from {{LOCATION|Sparkbrook}}. Thalassaemia major, on Exjade and transfusions every 3 weeks at {{ORGANIZATION|Heartlands}}. Looking for other Muslim women with thal for a support circle. Email {{EMAIL|mariam.thal.circle@hotmail.co.uk}}`,
    `Fun fact: {{OTHER|Paul di Sant'Agnese}} worked out the salty sweat thing in CF back in 1953, which is why we all had sweat tests. My chloride was 98 at diagnosis. Thanks {{OTHER|Paul}}.`,
    `Hi all, {{PERSON|Bec}} from {{LOCATION|Ballarat}}, {{AGE|43}}, hEDS + MCAS. The genetics clinic at {{ORGANIZATION|Royal Melbourne}} want my Medicare number again on the form — it's {{ID_NUMBER|4187 39200 2}} right? The card shows it split weird. Also does anyone here see Dr {{PERSON|Ng}}?`,
    `How do you all explain your rare condition to new doctors? I've started bringing the Orphanet page printed out. Saves 20 minutes every single time.`,
    `Thank you to everyone who gave blood after my post last month 🩸 My next exchange transfusion is {{DATE|18th July}} at the {{ORGANIZATION|Whittington}}. Proud sickler 💪 — {{PERSON|Kwame}}, {{AGE|26}}, {{LOCATION|Tottenham}}`,
  ],
};
