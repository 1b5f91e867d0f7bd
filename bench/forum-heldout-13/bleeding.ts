// Blind held-out drafts: haemophilia, von Willebrand and other bleeding disorders.
import type { DraftGroup } from '../forum-drafts/group';

export const bleeding: DraftGroup = {
  prefix: 'h13-bleeding',
  topic: 'haemophilia, von Willebrand and other bleeding disorders',
  drafts: [
    `anyone else's kid get a lump at the injection site with Hemlibra?? its been there 2 days, not hot not red just a little welt. nurse said its normal in the first month but i cant stop poking at it lol. we went from 3x a week Advate IV to one sub q jab a week and honestly its been life changing for the whole house`,

    `Hi all, new here. Son is {{PERSON|Oisín}}, {{AGE|4}}, severe haem A, diagnosed after a circumcision bleed that nobody would take seriously. We're under {{ORGANIZATION|Crumlin}} and they've been great but the first day at {{ORGANIZATION|Scoil Bhríde}} is coming and I'm terrified. Does anyone send a letter in to the teacher? What did you put in it?`,

    `vWD type 1 here (vWF:Ag 0.38, ristocetin cofactor 0.31 last time). Periods are the worst part honestly. On tranexamic acid 1g three times a day for the first 3 days plus the pill back to back. Ferritin was 9 at my last bloods so iron infusion booked. Does the Mirena actually help with vW or is it just for normal heavy periods? gyn seemed unsure`,

    `Copying the travel letter our centre gave us in case it helps anyone who needs a template (that's my lad's real details in it, will edit them out later):

"To whom it may concern. {{PERSON|Callum Reid}}, date of birth {{DOB|19/02/2011}}, has severe Haemophilia A (FVIII <1%) and is registered with the {{ORGANIZATION|Newcastle Haemophilia Comprehensive Care Centre}}. He is required to carry factor VIII concentrate, needles and a sharps bin in his hand luggage. Hospital No. {{ID_NUMBER|RVI4471902}}. In an emergency please contact the on-call haematologist via switchboard."

Customs at {{OTHER|Alicante}} never even looked at it but better to have it`,

    `Dentist wants to take out a wisdom tooth and is acting like I'm going to die in the chair 😅 mild haemophilia B (factor IX 22%). Haem team said a dose of BeneFIX before, tranexamic mouthwash after for 5 days and no NSAIDs. Did anyone have it done in a normal practice or did they send you to the dental hospital?`,

    `@{{PERSON|Deirdre}} the nurse who sorted my home delivery is {{PERSON|Niamh}}, her direct line is {{PHONE|087 214 6630}}, just say you're one of hers from the Tuesday clinic. she'll get the fridge sorted for you x`,

    `Will prophy on the morning of football be enough or do people dose the night before as well? He's on Elocta every 4 days and the PK said his trough is around 2%. Coach is decent but I'd rather not have him sitting out every match. Rugby was a hard no from the haematologist, football he's ok with`,

    `port came out on {{DATE|14 March}} after the second line infection in a year, so that's that. {{PERSON|Aidan}} is now learning to do his own veins at {{AGE|11}} which he hates but he's getting there. If anyone near {{LOCATION|Ballymena}} wants to meet up for the kids to practise together message me, it helps them to see other kids doing it`,

    `Quick q on half-life products. Switched from Advate to Esperoct and the trough levels are way higher but the team keep saying "depends on your PK". What does a normal PK curve look like? Mine has the peak at 98% at 15 minutes and it drops to around 5% by day 4. Is that decent for an extended half-life?`,

    `Posting for my husband who won't do it himself. He's on Hemlibra through our HTC and the specialty pharmacy keeps bouncing the refill because the insurance ({{OTHER|Aetna}}) wants prior auth AGAIN. His member ID is {{ID_NUMBER|W284471936}} if anyone from the pharmacy side in here knows what code they're stuck on. We're in {{LOCATION|Toledo}}, {{POSTCODE|43614}}. Sorry if this is the wrong place to ask`,

    `Hope this helps someone: the Haemophilia Society has a free "I have a bleeding disorder" card you can keep in your wallet and they sent me a second one for my work bag. Also the WFH has a passport style booklet for travel. Neither costs anything`,

    `for anyone who wants to see what a real kid's life with severe haem B looks like we post on insta as {{HANDLE|@factornine_and_fishfingers}} - mostly school runs, infusions at the kitchen table and our cat. no sponsorships, just us`,

    `Glanzmann thrombasthenia here, so not haemophilia but the groups for rare platelet disorders are tiny. Anyone had NovoSeven for surgery? Bernard-Soulier folks welcome too. Had platelets for my C-section and ended up with antibodies, so the team is now talking about rFVIIa for everything`,

    `Our centre switched us to a new product and we have 14 unopened boxes of the old FVIII sitting in the fridge, in date until next year. Don't want it going in the bin. Is there a charity that takes it? You can email me at {{EMAIL|jo.mcateer77@gmail.com}} if you know who to contact, I'll pay the courier`,

    `My saving grace this winter has been the heated pad and the physio exercises for the left ankle. It's my target joint and it bled three times between October and January. Team upped me to prophy every 2nd day. Anyone else's knees and ankles get worse in the cold or is that an old wives tale?`,

    `Tomorrow is a big day, our little man was born on {{DOB|2 June 2015}} and is finally getting to go on the Haemophilia Society camp. He's never been away from us a single night. First time he'll do his own factor without me in the room. Mums of older boys, how did you cope?? x`,

    `Fun fact I learned today, haemophilia B is called Christmas disease because the first patient described was a boy called {{OTHER|Stephen Christmas}} in 1952 — nothing to do with the holidays. My daughter thought it meant she could only bleed in December 🙃`,

    `Pasting our Medicare details for the Hemlibra form because the portal keeps rejecting it and I'm losing my mind - is this the right format?
Name: {{PERSON|Lachlan Price}}
Medicare: {{ID_NUMBER|4182 73654 1}}
Address: {{ADDRESS|27 Wattle Grove}}, {{LOCATION|Mount Gravatt}} QLD {{POSTCODE|4122}}
ph {{PHONE|0412 338 917}}
(yes I know, I'll delete this in 10 min)`,

    `The mark on his shin is a bruise from the coffee table, not a mystery. Had a teacher call the school nurse because "a lot of bruising". I get why they check, I really do, but after the 4th time this term I'm exhausted. What do you give school so they understand?`,

    `hey everyone, {{PERSON|Priya}} here, mum to {{PERSON|Arjun}} ({{AGE|9}}, moderate haem A). we just moved to {{LOCATION|Mississauga}} and were transferred to {{ORGANIZATION|SickKids}} hemophilia clinic. if there are any families around {{POSTCODE|L5M 4Z5}} who want to do a playdate, text {{PHONE|416.903.5527}}, would love for him to know other kids like him`,

    `Joint bleed or muscle bleed, how do you tell the difference at 2am? Last night his calf was swollen and tight but he could move the knee fine. Gave a dose of 50 IU/kg and it settled by morning. Haem said next time ring the on call line rather than guess, which fair enough`,

    `We've set up a page to raise money for the haemophilia ward that looked after {{PERSON|Teddy}} after his brain bleed last year, every penny goes to the play team: {{URL|https://www.justgiving.com/fundraising/teddys-factor-fund}} 💙 thank you for reading`,

    `Going through airport security with factor and a sharps bin - to be frank it's always been fine for us. Keep it in hand luggage with the letter, cool pack is allowed if you tell them. Only had an issue once with a frozen gel pack that had thawed a bit. Take spare batteries for the fridge bag too`,

    `They sent the clinic letter to my old address so here it is, I need to ring up and change it anyway:

"Re: {{PERSON|Emma Thorne}}, NHS No {{ID_NUMBER|483 920 1757}}, {{ADDRESS|Flat 3, 41 Cardigan Road}}, {{LOCATION|Leeds}} {{POSTCODE|LS6 3BG}}. Diagnosis: von Willebrand disease type 2A. Plan: DDAVP trial at the next appointment."

Does the DDAVP trial hurt? I'm told it makes your face go red`,

    `Gene therapy: anyone in the UK actually had Hemgenix or Roctavian outside a trial? We were offered a consult but the liver monitoring sounds intense, weekly bloods for months. Would love to hear from people who did it and whether the factor levels held up`,

    `Reply to the thread about {{OTHER|Tsarevich Alexei}} — yeah, {{OTHER|Queen Victoria}} was a carrier and it went through the royal families of Europe. Always interests me that carriers were ignored for so long when loads of us have low levels and bleed. Carrier with FVIII of 0.41 here and I had a PPH after both births`,

    `replying to {{PERSON|Shaz}} above — get them to do the levels on day 1-3 of your period, ours told us vWF rises with stress and the pill so a "normal" result when you're anxious means nothing. i was tested 3 times before type 1 showed up. also my gyn at {{ORGANIZATION|Rotunda}} was the first one who took it seriously, ask to be referred there if ur in {{OTHER|Dublin}}`,
  ],
};
