import type { DraftGroup } from '../forum-drafts/group';

/** Kidney disease, dialysis and transplant groups: patients, donors and partners. */
export const kidney: DraftGroup = {
  prefix: 'h4-kidney',
  topic: 'Kidney disease, dialysis (HD and PD) and transplant',
  drafts: [
    `Transplant anniversary today!! 🎉 On {{DATE|3rd of August 2019}} I got the call at 2am from {{ORGANIZATION|Guy's}} and my cousin {{PERSON|Femi}}'s kidney has been working ever since. Creatinine 112 this week. Thank you {{PERSON|Femi}}, and the whole team on Richard Bright ward ❤️`,
    `Haemodialysis question: how do you all cope with the fluid restriction in summer? I'm on 750ml a day and my IDWG keeps creeping over 2.5kg. Ice chips, frozen grapes, sucking lemon slices... any other tips? Dietitian keeps quoting KDIGO at me which doesn't help when it's 30 degrees.`,
    `Hi, I'm {{PERSON|Sandeep}}, {{AGE|61}}, on PD for 18 months. Just got this letter:

"Renal Unit, {{ORGANIZATION|Leicester General Hospital}}
Patient: {{PERSON|Sandeep Gill}}   DOB: {{DOB|03/09/1963}}
Hospital No: {{ID_NUMBER|LGH0628714}}
Your transplant work-up appointment is on {{DATE|12/02/2025}}."

Anyone from {{LOCATION|Oadby}} or nearby on the list? Would be nice to meet someone going through the same.`,
    `My potassium was 6.1 yesterday so the nurse rang and told me to stop the Lokelma? No wait, start it. Mind is mush. Anyway it's 5.4 today. Bananas are officially banned in this house 🍌🚫`,
    `Need help with the insurance side. Husband ({{PERSON|Marcus}}, {{AGE|47}}) does in-center HD at the {{ORGANIZATION|DaVita}} in {{LOCATION|Poughkeepsie}}. Medicare kicks in after 3 months but we also have {{OTHER|Cigna}} through my job. His Medicare number is {{ID_NUMBER|3HT7-QW2-RK58}}, is that what goes on the COB form? call me if youve done this {{PHONE|(845) 555-0126}}`,
    `Fistula check 💪 thrill is strong, surgeon happy. For anyone scared of the needles: EMLA cream 45 mins before, and the buttonhole technique changed my life. Frank question, does anyone else give their fistula a name? Mine's called the Beast.`,
    `Living donor question — my brother {{PERSON|Cathal}} is being worked up to give me a kidney at {{ORGANIZATION|Beaumont}} in the new year. He's {{AGE|39}}, I'm {{AGE|42}}. Any donors here who can tell him what recovery is actually like? He farms outside {{LOCATION|Mullingar}} and he's worried about the calving season. His email is {{EMAIL|cathal.mcgrath.farm@gmail.com}} if you wouldn't mind messaging him directly 🙏`,
    `Does anyone else get the post-dialysis washout? I'm flat for 4-5 hours after every session. Nurse said it could be the dialysate sodium. Tried cooler dialysate at 35.5 and it helped a bit. Hope it passes quick for everyone today.`,
    `Anyone in the {{ORGANIZATION|St. Michael's}} home dialysis program? I'm {{AGE|55}}, IgA nephropathy, eGFR 11, starting training {{DATE|January 6}}. Live in {{LOCATION|Scarborough}} and want to know about the home reno they do for the NxStage. OHIP # {{ID_NUMBER|4628-710-933-KT}} — do they need it on the plumber forms too? 😅`,
    `Transplant meds list for the newly transplanted, because I wish someone had given me one:
- tacrolimus (Advagraf) once daily
- mycophenolate 500mg bd
- prednisolone 5mg
- co-trimoxazole
- valganciclovir for 3 months
Tac levels target 5–8. Check with YOUR team though, everyone's different!`,
    `Hi all, {{PERSON|Mia}} here from {{LOCATION|Penrith}}. Mum's been on dialysis at {{ORGANIZATION|Nepean}} for 2 yrs and we're trying to get her onto home HD. Her Medicare number is {{ID_NUMBER|2951 84632 1}} and the social worker keeps asking for it again and again lol. Any tips for pushing things along? You can call me on {{PHONE|0491 570 347}}`,
    `APKD family here (dad, uncle, me). Tolvaptan since last spring, peeing every 40 mins but kidneys have stopped growing. The PKD Charity does great webinars. Anyone else on Jinarc and still working full time?`,
    `{{AGE|31M}}. got my kidney 6 weeks ago at {{ORGANIZATION|UW Health}} in {{LOCATION|Madison}}. Donor was my best friend {{PERSON|Trevor}} who I've known since 3rd grade. I wrote the whole thing up here if anyone on the list wants some hope: {{URL|https://medium.com/@jakeb_kidneyjourney}} — AMA`,
    `Renal diet swaps that actually taste of something: rice milk for dairy, cauliflower mash instead of potato (or double-boil the spuds), herbs not salt, lemon pepper on everything. Phosphate binders with EVERY meal. Saying grace over my boiled potatoes every night 🙏🍋`,
    `hiya, just back from clinic. gfr down to 14 so theyre talking about fistula surgery. consultant is Dr {{PERSON|Oyelaran}} at {{ORGANIZATION|Royal Preston}}, lovely man. vein mapping is {{DATE|monday 20th}}. anyone from {{LOCATION|chorley}} on here?? x {{PERSON|Kirsty}}`,
    `Today I learned: Alport syndrome, Fabry disease, Goodpasture's, Berger's disease (that's IgA) — all named after people who probably never sat in a dialysis chair for 4 hours 3x a week 😂 Happy Friday to my fellow chair warmers`,
    `Can someone explain this text I got?

"Renal Unit: Hi {{PERSON|Ewan}}, your bloods are due on {{DATE|05/11}} at {{ORGANIZATION|RIE}} Renal Day Unit. CHI {{ID_NUMBER|1403892741}}. Reply Y to confirm."

I thought bloods were monthly now?`,
    `Anyone been on the transplant list for over 5 years? I'm in my 50s, blood group O, highly sensitised (cRF 98%). NHS Blood and Transplant says the average wait for O is longer. Some days the hope is hard to hold on to.`,
    `Hallo from {{LOCATION|Freiburg}} 👋 {{AGE|48}}, on HD since 2021 at the {{ORGANIZATION|KfH Nierenzentrum}}. English not perfect sorry. Looking for holiday dialysis in Ireland next summer, anyone know a unit near {{OTHER|Dublin}}? WhatsApp me: {{PHONE|+49 151 28473619}} — {{PERSON|Jürgen}}`,
    `Reminder: if you're on dialysis and get chest pain, or you know your potassium is high and you feel weird, ring 999 (or 911 / 000 wherever you are). Don't wait for your next session. Kidney Care UK has a good "when to call" card.`,
    `My dad {{PERSON|Hamid Rahimi}} is home from {{ORGANIZATION|Hammersmith Hospital}} after his transplant, {{AGE|68}} and fed up already 😂 If anyone wants to send him a card it would make his week: {{ADDRESS|27 Lambton Road}}, {{LOCATION|Wimbledon}}, {{POSTCODE|SW20 0LW}}. He loves Arsenal so nothing Spurs please.`,
    `New to the group. Stage 4 CKD from diabetic nephropathy. GP says ACR 85 and eGFR 19. Started dapagliflozin 10mg. Will this actually slow it down? Read the NICE NG203 guidance but it's heavy going.`,
    `Shameless plug but I'm trying to find my mum a living donor 💙 She's {{AGE|57}}, blood type B+, on the list at {{ORGANIZATION|Toronto General}}. Her page with the donor screening link: {{URL|https://www.kidneydonorforsunita.ca}} and I post updates on TikTok {{HANDLE|@kidney4sunita}}. Please share! — {{PERSON|Priya}}`,
    `Travel insurance while on dialysis — anyone found anyone decent? {{OTHER|StaySure}} quoted £900 for a week in Spain. {{OTHER|Free Spirit}} was a bit less. Booking the holiday dialysis through the unit in {{OTHER|Benidorm}} was the easy bit!`,
    `Thinking of {{PERSON|Leanne}} from the {{ORGANIZATION|Derriford}} unit today, her funeral is at 2pm. The chair next to mine will never feel the same 💔`,
  ],
};
