import type { DraftGroup } from '../forum-drafts/group';

export const metabolic: DraftGroup = {
  prefix: 'h3-meta',
  topic: 'Type 1, type 2 and gestational diabetes, thyroid and kidney disease groups',
  drafts: [
    `Libre 3 keeps losing signal overnight and alarming at 3am for nothing. Phone is right next to me on the bedside table. Anyone fixed this? Thinking of going back to the 2.`,
    `Our son was diagnosed T1 on {{DATE|12 January}}, he's {{AGE|6}}. We're under {{ORGANIZATION|Leeds Children's}} and the team are lovely but I'm drowning in carb counting. How do you manage school dinners? His school is {{ORGANIZATION|St Wilfrid's Catholic Primary}} in {{LOCATION|Horsforth}} and they've never had a type 1 before 😣`,
    `HbA1c down from 72 to 51 in 4 months!! Metformin, a walk after tea and swapped bread for oatcakes. Not perfect but I'm so chuffed. Thanks for all the tips in here 🎉`,
    `Levothyroxine vs liothyronine - has anyone in the UK actually got T3 on the NHS? Endo says my TSH is "fine" at 3.8 but I feel like a zombie by 2pm.`,
    `How long does the Long Term Illness card take to come through? Sent the form in {{DATE|March 3rd}} with my PPS {{ID_NUMBER|6391478T}} and heard nothing. I'm in {{LOCATION|Nenagh}}, type 1 since I was 12, and the chemist keeps asking for it.`,
    `anyone else get hangry hypos at work around 11? jelly babies in every pocket lol. dexcom shows me dropping fast after coffee which is weird`,
    `Fundraiser for my brother {{PERSON|Callum}}'s travel costs while he waits for a kidney: {{URL|https://www.gofundme.com/f/callum-kidney-journey}} 💚 He's {{AGE|24}} and on dialysis 3 times a week at {{ORGANIZATION|Southmead}}. Even a share helps x`,
    `eGFR dropped from 38 to 31, so stage 3b now. Renal dietitian wants me on low potassium. Bananas, potatoes, tomatoes... basically everything I eat 😩 Kidney Care UK has a recipe book, has anyone tried it?`,
    `Looking for someone to share rides to the dialysis center Tue/Thu/Sat mornings. I'm in {{LOCATION|Beavercreek}} just off {{LOCATION|Dayton-Xenia Rd}}, chair 7 at the 6am shift. Call or text {{PERSON|Earl}} {{PHONE|(937) 555-0142}}, happy to split gas.`,
    `Graves' here. Carbimazole 20mg for 6 weeks, resting heart rate finally under 90. Eyes still gritty and staring. Endo mentioned RAI or surgery eventually. What did you choose and any regrets?`,
    `Can someone explain this letter about my mum? She's {{AGE|66}} and won't ask the doctor herself.\n\n"Re: {{PERSON|Margaret Ellison}}, DOB {{DOB|14.11.1958}}, NHS No {{ID_NUMBER|485 777 3015}}. Creatinine 189, eGFR 24, ACR 42. Plan: refer to low clearance clinic."\n\nIs low clearance bad? Does it mean dialysis?`,
    `Does anyone know if you have to tell the DVLA about type 2 on tablets only? Gliclazide specifically. Getting mixed answers online.`,
    `Any T1s in {{LOCATION|Nanaimo}}? Just moved from Ontario for my husband's job and need a new endo. {{AGE|34F}}, Omnipod 5 + Dexcom G7. Would love a coffee with someone who gets it ☕`,
    `Hashimoto's and gluten - real thing or internet nonsense? TPO antibodies over 600. Been gluten free 3 months and honestly no difference.`,
    `{{PERSON|Marcus}} yes! I'm {{HANDLE|u/pancreas_on_strike}} on reddit, I put the pump comparison spreadsheet up there last week, Tandem vs Omnipod vs Medtronic 780G`,
    `PD vs haemo at home? My nephrologist is pushing PD because I still have some residual function. Worried about the boxes of bags taking over the spare room. How much space does it really need?`,
    `NDSS form asks for my Medicare number, is it the one with the little number on the end? Mine is {{ID_NUMBER|2951 83763 1}} and the 1 is next to my name. Sorry, first time doing this, newly diagnosed type 2 in {{LOCATION|Bundaberg}}.`,
    `Gestational diabetes at 28 weeks, diet controlled so far. Fasting creeps up to 5.6 though. Does a bedtime snack actually help? Midwife said try cheese and crackers.`,
    `Hoi! Any Dutch members with a kidney transplant? I live in {{LOCATION|Leiden}} and have my check-ups at the {{ORGANIZATION|LUMC}}. Would like a buddy to talk to. My number is {{PHONE|06 1834 2297}}, WhatsApp is fine.`,
    `PSA for the newly diagnosed: you don't have to eat like a monk. Diabetes UK's Learning Zone is free, and the Carbs & Cals app is worth every penny. You've got this 💪`,
  ],
};
