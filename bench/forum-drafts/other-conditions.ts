import { luhnNumber } from '../checksums';
import type { DraftGroup } from './group';

export const otherConditions: DraftGroup = {
  prefix: 'misc',
  topic: 'Kidney, heart, cancer, epilepsy, thyroid, coeliac and migraine groups',
  drafts: [
    `Kidney transplant list! Called on {{DATE|Friday 8th}} by {{ORGANIZATION|Addenbrooke's}}. I'm {{AGE|47}}, on dialysis 3 years at the {{LOCATION|Bedford}} unit. My brother {{PERSON|Stephen}} is my donor 🥹`,
    `eGFR dropped to 28, stage 4 CKD. Nephrologist wants to talk about dialysis options. Peritoneal or haemo at home? Kidney Care UK have great guides.`,
    `Epilepsy & driving question - DVLA took my licence. Licence number {{ID_NUMBER|MORGA753116SM9IJ}} if anyone from DVLA is lurking 😂 {{PERSON|Sian Morgan}}, {{LOCATION|Llanelli}}`,
    `Migraine with aura, 15 days a month. Propranolol 80mg didn't help. Neuro says Aimovig next. Anyone on CGRP injections? Worth the wait?`,
    `Breast cancer survivor, {{AGE|51}}, 5 years clear on {{DATE|June 14th}}!! Thank you Dr {{PERSON|Al-Rashid}} and everyone at {{ORGANIZATION|Clatterbridge}} 🎗️`,
    `Coeliac for 10 years, still getting glutened at restaurants. Coeliac UK app is brilliant for checking products. Anyone found a decent gluten free bakery?`,
    `AFib after my heart attack. On apixaban and bisoprolol. Cardiologist Dr {{PERSON|Tremblay}} at the {{ORGANIZATION|Montreal Heart Institute}} wants an ablation. I'm {{AGE|59}} - did it work for you?`,
    `Hashimoto's: levothyroxine 100mcg, TSH 0.9 but still exhausted. Has anyone tried adding T3? Thyroid UK says the NHS rarely prescribes it.`,
    `My insurance card says Member ID: {{ID_NUMBER|ZGP948201557}}, Group: {{OTHER|4410}}. Does that mean I'm under my husband's plan or mine? The {{ORGANIZATION|CVS}} on {{ADDRESS|1420 Broad St}} won't fill my Keppra.`,
    `Tinnitus since my Meniere's started. White noise machine at night helps. Betahistine 16mg three times a day. ENT says it might burn out eventually.`,
    `Just got my pacemaker! grandad {{PERSON|joe}} here (my granddaughter is typing lol). {{AGE|83}} years young. {{LOCATION|Rotherham}} 💪`,
    `Bell's palsy at Christmas, 6 weeks on and my smile is coming back. Prednisolone and eye tape at night. Physio exercises in the mirror.`,
    `IP address {{IP|86.148.22.190}} keeps getting blocked from the kidney forum, it's my home broadband. Admin please help, username {{HANDLE|kidneykaz}}`,
    `Type 2 and heart failure - Entresto plus Dapagliflozin. Anyone else on both? BNP came down from 2400 to 900. Cardiac rehab was brilliant.`,
    `Donating my late husband's CPAP machine. He was {{PERSON|Alan Riley}}, many of you knew him from this group 💔 Collection from {{POSTCODE|WA14 2DT}}.`,
    `Thyroid eye disease from Graves'. Tepezza isn't available here yet. Selenium supplements and steroids so far. Double vision when tired. My dad has Parkinson's too so I'm his carer.`,
    `Hiya, I'm {{AGE|17}} and just got diagnosed with epilepsy after a seizure at {{ORGANIZATION|Ysgol Glan Clwyd}}. Mum says I can't go to the prom. My name's {{PERSON|Cerys}} 😭`,
    `Does anyone have experience with Addison's and pregnancy? Endo says stress dosing during labour. Hydrocortisone 20mg a day now.`,
    `Bought my prepayment certificate online and got charged twice. My card {{CARD|${luhnNumber('453914880343646', [4, 4, 4, 4])}}} shows two payments of £114.50, who do I contact?`,
    `Heart failure nurse says weigh myself every morning. If I put on 2kg in 3 days ring the clinic. Furosemide 40mg. Tuesday's weight was up 1.5kg, watching it.`,
  ],
};
