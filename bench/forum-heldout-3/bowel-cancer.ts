import type { DraftGroup } from '../forum-drafts/group';

export const bowelCancer: DraftGroup = {
  prefix: 'h3-onc',
  topic: 'Crohn\'s, ulcerative colitis, ostomy and cancer groups',
  drafts: [
    `Crohn's folks, how do you cope with the Entyvio fatigue the week after infusion? I'm useless for 3 days. Bloods are fine, iron is fine.`,
    `Post-op update: resection done {{DATE|19/05}}, 30cm of ileum gone, surgeon Mr {{PERSON|Fairbairn}} is happy with it. Still on the ward at {{ORGANIZATION|St Mark's}} but hoping to be home by the weekend. Thank you all for the messages 💛`,
    `Stoma after 12 years of UC. Best decision I ever made. Happy to answer questions about bags, leaks, hernia belts, whatever. Nothing is TMI in here.`,
    `Chemo brain is real. FOLFOX cycle 8 of 12. Forgot my own PIN at the shop today and burst into tears at the till. Please tell me I'm not the only one`,
    `Any Crohnies in the {{LOCATION|Chattanooga}} area? Thinking of starting a small in person group, coffee and bathroom-friendly venues only lol. Text me at {{PHONE|423-555-0187}}, I'm {{PERSON|Brandi}}.`,
    `Calprotectin 1200 😬 GI wants a scope next month. Currently on Mezavant 4.8g. Does the prep get any easier with practice?`,
    `My best friend {{PERSON|Siobhán Kearney}} has just been diagnosed with triple negative breast cancer. She's {{AGE|33}} with two small kids. A gang of us are doing the Women's Mini Marathon for her, if you can spare anything: {{URL|www.idonate.ie/fundraiser/siobhans-sisters}} 💗`,
    `Does anyone else get joint pain with colitis flares? Knees and ankles mostly. Rheumatologist called it enteropathic arthritis. Weird how it's all connected.`,
    `Got a clinic letter today with my NHS number {{ID_NUMBER|943 476 5919}} on it but someone else's name and address?? Should I ring PALS? Worried my results are on their record or theirs on mine.`,
    `Radiotherapy for prostate, 20 fractions at {{ORGANIZATION|Velindre}}. Full bladder every day is honestly the hardest part. Tips for timing the water so I'm not bursting in the waiting room?`,
    `OHIP covers the colonoscopy but not the prep? Pharmacy charged me $30 for Pico-Salax. I'm {{AGE|58}} in {{LOCATION|Oshawa}}, GI is at {{ORGANIZATION|Lakeridge Health}}. Is that normal everywhere in Ontario?`,
    `Scanxiety is kicking in. CT on Thursday, results the Thursday after. Longest week of my life. How do you all distract yourselves?`,
    `For anyone doing chemo at the {{OTHER|RBWH}}: my sister {{PERSON|Tanya}} runs a free wig library out of her place at {{ADDRESS|14 Moreton Street}}, {{LOCATION|New Farm}} {{POSTCODE|4005}}. Call her first on {{PHONE|0431 776 204}} so she's home. She lost her own hair in 2022 and just wants to help ❤️`,
    `Humira biosimilar switch letter arrived. Imraldi. Anyone noticed a difference? My consultant said it's the same molecule, just a different pen.`,
    `I'm putting together a little zine of stoma stories, real ones, funny and sad. If you'd like to contribute email {{EMAIL|bagsofcourage.zine@gmail.com}}, anonymous is fine. {{PERSON|Priya}} (ileostomy since 2019, {{LOCATION|Leicester}})`,
    `Low residue diet before the scope - is white bread and plain chicken ok? The leaflet contradicts itself. Also Moviprep or Plenvu, which is less grim?`,
    `Just got my BRCA2 result back. Positive. I'm {{AGE|29}} and live in {{LOCATION|Dunedin}}, genetic counsellor at {{ORGANIZATION|Dunedin Hospital}} went through options but I didn't take in a word. How do I get a copy sent to my GP? Do I just quote the NHI on the letter, {{ID_NUMBER|CGR3816}}?`,
    `Lymphoma survivors, did your hair come back curly?? Mine's gone full poodle after ABVD 😂`,
    `Ostomy humour every Sunday over on TikTok, {{HANDLE|@gutsy_gabe}} 💩 my bag has a name and it's Gerald`,
    `{{OTHER|Deborah James}}'s book got me through my first month after diagnosis. The Bowelbabe fund is worth supporting if anyone's looking for a charity.`,
  ],
};
