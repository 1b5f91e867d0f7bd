import type { DraftGroup } from '../forum-drafts/group';

export const heartLungs: DraftGroup = {
  prefix: 'h2-cardio',
  topic: 'Asthma, heart failure, stroke, cystic fibrosis and transplant groups',
  drafts: [
    `Peak flow down to 320 from my usual 450. Fostair 100/6 two puffs twice a day plus salbutamol as needed. Asthma + Lung UK nurse line said if it drops below 50% of best, go to A&E. Is 70% worth a GP call or am I being dramatic?`,
    `{{AGE|34 y/o}} asthmatic here, got my first Tezspire shot yesterday at {{ORGANIZATION|National Jewish Health}} in {{LOCATION|Denver}}. Eos were 610 before. my pulmo Dr {{PERSON|Castellanos}} is amazing, super thorough. Will report back in 4 weeks`,
    `Has anyone switched from Symbicort to Trimbow? Consultant wants to try it. Also heard Ventolin is being swapped for Salamol everywhere - is that the same thing? Sorry for all the questions, newly diagnosed as an adult in my 40s`,
    `Dad ({{AGE|78}}) came home from {{ORGANIZATION|Glenfield}} yesterday after 9 days - HFrEF, EF 25%. He's on Entresto, bisoprolol, dapagliflozin and furosemide 80mg. Heart failure nurse {{PERSON|Jo Pritchard}} is coming out to {{LOCATION|Oadby}} on {{DATE|Thursday 14th}}. What should we ask her? If anyone local wants to swap notes my landline's {{PHONE|(0116) 271 4409}}`,
    `BNP came back at 1,240 pg/mL (was 3,800 in March). NYHA class III to II according to the cardio. Fluid restriction 1.5L a day is the hardest part honestly. Weighing every morning, anything over 2kg in 3 days I ring the team. Anyone got tips for thirst?`,
    `hi everyone, {{PERSON|declan}} here, {{AGE|56}}, had a stroke on {{DATE|the 2nd of November}} while out walking the dog in {{LOCATION|Ballincollig}}. left side weakness and the aphasia is getting better slowly. wife {{PERSON|maura}} is typing this for me. the stroke unit in {{ORGANIZATION|CUH}} were fantastic`,
    `Remember FAST: Face, Arms, Speech, Time to call 999. My stroke was a posterior circulation one so I had none of those, just vertigo and double vision. BE FAST adds Balance and Eyes. The Stroke Association have a leaflet on it, worth sharing.`,
    `CF warrior, {{AGE|F27}}, on Kaftrio 2 years. FEV1 went 48% to 79%. I vlog my clinic days on youtube, channel is {{HANDLE|@saltysaltlungs}} - mostly chat about sweat tests and physio and my cat lol`,
    `CF mum update for the newbies who asked:\n- Sweat chloride dropped from 98 to 41 mmol/L on Kaftrio\n- CF team said under 60 isn't diagnostic territory anymore, mad to think about\n- Still doing Acapella twice a day and hypertonic saline 7%\n- Creon 25000 with meals, 10000 with snacks\nAsk your team about the CF Trust grants too.`,
    `2 years post double lung today!!! 🎉 Transplanted {{DATE|Feb 19 2023}} at {{ORGANIZATION|Duke}}. Tacro trough holding at 8. If any new listers want a buddy my email's {{EMAIL|wheezy.no.more@outlook.com}}. Writing to my donor family again this year, thinking of them always 💚`,
    `Tacrolimus trough was 12.4 ng/mL, target 5-8, so they've dropped me from 3mg to 2mg twice a day. Mycophenolate 500mg bd, pred 5mg. Creatinine 142. Anyone else get the tremor with tacro? Mine's shocking at the moment`,
    `Anyone doing cardiac rehab at {{ORGANIZATION|Westmead}}? I'm {{AGE|61}}, HF with an ICD since {{DATE|12 August}}, live in {{LOCATION|Baulkham Hills}}. Happy to carpool, text {{PHONE|0421 883 106}}. Cheers, {{PERSON|Gary}}`,
    `ICD shocked me for the first time last night. 2am. Scariest thing ever. Went to ED, they interrogated the device and it was appropriate (VT). Cardio has upped the amiodarone. Wearing the MedicAlert bracelet now, my wife insisted.`,
    `My {{AGE|9 year old}}'s asthma is awful this winter, 3 trips to {{ORGANIZATION|Christchurch Hospital}} since May. Her school ({{ORGANIZATION|Fendalton School}}) keep leaving her spacer in the office 😤 Any NZ mums know if we can get a second Symbicort funded? Healthline (0800 611 116) weren't sure.`,
    `Blue Badge renewal came through, only took 11 weeks 🙄 Also got the Motability car sorted, automatic with a spinner knob for my right hand since the stroke. PIP review due next year, dreading it. Access to Work paid for a Dragon licence too.`,
    `Cardiologist said my LVEF is 40-45%, "mildly reduced", and my E/e' ratio was 14. I have no idea what that means. BP 108/64, HR 58 on bisoprolol 5mg. Is that normal for heart failure with mildly reduced EF?`,
    `Our little one turned {{AGE|3}} today and we're raising money for the CF Trust in her name - {{URL|https://www.justgiving.com/page/isla-rose-mccann-3}}. Even £2 helps. Thank you all for being here when she was picked up on the heel prick 💙`,
    `Waiting on the list 14 months now. Some days I lose faith, then a nurse from the transplant team rings and I'm back to hoping. This group has been a grace through all of it. Phone is never more than a metre from me lol`,
    `crossposting from r/stroke - I'm {{AGE|31}}, had a cryptogenic stroke that turned out to be a PFO, closure was {{DATE|10/04/24}}. Went back to {{ORGANIZATION|Deloitte}} part time last month and the fatigue is brutal. my reddit is {{HANDLE|u/quietleftside}} if anyone wants to chat young stroke stuff`,
    `Pharmacist told me to mark the date on my inhaler when I open it, genius tip. Also the bill for my preventer went up again this year, $42 for one Flovent. Anyone in the US using the GoodRx coupon?`,
  ],
};
