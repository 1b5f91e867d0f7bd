import type { DraftGroup } from './group';

export const endo: DraftGroup = {
  prefix: 'endo',
  topic: 'Endometriosis, adenomyosis and PCOS groups',
  drafts: [
    `Finally got my lap date!! {{DATE|22nd of January}} with Mr {{PERSON|Adeyemi}} at {{ORGANIZATION|Liverpool Women's}}. 6 years of being told it's just bad periods. So nervous 😬`,
    `Visanne (dienogest) 2mg - 3 months in and bleeding has stopped but my mood is on the floor. Did it settle for anyone? Endometriosis UK said to talk to my GP but she's off till next week.`,
    `I'm {{PERSON|Niamh O'Sullivan}} ({{AGE|31}}) and I'm running the {{LOCATION|Dublin}} mini marathon for endo awareness in June! My iDonate page: {{URL|idonate.ie/niamhs-endo-run}} 💛`,
    `Zoladex jab number 3 today. Hot flushes are wild, having to sleep with the window open in December. Add-back HRT starts next month. Hang in there ladies.`,
    `anyone been seen by dr {{PERSON|mehta}} at the endo centre in {{LOCATION|oxford}}? got a referral letter today. I'm {{AGE|27}} and ttc so worried about fertility`,
    `PCOS and insulin resistance: inositol or metformin? Read a Cochrane review that says not much difference but I feel better on inositol. May try both?`,
    `I'm {{AGE|40}} and had a hysterectomy last year, best thing I ever did. Message me if you want to talk, {{EMAIL|kayleigh.endo.warrior@yahoo.co.uk}} or on Insta {{HANDLE|@kayleighs_endo_life}}`,
    `Tens machine recommendations? Livia or the Boots own one? Heat pad isn't cutting it anymore. Mefenamic acid helps day 1 only.`,
    `So my GP (Dr {{PERSON|Cathy Burke}}, {{ORGANIZATION|Ranelagh Medical}}) refused to refer me again. Do I have to go private? {{OTHER|Beacon}} quoted €450 for the consult. I'm in {{POSTCODE|D06 F2X7}} if anyone knows a good GP nearby`,
    `Adenomyosis diagnosed on MRI. Consultant mentioned Mirena first then maybe hysterectomy. I'm in my mid thirties and done having kids. Anyone regret it?`,
    `Update from my op on {{DATE|5/9}}: they found stage 4, bowel and ovaries. Surgeon Ms {{PERSON|Hannah Clarke}} was amazing. Recovering at home in {{LOCATION|Swindon}} now, mum's looking after me`,
    `Can endo cause leg pain? Sciatic nerve type pain that's worse around my period. GP said it's my back. Saw on Healthline that endo can affect the nerve.`,
    `I'm a teacher at {{ORGANIZATION|St Brigid's NS}} and my principal is being awful about time off for my surgery. {{AGE|35}}, {{LOCATION|Limerick}}. Do I have any rights here?`,
    `The Endo Belly is real. Looked 6 months pregnant by 4pm. Low FODMAP helped some. Peppermint tea too. Anyone tried the Monash app?`,
    `Pls pray for me, surgery {{DATE|Thursday 14th}} at {{ORGANIZATION|Sunnybrook}}. My partner {{PERSON|Jordan}} will update here if I can't. 🙏`,
    `Reminder: if your pain is 10/10 and you're vomiting, go to A&E or call 999. Don't wait for the GP on Monday. Ruptured cysts are no joke.`,
    `Got my results back from the fertility clinic (patient ID {{ID_NUMBER|FC-2291784}}) and AMH is 0.8 😔 {{AGE|33}}. Does anyone have any success stories?`,
    `Which painkillers are safe while breastfeeding? Ibuprofen 400mg and paracetamol seem okay per the leaflet. Codeine is a no. Midwife said check with the pharmacist.`,
    `Call for volunteers! I'm doing my PhD on endo at the {{ORGANIZATION|University of Leeds}}. If you'd like a 30 minute chat, email {{EMAIL|h.osei@leeds.ac.uk}} – {{PERSON|Hannah Osei}}`,
    `Feeling really low today. 12 years of pain and still no diagnosis. Sorry, just needed to say it somewhere people get it. Samaritans are 116 123 if anyone else is struggling tonight 💜`,
  ],
};
