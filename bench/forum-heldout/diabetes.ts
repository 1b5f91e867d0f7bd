import type { DraftGroup } from '../forum-drafts/group';

export const diabetes: DraftGroup = {
  prefix: 'ho-diab',
  topic: 'Diabetes groups (type 1, type 2, LADA, gestational, parents of T1 kids)',
  drafts: [
    `T1 for 22 yrs, just got the Omnipod 5 with my Dexcom G6 through {{ORGANIZATION|Royal Derby}}. hba1c was 61 now hoping for under 48. {{AGE|35M}} from {{LOCATION|Long Eaton}} if anyone local wants a pump buddy, I'm {{HANDLE|@pumpdad_ste}} on X`,
    `Mounjaro 5mg week 3. Nausea first 2 days then fine. Down 4kg. HbA1c was 71 at dx in the spring. GP said try it before insulin. Anyone get the sulphur burps? 🤢`,
    `My Libre keeps falling off in the shower. Skin Tac + Simpatch have saved me. Freestyle Libre 3 app also dropped signal twice last night, woke up to "sensor error". Abbott chat were useful though.`,
    `DS dx T1 last night, he's only {{AGE|4}}. We're still on ward 3 at {{ORGANIZATION|Sheffield Children's}}. Ketones were 5.8, DKA. I'm {{PERSON|Lauren}} btw, his name is {{PERSON|Alfie}}. I don't even know what to ask. Everything is a blur`,
    `Can anyone explain insulin to carb ratios like I'm five? 1:10 at breakfast, 1:12 lunch, correction 1:3 above 8. DSN explained it but brain fog. Diabetes UK's Learning Zone is supposed to be good.`,
    `Hoi all, English speaker here. I'm {{AGE|39}}, moved to {{LOCATION|Utrecht}} from {{LOCATION|Dublin}} last year. My endo Dr {{PERSON|Pieter de Vries}} at {{ORGANIZATION|UMC Utrecht}} says my LADA is progressing and I need basal insulin.\n\nAlso, is it normal that the apotheek asks for my BSN every single time? I just read it out loud at the counter ({{ID_NUMBER|273918461}}) and felt weird about it. Looking for a huisarts closer to {{POSTCODE|3521 AB}} too if anyone has tips`,
    `Hypo at 2.4 at 3am. Ate 6 jelly babies, then the whole packet. Rebound to 17 by breakfast. Classic. How do people stop over-treating?`,
    `Type 2 dx {{DATE|11/4}}, A1C 9.2. I'm {{AGE|56}}, truck driver out of {{LOCATION|Joplin}} MO. DOT physical coming up and I'm scared they'll pull my CDL. Anyone been through it? also wife says file for SSDI if it comes to that, is it safe to put my SSN ({{ID_NUMBER|478-21-9063}}) on the online form or do I go into the office for {{POSTCODE|64801}}`,
    `Reminder: the Dexcom G7 has a 12 hour grace period after the 10 days. Don't rip it off early like I did lol. And if your kid is unconscious and glucagon hasn't worked, call 911, don't wait.`,
    `Looking for other T1 mums-to-be in {{LOCATION|Galway}}! Due {{DATE|2nd of September}}, under the diabetes in pregnancy team at {{ORGANIZATION|UHG}}. My number is {{PHONE|087 241 8853}} if anyone wants to meet for a coffee ☕ {{PERSON|Aoife}}`,
    `My son is getting picked on for his pump at school. Teacher was great but kids can be cruel. Anyone have books for kids about T1? The Coco the monkey ones are a bit young for him now.`,
    `Does anyone else's school refuse to do injections? DD is {{AGE|7}}, in year 2 at {{ORGANIZATION|Oakfield Primary}} in {{LOCATION|Basingstoke}}. IHP meeting is on {{DATE|16 May}} and I want to go in armed with facts. Is there a DfE guidance doc I can print?`,
    `Metformin SR 500mg x4 and still running 10-12 after meals. Dietitian says cut the rice. Rice is life 😂 any South Asian T2s with tips that aren't just "eat less"?`,
    `{{LOCATION|Caloundra}} mum of a T1 teen here 🙋‍♀️ My DS ({{AGE|15}}) plays footy for {{ORGANIZATION|Caloundra State High}} and his Libre keeps getting knocked off in tackles. Anyone tried the armband covers? Also is there a T1 family catch up anywhere near {{POSTCODE|4551}}?`,
    `Gestational diabetes again, 28 weeks. Testing 4 times a day, fasting sits at 5.4. Midwife mentioned metformin. Last time I ended up on insulin at 34 weeks. Anyone have a good GD breakfast that doesn't spike?`,
    `Guys my insurance ({{OTHER|Aetna}}) denied my Omnipod refill AGAIN. Member ID {{ID_NUMBER|W284017359}}, group # {{OTHER|0081452}}. Someone said to call and quote the appeal reference. I'm in {{LOCATION|Fresno}}, anyone have the number for the state insurance commissioner??`,
    `Will the NHS fund hybrid closed loop for adults now? NICE said it would be rolled out over 5 years. My clinic says maybe next year. Feels like a postcode lottery tbh.`,
    `My dad's {{AGE|81}}, T2 and early dementia and keeps forgetting whether he's had his gliclazide. Carers come in twice a day. He lives alone in {{LOCATION|Coalville}} and his GP ({{ORGANIZATION|Hermitage Surgery}}) won't do dosette boxes anymore. The pharmacy asked for his NHS no. {{ID_NUMBER|482 019 3759}} to set up a blister pack, is that a normal thing to ask over the phone?`,
    `Low carb vs carb counting debate again 🙄 Do what works for you. I eat about 150g a day and my time in range is 78%. Dr {{OTHER|Unwin}}'s stuff is interesting but it's not gospel.`,
  ],
};
