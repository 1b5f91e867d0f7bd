// Weight-loss surgery and GLP-1 medicines, written blind for the eleventh held-out set: sleeve and
// bypass, Mounjaro/Wegovy supply and cost, dumping, vitamins, self-pay surgery abroad.
import type { DraftGroup } from '../forum-drafts/group';

export const bariatric: DraftGroup = {
  prefix: 'h11-bariatric',
  topic: 'weight-loss surgery and GLP-1 medicines: sleeve/bypass, Mounjaro/Wegovy supply, dumping, self-pay abroad',
  drafts: [
    "Sleeve 18 months ago, 43kg down. The stall at month 4 nearly broke me. Protein first, 60-80g a day, sip water don't gulp. B12 injections every 3 months and Forceval daily. Hope that helps someone in the early days.",
    "Flying to Istanbul for my bypass on {{DATE|17th Jan}}!! Booked with {{ORGANIZATION|Medipol}}, surgeon is Dr {{PERSON|Kaya}}, £3,950 all in with hotel and transfers. Family think I'm mad. Anyone been with them? Honest reviews please not the coordinator ones 🙏 {{PERSON|Leanne}}",
    "Mounjaro supply: my online pharmacy says 5mg out of stock till next week. The price hike from Lilly in September pushed me to pay the same for 7.5 as I did for 5. Is anyone splitting pens (klicking)? I know it's off label.",
    "Hi from {{LOCATION|Geelong}}! 4 months on Wegovy, private script because PBS won't cover it for weight. $460 a month. Anyone found it cheaper? Also would love a walking buddy — I'm {{AGE|39}}, slow but steady. email {{EMAIL|kate.osullivan.geelong@gmail.com}}",
    "Dumping syndrome after bypass. Ate a slice of birthday cake and 20 min later sweating, heart racing, had to lie on the floor. Early dumping vs late (the reactive hypo 2-3 hours after). Lesson learnt. Sugar-free jelly it is.",
    `GP finally referred me. Letter says:

"Dear Tier 3 Weight Management Team,
I would be grateful if you would see Ms {{PERSON|Shanice Gordon-Blake}} ({{DOB|07.09.1986}}, NHS {{ID_NUMBER|447 210 3958}}) of {{ADDRESS|88 Hartley Road}}, {{LOCATION|Nottingham}} {{POSTCODE|NG7 3DQ}}. BMI 46.2 with type 2 diabetes and OSA...
Yours sincerely, Dr {{PERSON|F. Malik}}, {{ORGANIZATION|Radford Health Centre}}"

how long is the wait usually?`,
    "Mark your calendars: NICE said Mounjaro on the NHS would roll out over 12 years, priority by BMI and other conditions. So most of us will be self-paying for a while. Boots, Asda, Superdrug online all quoting different prices.",
    "Anyone with {{OTHER|BCBS}} get Zepbound covered? They denied my PA. Member ID {{ID_NUMBER|XGH884120937}} — calling them tomorrow with the appeal letter my NP {{PERSON|Marisol}} wrote. BMI 38 with sleep apnea, which should qualify now the OSA indication got approved.",
    "Hair loss at month 3-5 post op is telogen effluvium. It grows back. Biotin won't stop it but protein, iron and zinc help. Mine came back curly?! Sleeve life.",
    "My before and after is on my weight loss account, I don't post it on my personal. Insta {{HANDLE|@sleevedandsassy_ni}} 🦋 -62kg. Big thanks to {{PERSON|Orla}} and {{PERSON|Bronagh}} from the {{LOCATION|Belfast}} meet up for keeping me sane.",
    "Revision from band to sleeve? The band slipped after 6 years. Consultant said bypass would be better for reflux, which I already have. Barrett's oesophagus is a worry. Anyone had band-to-bypass?",
    "Got my date!! Roux-en-Y on {{DATE|February 3rd}} at {{ORGANIZATION|Humber River}}. 2.5 years on the Ontario Bariatric Network waitlist. Anyone having theirs around the same time want to be bypass buddies? {{PHONE|(416) 728-3391}} text only, I'm shy 🙈",
    "Ozempic face is just... losing fat fast. Same happened with my sleeve. Collagen, hydration, time. {{OTHER|Oprah}} talked about her GLP-1 use and suddenly everyone's an expert lol.",
    "Hi, I'm from {{LOCATION|Hamburg}}. In Germany the Krankenkasse pays only if BMI >40 and you do 6 months of the multimodal concept first. I have my OP on {{DATE|12.11.2025}} in the {{ORGANIZATION|Asklepios Klinik Barmbek}}. Is it normal they want me to lose 5 kg before? Sorry for my english",
    "Protein shake recommendations that don't taste like chalk? Tried Myprotein clear whey, Bariatric Advantage, Premier Protein. The clear whey mojito one is the only one I can face at 7am.",
    "Kia ora from {{LOCATION|Tauranga}}. A sleeve privately in NZ is $25k+, so I've started a Givealittle page, feeling sick posting it but here: {{URL|givealittle.co.nz/cause/help-mere-get-her-sleeve}}. Even sharing helps 💚",
    "Mounjaro side effects week 1 on 2.5: sulphur burps, constipation, no appetite. Week 3 much better. Drink more than you think and take Movicol if needed. Don't inject in the same spot twice in a row.",
    "lol {{PERSON|gemma}} i know what you mean about people at work noticing. at {{ORGANIZATION|tesco}} they've started a rumour i'm ill. i'm not, i'm on wegovy and it's nobody's business. manager asked outright. told him it's medical and he went red",
    "Loose skin surgery (abdominoplasty) on the NHS is near impossible now. Criteria: stable weight 2 years, BMI under 27, functional problems like rashes. Most go private, £6-9k. Anyone gone to Poland?",
    "Baby after bypass! {{PERSON|Elodie}} arrived {{DOB|2nd October}}, 6lb 9oz. I'm {{AGE|34}}, had surgery 3 years ago. The glucose drink test was a nightmare so they did finger pricks instead. Ask for that if you're pregnant post-op!",
    "Counterfeit Ozempic warning from the MHRA — pens bought through social media with wrong labels. Only buy from registered pharmacies, check the GPhC register. Will the fakes stop? Probably not while it's £200 a month.",
    "Gallstones 8 months after my sleeve 😩 Booked for a lap chole at the {{ORGANIZATION|John Radcliffe}}, letter says ref {{ID_NUMBER|RTH-5520981}}. My GP at {{ORGANIZATION|Cowley Road Medical Practice}} says it's common after fast weight loss. If anyone has had it done there and wants to tell me what to expect, ring {{PHONE|+44 7700 183 442}}, evenings best",
    "The bariatric team's rules: no drinking 30 min before and after meals, chew 20-30 times, stop at the first sign of fullness, no fizzy drinks. Sounds easy. It isn't.",
    "Compounded tirzepatide shipped to the wrong address AGAIN. It's cold chain! I live at {{ADDRESS|4417 SE Belmont St Apt 2}}, {{LOCATION|Portland}} OR {{POSTCODE|97214-3321}} and they sent it to Belmont Ave. My neighbor {{PERSON|Hank}} found it on his porch after 2 days.",
    "Lap band out and I regained 20kg. Now on Mounjaro 10mg and it's the first time the food noise has gone quiet. GLP-1 + GIP. Giving myself some grace, I'm not a failure.",
    "Started a small Discord for people on GLP-1s in their 20s, very chill, no diet culture. Add me, I'm {{HANDLE|pebble.cat.2291}} on there. I'm {{AGE|24}}, in {{LOCATION|Leeds}}, on Mounjaro 5mg.",
    "Blood tests at 6, 12, 18 months: ferritin, folate, B12, vitamin D, calcium, PTH. My vit D was 22 nmol/L. On Fultium-D3 3200 IU now. Don't skip the bloods.",
  ],
};
