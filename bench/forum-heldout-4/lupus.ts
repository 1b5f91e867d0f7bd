import type { DraftGroup } from '../forum-drafts/group';

/** Lupus, Sjögren's, scleroderma and mixed connective tissue disease groups. */
export const lupus: DraftGroup = {
  prefix: 'h4-lupus',
  topic: "Lupus and connective tissue disease: SLE, Sjögren's, scleroderma, MCTD, UCTD",
  drafts: [
    `Does anyone else get the butterfly rash worse after the school run in the sun? Factor 50 every single day and still. Plaquenil 200mg twice a day, ANA was 1:640 speckled at diagnosis. Hope everyone's having a gentle Sunday x`,
    `{{AGE|29F}}, just diagnosed with SLE after 4 years of being told it was anxiety. Rheum at {{ORGANIZATION|Mass General}} (Dr {{PERSON|Okonkwo-Reyes}}) finally ran anti-dsDNA and it came back at 310. I'm a 2nd grade teacher in {{LOCATION|Somerville}} and honestly have no idea how to tell my principal. Any teachers here??`,
    `Sjögren's question: do the Biotène sprays actually do anything? My dentist said try xylitol lozenges. Also my Schirmer's test was 3mm in both eyes which apparently is "very dry" lol. May try the punctal plugs next.`,
    `Welcome {{PERSON|Rachael}} 💜 I was exactly where you are in 2016, scared stiff and googling everything at 3am. It does get better once the meds kick in. I'm in {{LOCATION|Leeds}} and the lupus clinic at {{ORGANIZATION|Chapel Allerton}} has been brilliant for me, ask to be seen by Prof {{PERSON|Kaur}}'s team if you can. Happy to chat any time, my number is {{PHONE|07700 900563}}.

Love, {{PERSON|Bernie}} x`,
    `PSA: NICE and the Royal College of Ophthalmologists have guidance on hydroxychloroquine eye screening, baseline in the first year then yearly after 5 years (sooner on higher doses). LUPUS UK has a good leaflet on it. Ring 111 if you get sudden vision changes, don't wait for your rheum.`,
    `ok so update from my rheum appt on {{DATE|9th of october}}. kidney biopsy booked for {{DATE|22/10}} at {{ORGANIZATION|beaumont}}, class III or IV nephritis they think. mam is driving me up from {{LOCATION|tullamore}} the night before. terrified tbh`,
    `Raynaud's is BRUTAL this week ❄️ fingers went white then blue in the Tesco freezer aisle. Nifedipine 10mg not touching it. Heated gloves off Amazon are the only thing helping. Has anyone tried sildenafil for it?`,
    `Got my letter today, pasting it so I remember what to ask:

"Dear Ms {{PERSON|Adeyemi}},
Re: DOB {{DOB|14/03/1981}}, NHS No. {{ID_NUMBER|485 777 3023}}
You have been referred to the Scleroderma Service at the {{ORGANIZATION|Royal Free Hospital}}. Your appointment is on {{DATE|Thursday 4 December}} at 10:40."

Has anyone been? What's the capillaroscopy like, does it hurt?`,
    `Hello all, long time lurker. Mixed connective tissue disease here, in my 40s, diagnosed after years of "it's just wear and tear". Anti-U1 RNP strongly positive. On methotrexate 15mg weekly plus folic acid 5mg. Will post an update after my echo next week.`,
    `G'day all, {{PERSON|Tash}} here, {{AGE|38}}, from {{LOCATION|Toowoomba}}. Lupus + APS, on warfarin (INR target 2.5–3.5 which is a nightmare to keep). My rheumy at {{ORGANIZATION|St Andrew's}} wants me to see a haematologist too. Anyone local want to start a coffee catch up? Text me {{PHONE|0491 570 218}} 😊`,
    `Seeing {{OTHER|Selena Gomez}} talk about her lupus and kidney transplant honestly made me cry. Nice to feel seen for once. Didn't {{OTHER|Toni Braxton}} say she has it too? Anyway, kettle's on ☕`,
    `Does anyone have experience with Benlysta autoinjectors vs the infusion? My insurance ({{OTHER|Aetna}}) only covers the infusion at {{ORGANIZATION|Cedars}} and it takes my whole day. If anyone wants to compare notes, email me {{EMAIL|dana.whitlock.sle@gmail.com}} — {{PERSON|Dana}}, {{AGE|44}}`,
    `Flare diary week 6:
Mon – fatigue 8/10
Tue – joints 6/10
Wed – mouth ulcers
Thu – prednisolone back up to 20mg
Fri – C3 0.62, C4 0.08, ESR 48
Grace under pressure I am not 😂`,
    `Hi everyone, my name is {{PERSON|Agnieszka Wróbel}}, I am from Poland but live in {{LOCATION|Drogheda}} 8 years now. I have lupus and now also Sjögren. I work nights in the {{ORGANIZATION|Lidl}} distribution centre and the shifts are killing me. Does anyone know if I can get the medical card for this? My PPS is {{ID_NUMBER|8426195N}} if that matters for the form? Sorry for my english`,
    `Weather in Ireland is playing havoc with my joints. Mayo, Galway, the whole west has been lashing for a week. Does anyone find the cold worse than the damp? Hydroxychloroquine + naproxen + hot water bottle gang 🙋‍♀️`,
    `Our lupus coffee morning is back! 🌸 {{DATE|Saturday 15th March}}, 10.30–12, in the church hall at {{ADDRESS|41 Mill Road}}, {{LOCATION|Ballymena}} {{POSTCODE|BT43 5AF}}. Tea, traybakes and no judgement if you need to leave early. Ring me ({{PERSON|Heather}}) on {{PHONE|028 9649 6230}} for directions.`,
    `Anyone else's ANA flip between positive and negative? Mine was 1:160 homogeneous in January, negative in June. Rheum says it doesn't matter clinically. The bill from the private lab was £180 for that 🙄`,
    `Hi from {{LOCATION|Halifax}}! {{AGE|52}} and newly diagnosed with limited scleroderma (CREST). My rheumatologist Dr {{PERSON|Nguyen}} at the {{ORGANIZATION|QEII}} says the wait for the GI clinic is 14 months 😩 Is that normal for Nova Scotia? They've lost my referral twice even though I gave them my health card number ({{ID_NUMBER|0047 382 915}}) both times.`,
    `Lupus fog moment: put my phone in the fridge and the butter in my handbag. Then rang 999 by accident trying to unlock the screen 🤦‍♀️ Apologised profusely to the lovely operator. How's everyone else's Tuesday going`,
    `If anyone wants to join the Sjögren's WhatsApp group for over 50s, DM me or find me on Insta {{HANDLE|@drymouth_diaries}}. We have members from {{OTHER|Cardiff}} to {{OTHER|Carlisle}} now 😊 {{PERSON|Glenys}}`,
    `Tip for newbies: keep a symptom log and take photos of rashes when they happen, they're always gone by the appointment. The Lupus Foundation of America has a free printable tracker and Versus Arthritis has one too. Makes rheum appointments so much easier.`,
    `Kia ora koutou. Ko {{PERSON|Aroha Te Whata}} tōku ingoa. {{AGE|33}}, lupus nephritis, living in {{LOCATION|Rotorua}}. My renal nurse {{PERSON|Mereana}} is amazing but the drive to {{ORGANIZATION|Waikato Hospital}} every fortnight is rough on the body. Anyone else doing that drive?`,
    `Does anyone know if Sjogren's counts for PIP? Citizens Advice said ring the DWP helpline but I've been on hold for 50 mins. Mark my words I'll still be on hold at Christmas.`,
    `Throwaway bc my sister follows my main. {{AGE|26F}}, possible UCTD. My PCP at {{ORGANIZATION|Kaiser Roseville}} kept putting it off but I finally have a rheum appt on {{DATE|Nov 18}}. What should I bring?? Also my mom ({{PERSON|Linda}}) keeps sending me essential oil stuff lol pls send help`,
    `Eponyms I've learned since diagnosis: Raynaud's, Sjögren's, Libman-Sacks, Jaccoud's arthropathy, Hughes syndrome. My brain is a medical dictionary now and I still can't remember where I left my keys 🙃`,
  ],
};
