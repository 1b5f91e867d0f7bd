// Spinal cord injury and wheelchair users, written blind for the eleventh held-out set: catheters,
// bowel care, pressure sores, adapted cars and homes, access at work.
import type { DraftGroup } from '../forum-drafts/group';

export const spinal: DraftGroup = {
  prefix: 'h11-spinal',
  topic: 'spinal cord injury and wheelchair users: catheters, pressure sores, adapted cars and homes, access at work',
  drafts: [
    "T6 complete, 8 years in. Intermittent catheters 5x a day, SpeediCath Compact. UTIs dropped when I switched from reusable to hydrophilic. Anyone tried bladder Botox? Urology says it might let me go longer between.",
    "Pressure sore on my sacrum, grade 3, been on bed rest 6 weeks. District nurse {{PERSON|Jenna}} comes Tue and Fri. The Repose overlay is not enough, I've asked for an alternating air mattress. Feeling trapped. Anyone near {{LOCATION|Swindon}} want to come round and play cards lol I'm going mad",
    "Brown-Séquard from a stab wound, 'incomplete' on paper. People assume incomplete means I can walk. I can't, not really. Some days 10 steps with a frame. ASIA C. Anyone else sick of explaining?",
    "Motability finally delivered the WAV! Ramp at the back, electric winch. Reg {{ID_NUMBER|MX73 KHV}} if anyone sees a red Berlingo with a very happy C5 tetra in the back 😂 — {{PERSON|Aaron}}",
    "Autonomic dysreflexia card in the wallet at all times. Went to A&E with a pounding headache and BP 190/110 and the junior doctor didn't know what AD was. Print the card from the Spinal Injuries Association and keep it on you. Ring 999 if it won't come down.",
    "Need advice: my employer, {{ORGANIZATION|Brightline Insurance}}, moved us to a new office with an 'accessible' bathroom that my chair doesn't fit in. HR says the building is ADA compliant. I'm in {{LOCATION|Denver}}. If anyone's been through an EEOC complaint pls email {{EMAIL|tcorrigan.wheels@gmail.com}}",
    "Ultralight chair question: Quickie Nitrum vs TiLite ZRA vs Küschall Champion. I'm 6ft, paraplegic, play wheelchair basketball. NHS voucher only covers part. Will titanium really make a difference to my shoulders?",
    `Finally got my discharge summary from the spinal unit:

Patient: {{PERSON|Oliver James Penhaligon}}
DOB: {{DOB|30/06/1992}}
MRN: {{ID_NUMBER|SCI0083361}}
Level: T11 AIS A
Admitted: {{DATE|02/04/2025}}  Discharged: {{DATE|19/08/2025}}
Follow up: {{ORGANIZATION|Princess Royal Spinal Injuries Centre}}, Sheffield

Does "AIS A" mean it's definitely permanent?`,
    "Housing adaptations: the disabled facilities grant (DFG) is max £30k in England. Our wet room + through floor lift came to £41k. Council wouldn't top up. Frank advice from someone who's done it: get 3 quotes and an OT letter before anything.",
    "NDIS just approved my home mods — ramp and bathroom. Builder quoted 14 weeks. I'm {{AGE|52}}, C7 incomplete from a dive in the 90s, living in {{LOCATION|Joondalup}}. Need a recommendation for an OT who does home assessments north of the river. Text {{PHONE|0423 771 904}} cheers",
    "Bowel care routine talk (sorry). Digital stimulation, suppositories, every other evening. Took 2 hours, now 45 min since adding Movicol. Peristeen transanal irrigation is next. Nobody warns you about this part.",
    "Back to work at {{ORGANIZATION|Intel}} in {{LOCATION|Leixlip}} on {{DATE|the 3rd of November}}, phased return. They've put in a ramp and an accessible loo but the canteen is up a half flight of stairs with a platform lift that needs a key. Grand so, I'll bring sandwiches 🙃",
    "{{OTHER|Christopher Reeve}}'s foundation has a great paralysis resource centre online, free info specialists. Also the SIA helpline here. May I add: peer mentors who are also in chairs changed my rehab.",
    "{{HANDLE|u/rollingdadof3}} here from reddit, someone linked this group. Para since 2019, three kids, youngest is {{AGE|4}} and thinks my chair is a ride. Any tips on lifting toddlers from a chair safely?",
    "Catheter bag at night: 2L drainage bag on a stand vs hanger on the bed frame? Also Conveen vs Bard for the leg bag straps. Grace, patience and a waterproof sheet, that's my setup so far.",
    `Medicaid waiver form for home care, section 2. I filled it like this, is it right??

Applicant: {{PERSON|Destiny Ramírez}}
SSN: {{ID_NUMBER|609-38-2714}}
Address: {{ADDRESS|2218 W Hollister St}}, {{LOCATION|Phoenix}}, AZ {{POSTCODE|85009}}
Diagnosis: spinal cord injury T4

they said my doctor also has to sign page 6`,
    "Spasms at night, on baclofen 20mg three times a day. Tizanidine made me too sleepy. Intrathecal baclofen pump — anyone had one? Worth it? Hope the trial dose goes well next month.",
    "{{PERSON|Mireille}}, yes! The March of Dimes home and vehicle modification program paid for most of my ramp. I'm in {{LOCATION|Kanata}}, {{POSTCODE|K2M 1X8}} — they came out within a month. Apply early, the funding runs out by fall.",
    "Flying with a wheelchair: gate check it, take off the cushion and side guards, tape instructions on it. Last trip the airline snapped the footplate. The Montreal Convention limits are pathetic. {{OTHER|John Morris}}'s Wheelchair Travel site has airline reviews.",
    "flap surgery for the ischial sore is booked for {{DATE|dec 9}} at {{ORGANIZATION|stoke mandeville}}, mr {{PERSON|adeyemi}} doing it. 6 weeks flat after. anyone done the Clinitron bed? 🙃",
    "Sex and relationships after SCI. Nobody in rehab wanted to talk about it. Viagra / Cialis work for some. There's a good booklet from the Spinal Injuries Association. Don't be embarrassed, ask your consultant.",
    "Selling my adapted bungalow because we're moving closer to family. Level access, wet room, ceiling track hoist, widened doors. It's {{ADDRESS|12 Tern Close}}, {{LOCATION|Bridgwater}} {{POSTCODE|TA6 4WP}}. Would love it to go to someone who needs it rather than a buyer ripping it all out. Message me or ring {{PHONE|07946 552 108}}",
    "Power assist wheels: SmartDrive vs e-motion. Saved my shoulders. Insurance wouldn't cover, paid through Access to Work because I need it for the commute.",
    "Access to Work application went in. It asked for NI number ({{ID_NUMBER|TB 62 91 05 A}}), employer ({{ORGANIZATION|Cardiff Metropolitan University}}), and a workplace assessment date. 12 week wait apparently. — {{PERSON|Rhys}}",
    "Does anyone else get phantom sensations? I'm T10 complete but I 'feel' my feet are cold. Neuropathic pain below level is pregabalin territory. Amitriptyline at night helps me sleep through.",
    "it's my 10 year injury anniversary today and also my birthday 🎂 born {{DOB|14 Feb 1988}} so it's valentine's too, triple whammy lol. raising money for the spinal unit that saved me: {{URL|https://www.justgiving.com/page/kirsty-mcleish-10years}}",
    "Cushions: Roho vs Jay vs Varilite. Roho air needs checking daily. I got a sore on the Jay once. Pressure mapping at the wheelchair service helped me pick.",
  ],
};
