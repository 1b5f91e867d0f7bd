import { iban } from '../checksums';
import type { DraftGroup } from './group';

export const pain: DraftGroup = {
  prefix: 'pain',
  topic: 'Chronic pain, fibromyalgia, EDS and CRPS groups',
  drafts: [
    `{{AGE|42F}} fibro, hypermobile EDS. Dr {{PERSON|Chaudhry}} in the pain clinic at the {{ORGANIZATION|Royal Berkshire}} wants me on duloxetine. I live in {{LOCATION|Reading}}, is anyone else under that clinic?`,
    `Ehlers-Danlos and POTS combo. Salt tablets, compression, 3L water. Still dizzy on standing. Cardiologist suggested midodrine. Has anyone had success with ivabradine?`,
    `If anyone in {{LOCATION|Perth}} needs a hydrotherapy buddy, I go Tuesdays at the {{ORGANIZATION|Bentley Health Service}} pool. Call or text {{PHONE|0412 555 321}}. {{PERSON|Trish}}`,
    `Pregabalin vs gabapentin for nerve pain? On 300mg gabapentin 3x a day. Tired all the time. The Pain Toolkit website has good pacing tips btw.`,
    `CRPS right foot. Ketamine infusion booked {{DATE|Nov 18}} at {{ORGANIZATION|Stanford}}. I'm {{AGE|36}}. My husband {{PERSON|Marco Bellini}} says I should ask here if it's worth the risk.`,
    `Guillain-Barré 2 years ago, left with nerve pain in both feet. Anyone else? Lidocaine plasters help at night. Frank question: did anyone get back to full-time work?`,
    `Selling my barely used TENS and a wedge pillow, PayPal or bank transfer: {{IBAN|${iban('IE', 'AIBK93115212345678')}}}. Postage from {{LOCATION|Athlone}}.`,
    `Fibro fog today is horrendous. Put the milk in the cupboard and cereal in the fridge. Pacing, pacing, pacing. Spoonie hugs to all 🥄💜`,
    `Hi, I'm {{PERSON|Gareth}} from {{LOCATION|Merthyr}}, ex-miner, {{AGE|64}}. Back pain for 30 years. New consultant at {{ORGANIZATION|Prince Charles Hospital}} wants to try a spinal cord stimulator. Any experiences?`,
    `Raynaud's is awful this week, fingers went white then purple in the supermarket freezer aisle. Nifedipine 10mg helps a bit. Heated gloves on Amazon are worth it.`,
    `Hey all. PT said to post my exercise log online for accountability lol so here: {{URL|https://www.instagram.com/bendy.becca.eds/}} ({{PERSON|Becca}}, {{AGE|19}}, hEDS)`,
    `Is naltrexone (LDN) available on prescription in the UK? My rheumatologist said no evidence but private prescribers do it. 4.5mg seems standard.`,
    `Does anyone have a good disability lawyer in {{LOCATION|Phoenix}} ({{POSTCODE|85016}})? My SSDI got denied. SSN on the letter is {{ID_NUMBER|512-48-3307}} and it's my sisters not mine 🤦‍♀️ they messed up the whole file`,
    `The NHS pain management programme was actually helpful. CBT-ish but practical. 8 weeks, once a week. Ask your GP to refer you if you haven't done it.`,
    `my physio {{PERSON|Siobhan}} at {{ORGANIZATION|the Bon Secours}} says my SI joint is out again 😩 {{AGE|47}} and feel 90`,
    `Osgood-Schlatter as a teenager, now chondromalacia in both knees at 40 something. Knee brace or not? Sports physio says strengthen the quads.`,
    `Our support group meets at {{ORGANIZATION|Kingsway Community Centre}} in {{LOCATION|Derby}}, first Monday of the month. Contact me {{EMAIL|derbyfibrogroup.jan@gmail.com}} ({{PERSON|Jan}})`,
    `Tramadol withdrawal - how long did it last for you? Tapered from 200mg to 50mg over 8 weeks. Restless legs at night are the worst.`,
    `Appt with rheum on {{DATE|the 3rd of April}} finally. Hospital number is {{ID_NUMBER|K4829117}} on the letter if that's what they'll ask? I'm in {{LOCATION|Belfast}} and it's at the {{ORGANIZATION|Musgrave}}`,
    `Dupuytren's in both hands now. Needle fasciotomy or Xiapflex? Surgeon seems keen on surgery. My grandad had it too, apparently it's genetic.`,
  ],
};
