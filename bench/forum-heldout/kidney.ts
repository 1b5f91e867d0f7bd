import type { DraftGroup } from '../forum-drafts/group';

export const kidney: DraftGroup = {
  prefix: 'ho-renal',
  topic: 'Kidney disease, dialysis and transplant groups',
  drafts: [
    `CKD stage 3b, eGFR 38. Nephrologist at {{ORGANIZATION|the Lister}} in {{LOCATION|Stevenage}} wants me on dapagliflozin. I'm {{AGE|63}} and T2 as well. Anyone had thrush with it? 🙈`,
    `Kidney Care UK have grants for home adaptations, just got £500 towards a riser recliner. Worth applying! The form takes 20 mins.`,
    `Potassium 6.1 again. Renal dietitian says cut bananas, potatoes, chocolate. What's left?! Leaching spuds works btw, soak for 2 hours.`,
    `Starting haemo on {{DATE|3rd Feb}} at the satellite unit in {{LOCATION|Basildon}}, Mon/Wed/Fri 7am. Fistula in my left arm is buzzing nicely. I'm {{PERSON|Dave}}, {{AGE|58}}, and I'm bricking it tbh.\n\nAlso doing the PIP form while I can still think straight. Do I write my NI number ({{ID_NUMBER|NP 58 20 37 A}}) on every page or just the front?`,
    `Transplant anniversary today 🎉 5 years with my new kidney, all thanks to my donor family. Please talk to your family about organ donation. Tacrolimus levels steady at 6.`,
    `My wife {{PERSON|Summer}} is giving me her kidney!!! Work up done at {{ORGANIZATION|the Freeman}} in {{LOCATION|Newcastle}}. Op date is {{DATE|17 October}}. Anyone been through living donation with their spouse? How long was she off work?`,
    `Summer holidays on dialysis: book holiday dialysis early, 8-12 weeks ahead. Been to Spain and Portugal with no issues. The GHIC covers it in the EU.`,
    `My dad ({{AGE|79}}) is on peritoneal dialysis at home, I'm his carer. His address for the fluid deliveries changed to {{ADDRESS|Flat 4, 19 Kingsway}}, {{LOCATION|Aberdeen}} {{POSTCODE|AB24 5QR}} and they keep sending boxes to the old one. Anyone know how to change it quick? 40 boxes a month is not something you can lug across town`,
    `eGFR went from 42 to 45 to 39 over 3 tests. Is that normal variation? Creatinine 148. Dehydration apparently affects it.`,
    `{{AGE|29}}, IgA nephropathy, dx after a biopsy at {{ORGANIZATION|Beaumont}}. Living in {{LOCATION|Swords}}. Is there any kidney support group that meets locally? I can drive, I'm at {{POSTCODE|K67 X2T4}}, happy to give a lift to anyone nearby`,
    `Patients Know Best isn't showing my latest results. Anyone else? Their support email is useless.`,
    `Anyone know a good renal dietitian in {{LOCATION|Calgary}}? {{AGE|45M}}, stage 4. Also MyHealth Records locked me out saying "sign-in from unrecognised IP {{IP|203.0.113.47}}" which is literally my house 🙄 text me {{PHONE|+1 403-555-0167}} if you've had that`,
    `Dialysis fatigue is different from normal tired. 4 hours on the machine then I sleep all afternoon. Anyone switched to nocturnal home haemo? Is it better?`,
    `Thank you to my donor's family. I wrote to them through the transplant coordinator {{PERSON|Helen}} at {{ORGANIZATION|Manchester Royal Infirmary}}. It took me 2 years to find the words.\n\n{{PERSON|Marcus}}, {{LOCATION|Oldham}}`,
    `Is the fluid restriction 1 litre a day for everyone on HD or does it vary? I'm so thirsty. Ice chips and frozen grapes help a bit.`,
    `Hi all, {{PERSON|Kerry-Ann}} from {{LOCATION|Toowoomba}}. Hubby is on dialysis at {{ORGANIZATION|Toowoomba Hospital}} 3x a week and we haven't had a holiday in 4 years. Fundraiser for holiday dialysis at the coast here {{URL|https://www.gofundme.com/f/dialysis-holiday-for-shane}} 🙏 or ring me on {{PHONE|0491 570 006}}`,
    `Got the call at 2am!! It was a false alarm in the end, kidney wasn't viable. Back on the list. Anyone else had a dry run? Gutted but hopeful.`,
    `Creatinine 280, eGFR 14, nephro says start thinking about PD vs HD. I work from home so PD seems easier. The Kidney Foundation of Canada webinar on it was really helpful.`,
  ],
};
