import { nhsNumber, ppsNumber } from '../checksums';
import type { DraftGroup } from '../forum-drafts/group';

export const skin: DraftGroup = {
  prefix: 'h6-skin',
  topic: 'Skin conditions: psoriasis, eczema, hidradenitis suppurativa',
  drafts: [
    `my {{AGE|4}}yo has eczema so bad in his elbows and behind his knees, nursery ({{ORGANIZATION|Little Acorns}} in {{LOCATION|Chorley}}) keep ringing me to pick him up because he's scratching till he bleeds 😢 what cream actually works?? we've tried everything from the gp`,
    `Dupixent vs Adbry vs the JAK pills — for anyone comparing: Dupixent gave me conjunctivitis, Adbry did nothing for 16 weeks, Rinvoq cleared me in a month but my cholesterol went up. PASI isn't the scale for eczema I know, EASI went from 31 to 6.`,
    `HS surgery done ✅ Wide excision of both armpits at {{ORGANIZATION|Henry Ford Hospital}} on {{DATE|4/22}}. Dr {{PERSON|Castellanos}} was amazing. I'm {{AGE|33}} and I've been hiding this since I was a teenager. Healing by secondary intention is gross but I'm so relieved.`,
    `Emollient roundup from 20 years of eczema: Epaderm for nights, Doublebase gel for daytime, Cetraben for the kids. CeraVe and La Roche-Posay Lipikar are nice but pricey. Boots own brand is basically the same as Aveeno for half the money.`,
    `Before and after 12 weeks of Skyrizi is on my insta {{HANDLE|@plaques.and.peonies}} if anyone's deciding — all my links are at {{URL|linktr.ee/plaquesandpeonies}} 🌸 Still can't believe my scalp is clear`,
    `People love to bring up {{OTHER|Kim Kardashian}} when I say I have psoriasis. Yes she has it. No, her dermatologist is not my dermatologist. {{OTHER|Cara Delevingne}} talking about hers helped me more tbh.`,
    `Mum here, my son {{PERSON|Jayden}} is {{AGE|12}} and CVS Specialty says his Dupixent prior auth expired. Pasting what the insurer sent:\n\nPatient: {{PERSON|Jayden Brooks}}\nDOB: {{DOB|09/14/2012}}\nMember ID: {{ID_NUMBER|XKH 902 551 774}}\n\nHe has 2 pens left. Do I call the dermatologist or the insurance first?`,
    `Got told I have the Koebner phenomenon because new plaques show up wherever I scratch or cut myself. Also Hurley stage II for the HS. Do the eponyms ever stop? Next they'll tell me I have Auspitz sign too 😂`,
    `Applying for the medical card so I can afford the biologic. Form wants my PPS ({{ID_NUMBER|${ppsNumber('4172036')}}}) and a letter from my dermatologist at the {{ORGANIZATION|South Infirmary Victoria University Hospital}}. Does the letter have to be on headed paper? Living in {{LOCATION|Ballincollig}} if it matters for the office.`,
    `Charities that actually helped: National Eczema Society (helpline), Psoriasis Association, British Skin Foundation, Eczema Outreach Support for parents, and Hope for HS if you're in the US. National Psoriasis Foundation has a patient navigator too.`,
    `Topical Steroid Withdrawal: Is It Real Or Not?\n\nMy GP says it's rare, TikTok says it's everywhere. I've been on Eumovate and Dermovate on and off since childhood. Switched to Protopic last month. Not trying to start a fight, just want honest experiences.`,
    `Free to a good home: 6 unopened tubs of Epaderm and 3 of Hydromol, wrong ones for me. {{LOCATION|Riccarton}}, text {{PHONE|021 555 0147}} and I'll leave them out for you. Would rather they go to someone here than the bin.`,
    `Every winter from October to March my hands crack open. Summer is fine. Wearing cotton gloves under rubber gloves for washing up, Neutrogena Norwegian Formula at night. What else works for you lot?`,
    `Selling my home narrowband UVB panel, bought privately 2 years ago, the Dermatology Day Unit has signed me off so I don't need it. £350 ono. Collection from {{LOCATION|Morley}}, {{POSTCODE|LS27 8JQ}} only, it's heavy. Ring {{PHONE|0113 496 0382}} evenings.`,
    `Moved from Victoria to Queensland and the sun has done more for my psoriasis than 10 years of creams. Just be careful, Cancer Council's SunSmart app tells you the UV index, and I still wear the SPF 50+ on my face.`,
    `{{PERSON|Chantelle Marsh}} {{PERSON|Kerry Boyd}} look at this one girls 👀 the lady in the comments uses the same bleach bath thing our dermo suggested`,
    `Clinic rota is exhausting: the Dermatology Day Unit for phototherapy three times a week, the Wound Clinic for HS dressings on Fridays, and the practice nurse for bloods. Anyone else feel like managing it is a part-time job?`,
    `Copied from the email I sent to dermatology, so you can steal the wording:\n\nFrom: {{EMAIL|sarah.j.obrien77@hotmail.co.uk}}\nTo: Dermatology secretaries\nSubject: {{PERSON|Sarah O'Brien}} – NHS no {{ID_NUMBER|${nhsNumber('633104872')}}} – urgent flare\n\nDear Dr {{PERSON|Venkataraman}}, my psoriasis has flared badly since stopping ciclosporin on {{DATE|2 January}}...`,
    `Cotton everything for HS: Primark pyjamas, M&S seamless bras, Uniqlo Airism for under work tops. Avoid anything tight under the arms or between the thighs. Not sponsored, I wish lol`,
    `Anyone here in {{LOCATION|Dartmouth}}? I have a stack of unopened CeraVe and Aveeno from when my daughter was little, happy to give it away. Porch pick-up near {{POSTCODE|B2W 3K7}} or I can mail anywhere in Canada if you cover postage.`,
    `Did anyone watch the episode of Embarrassing Bodies with the HS lady? Dr {{OTHER|Pixie McKenna}} was so kind to her. Made me cry because no doctor has ever been that gentle with me. Also the Flaredown app is free if anyone wants to track triggers.`,
    `Letter from school about my son's eczema and PE 🙄 "Dear parent of {{PERSON|Oliver}}, Mrs {{PERSON|Harlow}} has noticed..." He's in Year 4 at {{ORGANIZATION|Oakwood Junior School}}. Do I have to give them the dermatology letter or is that private?`,
    `Methotrexate for psoriasis: ALT was 52 last time so they dropped me from 20mg to 15mg. Blood pressure was 138/88 on ciclosporin before that. Will my liver be ok long term? Hope so. The pharmacist said to cut out the wine, which, fair. Can't sue anyone for that.`,
    `Bonjour ! J'ai {{AGE|45}} ans et j'habite à {{LOCATION|Nantes}}. My dermatologist at the {{ORGANIZATION|CHU de Nantes}} wants to try Bimzelx for my hidradenitis. Is anyone in France on it? Sorry for the mix of English and French 😅`,
    `I got told to see the nurse at {{ORGANIZATION|Hatfield Road Surgery}} for the dressings and she had never seen HS before. Went back on {{DATE|Tuesday 18th March}} and got Sister {{PERSON|Adeyemi}} instead, who took one look and said "right, let's get you to dermatology". Bless her.`,
  ],
};
