import type { DraftGroup } from '../forum-drafts/group';

export const minds: DraftGroup = {
  prefix: 'h2-mind',
  topic: 'Eating disorder, bipolar, and autism/ADHD parent groups',
  drafts: [
    `DS ({{AGE|7}}) finally has his ADHD diagnosis! School ({{ORGANIZATION|Holy Trinity C of E Primary}}) have been brilliant, the SENCO Mrs {{PERSON|Bellamy}} already set up a movement break plan. Anyone in {{LOCATION|Cheltenham}} tried Elvanse for little ones? Paed suggested 20mg.`,
    `Lithium level 0.74 mmol/L, in range (0.4-1.0). TSH creeping up to 5.9 so might need levothyroxine. Been stable 18 months on lithium 800mg + quetiapine 50mg at night. Bipolar UK peer support groups are free btw.`,
    `me ({{AGE|19F}}) in recovery from AN for 2 years. posting bc i'm scared of going back to {{ORGANIZATION|UMass Amherst}} in the fall and losing my routine. if anyone wants a recovery buddy my insta is {{HANDLE|fullplate.fullheart}} 🌱`,
    `If anyone here is struggling tonight: Beat helpline in the UK, ANAD in the US, Butterfly Foundation in Australia (1800 33 4673), Bodywhys in Ireland. Also Samaritans on 116 123 any time, day or night.`,
    `just got discharged from {{ORGANIZATION|CAMH}} after 3 weeks for mania. {{AGE|28}}. living back w my parents in {{LOCATION|mississauga}} for now. my psychiatrist dr {{PERSON|nguyen}} wants me on lamotrigine too. if anyone's in peel region and wants to grab a coffee text me {{PHONE|416-823-5590}}`,
    `DD is autistic with a PDA profile. School refusal since Easter. EHCP application went in, 20 weeks statutory timeline. IPSEA and SOSSEN have been lifesavers for the legal stuff. Anyone got experience with EOTAS?`,
    `I'm {{PERSON|Shannon}}, {{AGE|32}}, just got diagnosed ADHD as an adult after years of thinking I was just lazy. Psych in {{LOCATION|Fremantle}} charged $1,400 😭 GP at {{ORGANIZATION|South Terrace Medical}} is taking over the Vyvanse scripts. Can't believe how quiet my brain is on 30mg.`,
    `My dietitian says BMI isn't the only measure but the unit used 15 as the cut-off for admission. Meal plan is 3 meals + 3 snacks, about 2,500 kcal. Refeeding bloods (phosphate 0.68) were OK. The hardest part is 6 weeks of being weighed blind.`,
    `Our IEP meeting is {{DATE|Tuesday, April 8}} at {{ORGANIZATION|Lakeview Elementary}} and they want to cut his OT minutes. {{PERSON|Mason}} is {{AGE|8}}, autistic, nonspeaking, uses an AAC device. Any advocates around {{LOCATION|Naperville}}? email me {{EMAIL|danielle.r.ortiz@gmail.com}}`,
    `{{OTHER|Stephen Fry}}'s documentary about bipolar is still one of the best things made on it. Also {{OTHER|Mariah Carey}} talking about bipolar II helped me feel less alone. Mood charting with eMoods for 6 months has helped me spot the hypomania early.`,
    `Is the Concerta XL shortage over yet? Pharmacist said Xaggitin XL is the same methylphenidate 36mg, just a different brand. Some people say it wears off faster. ADHD UK have a shortage tracker page.`,
    `My daughter is {{AGE|16}} and has been referred to the CAMHS eating disorder team in {{LOCATION|Tallaght}} but the wait is 14 weeks and she's lost 8kg since the Junior Cert. Do we go private? Is it worth ringing Bodywhys first? Any advice at all\n{{PERSON|Bernie}} x`,
    `Ear defenders: Alpine Muffy Kids vs Loop Experience? My son hates anything on his head. OT said try the weighted lap pad for 20 minutes, 10% of body weight. The National Autistic Society has a good sensory page too.`,
    `Kia ora, can anyone tell me if the crisis team need your NHI number when you call? Mine's {{ID_NUMBER|ZKT4821}} - I've written it everywhere but I panic and forget. Waiting for my mental health worker {{PERSON|Aroha}} to call back. {{AGE|35}}, {{LOCATION|Porirua}}.`,
    `For NZ folks: free call or text 1737 any time to talk to a trained counsellor. There's also The Lowdown for young people. I used 1737 at 3am last week and they were lovely.`,
    `Dutch mum here, my son ({{AGE|10}}) is on the waiting list for an ADHD assessment at {{ORGANIZATION|Karakter}} in {{LOCATION|Nijmegen}}. They sent a form asking for his BSN {{ID_NUMBER|273849104}} and huisarts details. Is the wait really 9 months everywhere in NL? App me on {{PHONE|06-41827359}}`,
    `Grace, hope and a lot of snacks is how I got through the first year of recovery lol. Not perfect but 3 years out from my last admission now. If you're at the start: it does get easier, even if it doesn't feel like it.`,
    `SSDI hearing is {{DATE|June 3}} after 2 denials. Bipolar I, 3 hospitalizations. My lawyer says the vocational expert is the key part. I worked at {{ORGANIZATION|Target}} corporate in {{LOCATION|Minneapolis}} before the last episode. Any tips?`,
    `Carer's Allowance q: if I get it for looking after my autistic son can I also get the carer element on Universal Credit? DLA is middle rate care. Form is asking for my NI no. and I've put {{ID_NUMBER|PH 39 71 20 B}} but it keeps saying it doesn't match?? Benefits and Work forum says yes to both but the helpline said something else.`,
    `adhd tax this month: 2 late fees, 1 parking fine, forgot to cancel 3 free trials 🙃 anyone use a body doubling app? focusmate is ok but i keep missing the sessions lol`,
  ],
};
