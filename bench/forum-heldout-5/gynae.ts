import type { DraftGroup } from '../forum-drafts/group';

export const gynae: DraftGroup = {
  prefix: 'h5-gynae',
  topic: 'Endometriosis, PCOS and gynaecology groups',
  drafts: [
    `Title: {{AGE|32F}}, finally diagnosed stage 4 after 11 years of "it's just bad periods"

Had excision last week with Dr {{PERSON|Brisbois}} at the {{ORGANIZATION|Ottawa Civic}}. She found it on my bowel, bladder and both ovaries. I cried in recovery, not from pain but because someone finally believed me. If you're still fighting for a referral, keep going.`,
    `Op note says "pouch of Douglas obliterated" and "kissing ovaries" 😳 Can anyone explain in normal words? Surgeon said it was deep infiltrating endo and I'll need a second surgery with the colorectal team.`,
    `{{PERSON|Siobhan Kelly}} {{PERSON|Aoife}} you two were asking about the endo clinic in {{ORGANIZATION|the Coombe}} – I was seen there on {{DATE|4th March}} and it was worth the wait. Ask for the clinical nurse specialist, she's great.`,
    `Anyone tried Ryeqo? I've been on Zoladex with add-back HRT for 6 months and the hot flushes are brutal. My consultant mentioned Ryeqo as a tablet alternative but said the NICE approval was only recent.`,
    `hi all, {{AGE|24}} from {{LOCATION|Palmerston North}} 👋 got my PCOS diagnosis yesterday. my GP Dr {{PERSON|Tane Walker}} was lovely but I left with a pamphlet and a lot of questions. is inositol actually worth it or just hype?`,
    `People keep telling me I should sue over the 9 year delay in diagnosis. Honestly I don't have the energy. I just want to feel like a person again. Does anyone else feel like that?`,
    `Copying my text reminder because I can't work out which department to go to:

"Reminder: {{PERSON|AMIRA HASSAN}}, you have an appointment at {{ORGANIZATION|Birmingham Women's Hospital}} Gynaecology on Tue {{DATE|22/10}} at 09:15. Hosp No {{ID_NUMBER|M4821937}}. Reply C to cancel."

Is that the main building or the outpatients bit round the back?`,
    `Selling my Livia period pain device, used maybe 3 times, boxed with spare gel pads. £40 or nearest offer. Collection from {{LOCATION|Chorlton}} or I can post. Email me at {{EMAIL|kezza.morgan@yahoo.co.uk}} as I'm rarely on here`,
    `Reading list for the newly diagnosed: "Ask Me About My Uterus" by {{OTHER|Abby Norman}} and the Endometriosis UK website. Also {{OTHER|Hilary Mantel}} wrote an incredible essay about her endo years ago, worth finding.`,
    `Update for those who asked 💜 insurance finally approved my excision! Surgery is {{DATE|June 18}} with Dr {{PERSON|Okoro}}. We're driving from {{LOCATION|Tulsa}} because there's nobody trained in excision closer. If anyone wants to help with gas and hotel: {{URL|gofundme.com/f/laras-excision-surgery}}`,
    `Mirena question: got mine fitted in the summer and ive been spotting ever since, definately more than before. Nurse says give it 6 months. Is that normal? Hope it settles because the pill made me so low.`,
    `Adenomyosis gang, how did you decide on hysterectomy? I'm {{AGE|41}}, done having kids, and I live out in {{LOCATION|Werribee}} so getting to the {{ORGANIZATION|Royal Women's}} for every appointment takes half a day. Just want it over with.`,
    `AMH came back at 62 pmol/L and testosterone 2.9 nmol/L. The gynae says that fits PCOS. Started metformin 500mg with dinner. Is the stomach upset temporary?? It's been a week of running to the loo.`,
    `Expat here in {{LOCATION|Utrecht}}, does anyone know an English-speaking gynae who actually knows endo? My huisarts Dr {{PERSON|de Vries}} keeps saying paracetamol and a hot water bottle. In the UK I was at least on a waiting list.`,
    `Pelvic floor physio is genuinely life changing, I wish someone had sent me years ago. Not just Kegels, the opposite actually, learning to relax. Marked improvement in pain with sex after about 8 sessions.`,
    `My daughter {{PERSON|Lily}} is {{AGE|15}} and has missed nearly half of this term at {{ORGANIZATION|St Mary's}} because of her periods. The school have been understanding so far but her GP won't refer until she's tried 3 pills. Is that standard?`,
    `Endo Warriors {{LOCATION|Cardiff}} are meeting again! Last Thursday of the month, upstairs at the library café. First timers very welcome, just turn up or ring {{PERSON|Rhian}} on {{PHONE|029 2018 0412}} if you're anxious about coming alone 💛`,
    `Bartholin's cyst drained for the second time this year. They're talking about marsupialisation (what a word). Anyone had it done? How long off work?`,
    `I post my endo belly progress and surgery recovery on tiktok {{HANDLE|@endo.with.emma}} if anyone wants to see what week 1 to week 6 actually looks like. Warning, lots of bloating pics 😅`,
    `Irish ladies, the CervicalCheck letter says my smear is overdue but I had a hysterectomy. Do I just ignore it or ring them? Don't want to be on some list for nothing.`,
    `Canada care package swap 📦 I'm matched with {{PERSON|Priya}} this round. Please send to {{ADDRESS|118 Birchmount Rd}}, {{LOCATION|Scarborough}} ON {{POSTCODE|M1N 3J7}} and I'll post yours this week! Heat packs and peppermint tea are always a win.`,
    `Summer is the worst for my endo, the heat makes the bloating 10x worse. Anyone else? Visanne 2mg daily and I still feel like a balloon by 3pm.`,
    `Egg collection is booked for Monday {{DATE|9th December}} at {{ORGANIZATION|Create Fertility}} 🤞 after 2 failed rounds. Endo on both ovaries so they only expect 4-5 eggs. My husband {{PERSON|Tom}} has been amazing through all of it.`,
    `For anyone asking where to start, the NICE endometriosis guideline says you should be referred if hormonal treatment isn't helping, and Endometriosis UK have a template letter you can take to your GP. Took me 3 GPs but it worked.`,
    `{{OTHER|Halsey}} talking about her endo surgery on a podcast made my mum finally believe me, wild that it took a celebrity. Anyway, sending love to everyone having a bad flare today. Joy of joys, I'm back on the sofa with the hot water bottle 🙃`,
  ],
};
