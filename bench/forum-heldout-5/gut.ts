import { nhsNumber } from '../checksums';
import type { DraftGroup } from '../forum-drafts/group';

export const gut: DraftGroup = {
  prefix: 'h5-gut',
  topic: "IBD, coeliac disease and other gut conditions",
  drafts: [
    `Free to a coeliac family: Panasonic bread maker (only ever used for gluten free), a dedicated toaster and 2 bags of Doves Farm flour. We've moved to the new Schär loaves and don't need it. Collect from {{LOCATION|Castleknock}}, Eircode {{POSTCODE|D15 XR82}}, just message first.`,
    `Biopsy result says Marsh 3b and tTG was 128 U/mL. Gastro says that's definite coeliac. Strict gluten free from today. Anyone have a list of the sneaky places gluten hides? Soy sauce was news to me.`,
    `{{AGE|26}} with Crohn's, just moved to {{LOCATION|Scottsdale}} for work and my new GI Dr {{PERSON|Castellanos}} wants to restart Stelara. Did anyone else have to redo the whole copay card thing when they changed states? The old one's tied to my Illinois pharmacy.`,
    `{{OTHER|Djokovic}} going gluten free and winning everything is still the only thing my dad understands about my coeliac 😂 "so you'll be good at tennis now?"`,
    `Op update: stoma reversal is booked for {{DATE|28th November}} at {{ORGANIZATION|Royal Stoke}}! Stoma nurse {{PERSON|Bernie}} has been an absolute angel through all of it. Any tips for the first week after reversal? I've heard the bum burn is real 🙈`,
    `Ferritin was 8 so they gave me a Ferinject infusion, 1000mg. Felt human again within a week. If your IBD nurse offers it, say yes. Watch for the phosphate drop though, mine went low.`,
    `Can anyone tell me what this means, got this letter today:

"Dear Miss {{PERSON|Tegan Price}}, NHS number {{ID_NUMBER|${nhsNumber('463118205', '')}}}. You have been referred to {{ORGANIZATION|Glangwili}} for an OGD and duodenal biopsies. Please continue to eat gluten for 6 weeks before your test."

I stopped eating gluten a month ago because it was making me ill 😭 do I really have to start again?`,
    `The Monash FODMAP app is worth every penny. Garlic and onion are my big triggers. Infused olive oil is a lifesaver for cooking, the garlic flavour without the fructans.`,
    `{{PERSON|Tomasz Nowak}} yes!! the dietitian at {{ORGANIZATION|St Mark's}} told me exactly the same about the low residue diet before my stricture dilation. Ask to see her if you're there again, she's brilliant.`,
    `Barrett's oesophagus diagnosed at my last scope, short segment, no dysplasia. On omeprazole 40mg twice a day. Surveillance every 3 years. Anyone else living with it? Trying not to read the scary stats.`,
    `Gutsy Walk is coming up! My team is walking for Crohn's and Colitis Canada in {{LOCATION|Moncton}} and we're at 60% of our goal. Team page: {{URL|gutsywalk.ca/team/meghans-movers}} 💜 Thanks for any support, even a share.`,
    `The lady on the Crohn's & Colitis UK helpline was so helpful, I didn't realise they could help with PIP forms too. Number's 0300 222 5700 if anyone needs it. Honestly ring them, they're lovely.`,
    `I run a small Discord for teens with IBD, it's a safe space to vent and swap tips about school and exams. Add me on Discord, I'm {{HANDLE|gutsy.grace}}, and I'll send you an invite 🙂`,
    `Rinvoq 45mg induction for UC, week 6. Bleeding stopped by day 10, frequency down from 12 to 3. Cholesterol went up a bit and I've had a few spots. Has anyone stayed on 30mg long term?`,
    `Selling unopened Fortisip Compact Protein, 2 boxes of 24, strawberry and banana. Switched to Ensure. £30 the lot, collection from {{LOCATION|Gorseinon}} or I can drop off locally. Email {{EMAIL|rhys.thomas.gsn@gmail.com}}`,
    `Reading "Gut" by {{OTHER|Giulia Enders}} while I wait for my scope. Surprisingly funny for a book about the digestive system. Will report back if I learn anything useful for IBS.`,
    `Mijn IBD-verpleegkundige {{PERSON|Marieke}} at {{ORGANIZATION|Radboudumc}} says I can do the Remsima injections at home now instead of coming in for infusions. Anyone in the Netherlands done the switch? We live in {{LOCATION|Nijmegen}} so the hospital isn't far but my work is.`,
    `Rich food at Christmas absolutely wrecked me last year. This year I'm bringing my own gravy and a gluten free stuffing. My family think I'm being difficult but I'd rather not spend Boxing Day on the loo.`,
    `IBD pen pals!! 💌 I love getting real post. If you want a letter with stickers and bad drawings, mine is {{ADDRESS|88 Linden St, Apt 3B}}, {{LOCATION|Somerville}} MA {{POSTCODE|02143}} — I'll write back, promise. I'm {{AGE|17}} and have UC, birthday's {{DOB|12 June}} if you wanna send a card 😂`,
    `Is it normal for the FIT test to come back positive in IBD even when you feel okay? GP wants to chase the gastro about it, tbh im not that worried but my mum is. I'm in my 40s and they said screening rules are different for us.`,
    `Colonoscopy prep email for anyone curious what they send (US):

"Patient: {{PERSON|Luis Ortega}}
MRN: {{ID_NUMBER|003847261}}
Procedure date: {{DATE|04/09/2025}}
Begin clear liquid diet the day before. Start your first dose of SUTAB at 5 PM."

Does SUTAB taste as bad as the jug stuff?`,
    `IBS-D for 10 years, tried everything. Finally had a breath test and it's SIBO. Rifaximin 550mg three times a day for 2 weeks. Patience is not my thing but fingers crossed.`,
    `Hey fellow gutsy people in {{LOCATION|Perth}} 👋 {{PERSON|Kirra}} and I are organising a picnic for IBD and coeliac folks on Sunday {{DATE|16 March}}, everything gluten free. Text me on {{PHONE|0491 578 148}} to RSVP so we know how much food to bring!`,
    `Gluten free week on Bake Off made me so happy. Finally some recognition that GF baking is an art. Doves Farm GF flour plus a bit of psyllium husk makes a decent loaf by the way.`,
    `Hartmann's procedure 2 years ago after perforated diverticulitis. Never had the reversal. Anyone else decided to keep the bag? I've honestly made my peace with it.`,
  ],
};
