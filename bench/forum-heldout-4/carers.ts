import type { DraftGroup } from '../forum-drafts/group';

/** Parents and carers of disabled or chronically ill children (and adult children). */
export const carers: DraftGroup = {
  prefix: 'h4-carers',
  topic: 'Parents of disabled or chronically ill children: school, benefits, hospitals, fundraising',
  drafts: [
    `Our warrior {{PERSON|Zainab}} is {{AGE|5}} today 🎈 Born at 26 weeks in {{ORGANIZATION|Birmingham Women's}}, now a cheeky monkey with a trach and the best giggle. She started reception at {{ORGANIZATION|Greenfield Primary}} in September and the staff have been amazing with her.`,
    `EHCP advice please — the LA has refused to assess. IPSEA says we can appeal within 2 months. Has anyone done SENDIST without a solicitor? Son has cerebral palsy, the school are brilliant but they need the funding to keep his 1:1.`,
    `DS ({{AGE|9}}) has T1D and his school, {{ORGANIZATION|Lincoln Elementary}} in {{LOCATION|Bozeman}} ({{POSTCODE|59718}}), refuses to let the nurse give insulin on field trips. His 504 plan says they have to. Principal is Mrs {{PERSON|Halvorsen}}. AITA for going to the district?`,
    `Tube feeding moms: which pump do you like better, Kangaroo Joey or the Infinity? Our DME company keeps sending the wrong extension sets. Also blenderized diet: anyone using Real Food Blends?`,
    `Has anyone got Domiciliary Care Allowance approved on appeal? Our daughter {{PERSON|Saoirse}} ({{AGE|4}}) has Dravet syndrome and they refused us twice. She's in junior infants at {{ORGANIZATION|Scoil Mhuire}} in {{LOCATION|Sandymount}} with an SNA. Her PPS is {{ID_NUMBER|3107724P}}, do they need hers on the appeal form or mine? Thanks, {{PERSON|Niamh}}`,
    `Respite: our local children's hospice has been a lifesaver. Together for Short Lives has a directory if anyone is looking for one. Will post more once we've done our first overnight stay.`,
    `Please share 🙏 we're raising money for a specialist powered wheelchair for our son {{PERSON|Kacper}} ({{AGE|11}}, Duchenne). The NHS wheelchair service only covers the basic one. {{URL|https://www.gofundme.com/f/kacpers-new-wheels}} Thank you from {{PERSON|Marta}} & {{PERSON|Tomasz}} in {{LOCATION|Swindon}} 💙`,
    `Anyone else's child on Epidyolex? 20mg/kg/day, seizures down from 30 a week to 8. Liver bloods ok. Neurologist wants to add fenfluramine next. Hope we get some sleep soon 😴`,
    `Hi all, we're from {{LOCATION|Zwolle}}. Our daughter {{PERSON|Noor}} ({{AGE|7}}) has SMA type 2 and we are raising money for a hoist and an adapted car. If anyone in NL wants to help, bank transfer to {{IBAN|NL41 RABO 0317 2645 89}} t.n.v. {{PERSON|J. de Vries}}. Dank jullie wel ❤️`,
    `For parents of kids with PKU: the NSPKU has new low-protein recipes up and they're actually nice. Our dietitian says Phe under 360 μmol/L for under 12s. Still can't get him to eat the bread 😂`,
    `Does anyone have experience with NDIS plan reviews for kids with autism + epilepsy? {{PERSON|Jayden}}'s plan got cut by 40% and he's only {{AGE|6}}. NDIS number {{ID_NUMBER|430 871 229}}, the planner is {{PERSON|Kerri}} from the {{LOCATION|Campbelltown}} office. Happy to compare notes: {{EMAIL|shaz.mcleod83@bigpond.com}}`,
    `Siblings of disabled kids: any books to recommend? Our eldest feels left out of everything. Contact had a reading list once but I can't find it now. Also open to podcast recs for me lol`,
    `Got this text, is it a scam??

"{{ORGANIZATION|Cincinnati Children's}}: Reminder for {{PERSON|Malik Johnson}} DOB {{DOB|08/14/2016}} on {{DATE|10/03/2024}} 1:30PM, Neurology, Location B. MRN {{ID_NUMBER|00847219}}. Reply C to confirm."

He's never been seen by neurology there, only GI. Did they mix him up with someone?`,
    `Anyone's child been referred to the {{OTHER|Evelina}} or {{OTHER|GOSH}} for a second opinion? How long was the wait? We're up north so might ask for {{OTHER|Alder Hey}} instead.`,
    `omg just had the worst day. {{PERSON|ellie-rose}}'s gtube came out at soft play and the staff were SO rude about it. then {{ORGANIZATION|alder hey}} said bring her in but its 2 hours on the bus from {{LOCATION|rhyl}} 😭😭 shes only {{AGE|3}} she doesnt understand`,
    `Blue Badge renewal for a child under 3 with medical equipment — just done ours online in 20 mins. Council website was actually helpful for once. The bill for hospital parking last year was more than the badge costs lol`,
    `Any parents at {{ORGANIZATION|SickKids}} right now? We're on 7C with our {{AGE|14}} yr old, {{PERSON|Ananya}}, after her spinal fusion on {{DATE|March 3}}. Would love a coffee in the atrium with someone who gets it. My cell is {{PHONE|(416) 555-0147}}, {{PERSON|Rekha}}`,
    `Carer's Allowance earnings limit has gone up to £196 a week. Carers UK has the details. If you're struggling, Samaritans are on 116 123 any time, and there's no shame in ringing. 💛`,
    `Hi all, I'm {{PERSON|Funmilayo}} but everyone calls me {{PERSON|Funmi}}. My son {{PERSON|Tobi}} is {{AGE|16}} and autistic, at {{ORGANIZATION|Hillcrest Academy}} in {{LOCATION|Thornton Heath}}. He's refusing school and the attendance officer is threatening us with fines. Anyone been through this? DM me or WhatsApp {{PHONE|07700 900184}}`,
    `Respite carer tip: write a one-page profile of your child — likes, dislikes, how they communicate, meds. Social workers love it. Ours says "loves Peppa, hates hand dryers, give Movicol in orange squash".`,
    `Kia ora whānau. Our boy {{PERSON|Nikau}} ({{AGE|10}}) has cerebral palsy and goes to {{ORGANIZATION|Te Kura o Hīrangi}} here in {{LOCATION|Taupō}}. His physio {{PERSON|Hine}} says he's ready to try a walker at school. Anyone else gone through the Enable NZ funding? Flick me a message on Insta {{HANDLE|@nikau_and_mum}}`,
    `Tonight's meds for my girl: Keppra 500mg, clobazam 10mg, melatonin 3mg, omeprazole 10mg. Emergency buccal midazolam packed in every bag. This is just normal now, right? 😅`,
    `My son {{PERSON|DeShawn}} is {{AGE|23}} with Down syndrome and aged out of school services this year. We're trying to get him into the day program at {{ORGANIZATION|Cedar Ridge Adult Day}} here in {{LOCATION|Decatur}}. His intake evaluation is {{DATE|June 12th}}. What questions should I be asking?`,
    `Does anyone else get the "you're so brave" comments and want to scream? I'm not brave, I'm tired. My daughter has Rett syndrome, Angelman's was ruled out last year. We love her to bits. October is Rett awareness month if anyone wants to share 💜`,
    `Thank you all for the advice on the tribunal. We WON!!! 🎉 If anyone needs help putting together their appeal bundle just email me {{EMAIL|ciara.dunne.sen@gmail.com}} x {{PERSON|Ciara}}`,
  ],
};
