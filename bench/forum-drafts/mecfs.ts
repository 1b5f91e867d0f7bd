import { ppsNumber } from '../checksums';
import type { DraftGroup } from './group';

export const mecfs: DraftGroup = {
  prefix: 'me',
  topic: 'ME/CFS, long covid and POTS groups',
  drafts: [
    `Bedbound ME for 4 years. My carer {{PERSON|Lorna}} types this for me. I'm {{PERSON|Alison Whitlock}}, {{AGE|44}}, {{LOCATION|Stroud}}. Looking for anyone severe to write letters with 💌`,
    `Pacing with a heart rate monitor - Garmin or Polar? Keeping under my anaerobic threshold (about 110). Visible app is good too but it's a subscription.`,
    `ME Association says I can ask for a home visit. My GP is Dr {{PERSON|Hussain}} at {{ORGANIZATION|Priory Medical Group}}, {{LOCATION|York}}. Has anyone asked him? How did it go?`,
    `Long covid month 14. PEM after a 10 minute shower. Low dose naltrexone 1.5mg started. Anyone seen improvement on LDN? Crashing every Sunday after family visits.`,
    `Does anyone know a POTS-aware cardiologist in {{LOCATION|Vancouver}}? I'm {{AGE|22}} and at {{ORGANIZATION|UBC}} doing my masters, fainting in lectures. Live near campus ({{POSTCODE|V6T 1Z4}}). My email is {{EMAIL|priya.nair.22@student.ubc.ca}}`,
    `Sleep hygiene is a joke with ME. Amitriptyline 10mg helps me stay asleep but I wake like I've been hit by a bus. Melatonin did nothing.`,
    `Writing to my MP about ME funding. I'm in {{POSTCODE|BS6 5TJ}} if anyone else in {{LOCATION|Bristol}} wants to co-sign. {{PERSON|Sam}} x`,
    `Does anyone have tips for hospital appointments when you're severe? Wheelchair, ear defenders, sunglasses, eye mask. Asked for the first slot of the day.`,
    `mum's notes say "{{PERSON|Joan Ferris}}, b. {{DOB|02/02/1950}}, hosp no {{ID_NUMBER|A0038841}}" and the ME diagnosis isn't even on there. how do i get it added?`,
    `Dysautonomia International and POTS UK both have good GP letters you can print. Took mine to my appointment on Monday and finally got midodrine!`,
    `I've started a podcast about life with ME - {{URL|www.youtube.com/@spoonlessinsligo}} 🎙️ I'm {{PERSON|Ciara}}, {{AGE|29}}, {{LOCATION|Sligo}}.`,
    `Post-exertional malaise explained in a way my family finally understood: the spoon theory. {{OTHER|Christine Miserandino}} wrote it years ago. Sharing for anyone who needs it.`,
    `{{AGE|38M}}, long covid since {{DATE|March 2nd 2022}} (the day I tested +). Lost my job at {{ORGANIZATION|Deloitte}}. Anyone had luck with an insurance claim? I'm in {{LOCATION|Toronto}}.`,
    `Saline infusions for POTS - is this available in the US without a fight? My cardiologist says Mayo Clinic recommends salt and fluids first. 10g salt a day already.`,
    `Carer's allowance question: I care for my son {{PERSON|Oisín}} ({{AGE|16}}), severe ME. His PPS number is {{ID_NUMBER|${ppsNumber('6433435')}}} and the form says it doesn't match. Has anyone had this with the Department?`,
    `Tried graded exercise years ago and it made me so much worse. Glad NICE changed the guideline in 2021. Pace yourselves, everyone.`,
    `Hiya, I'm {{PERSON|Bethan Morgan}} from {{LOCATION|Aberystwyth}}, I run a tiny Etsy shop making heat pads from bed. {{URL|etsy.com/shop/BethansCosyPads}} 🧸`,
    `Crash day. Dark room, no screens after this. Just wanted to say thanks to whoever posted the brain fog tips yesterday, the sticky notes are working.`,
    `Can I ask someone to check I've done this right? Sent my ESA form with my address as {{ADDRESS|Flat 3, 18 Albert Terrace}}, {{LOCATION|Edinburgh}} {{POSTCODE|EH10 5QT}}... or is that my old address 🤦 brain fog is real`,
    `Vagus nerve stimulator trial news from the US. Interesting but early. Anyone reading the Stanford study? Curious what people make of it.`,
  ],
};
