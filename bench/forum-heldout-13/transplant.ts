// Blind held-out drafts: organ transplant recipients and people on waiting lists.
import type { DraftGroup } from '../forum-drafts/group';

export const transplant: DraftGroup = {
  prefix: 'h13-transplant',
  topic: 'organ transplant recipients and people on the waiting list',
  drafts: [
    `Tac level came back 11.2 this morning, target is 6-8 now I'm past the first year. Team dropped me from 3mg to 2.5mg twice a day. Anyone else get the shakes and headaches when it runs high? Also I swear I had half a grapefruit at a buffet last week without thinking, could that do it 10 days later?`,

    `GOT THE CALL!!! 2:14am on {{DATE|3rd November}}, pager went off and I genuinely thought it was the smoke alarm 😂 Coordinator {{PERSON|Marcy}} was so calm. I'm writing this from the ward at {{ORGANIZATION|Freeman}}, new kidney and pancreas working, sugars normal for the first time in 22 years. Thank you to the donor family, I'll never know you but I think about you every hour`,

    `Creatinine went from 110 to 142 in a fortnight and now they want a biopsy. Trying not to panic. Last time it was "borderline changes" on the Banff score and a few days of IV steroids sorted it. How long did you wait for your biopsy results?`,

    `Writing my letter to my donor's family and I'm stuck on how much to say. This is my draft so far, is it too much??

"Dear donor family, my name is {{PERSON|Graham}} and I'm {{AGE|58}}. I live in {{LOCATION|Kirkcaldy}} with my wife {{PERSON|Moira}} and our two dogs. Because of your loved one I walked my daughter down the aisle in the summer."

the coordinator said no surnames or town but I want them to know it's a real person`,

    `Reminder that tacrolimus + sun = skin cancer risk way higher than normal. Derm check every year, factor 50 every day even in cloudy weather. I ignored it for 8 years and had two squamous cells cut off my ears. The bill for the Mohs surgery alone would've paid for a lot of sunscreen`,

    `Filling out the SSDI paperwork again after my liver transplant and this is what I'm about to send, can someone who's done it tell me if I'm missing anything:
Name: {{PERSON|Dolores Quintana}}
SSN: {{ID_NUMBER|412-68-3390}}
Transplant center: {{ORGANIZATION|UCSF}}
Date of transplant: {{DATE|08/19/2023}}
Phone: {{PHONE|(503) 241-8862}}
They denied me the first time saying I "should be able to work" 9 months post op`,

    `CellCept wrecked my stomach for months. Switched to Myfortic (the enteric coated one) and it's been a lot better. If you're on 1000mg twice a day and living on the toilet, ask about it, nobody offered it to me until I asked`,

    `My big sister {{PERSON|Rach}} gave me her kidney 5 weeks ago. she's {{AGE|41}} and I'm {{AGE|37}} so I'm calling it my big sister kidney lol. Brain fog from the meds is real. We were both done at {{ORGANIZATION|Guy's}} on the same morning and she was up walking before me, typical`,

    `Lung tx recipient (CF) here, 4 years out. People ask if I ever stop being scared of rejection and honestly no, but it gets quieter. Spirometry at home every morning, FEV1 sitting around 82%. Hope is a weird thing when you've been on the list, you learn to hold it loosely`,

    `Looking for people in the paired kidney exchange who'd be happy to chat about what it was actually like. My husband isn't a match for me but could go into the swap. Email {{EMAIL|kemi.adeyemi.tx@outlook.com}} or ring {{PHONE|0161 496 0732}} evenings, I'm so nervous about asking him to do this`,

    `Vaccines post transplant: no live ones (so no MMR, yellow fever, the old shingles one). Shingrix is fine because it's not live. Flu jab every year and the covid boosters when offered. The NHS green book has a whole chapter on immunosuppressed people if you want the source`,

    `Made a little account to show what life after a heart transplant looks like because all I could find when I was listed was scary stuff. TikTok is {{HANDLE|@newheart_oldsoul}}, posting my daily meds and walks. be kind 🫶`,

    `BK virus at 4 months — viral load 12,000 copies. They've cut my mycophenolate in half and are watching it. CMV was negative, thank god, valganciclovir prophylaxis finished in the spring. Anyone had BK clear on its own with lower immunosuppression?`,

    `Letter from clinic, pasting the top because I can't read my consultant's handwriting on the bottom bit anyway:

"Mr {{PERSON|Duncan Fraser}} CHI {{ID_NUMBER|1403872619}}
{{ADDRESS|12 Lochview Crescent}}, {{LOCATION|Dunfermline}} {{POSTCODE|KY11 4RW}}
Renal transplant clinic review: tacrolimus trough 7.1, creatinine 128, eGFR 51."

Is 51 good for 2 years post?`,

    `Our transplant clinic has more eponyms than patients I swear. Alport syndrome, Goodpasture's, Wilson's disease, Budd-Chiari, all in one waiting room on Thursday. Anyway does anyone with Alport's have hearing aids too? Trying to find out if the hearing loss gets worse after transplant`,

    `today is my {{DATE|12th of April}} kidneyversary 🎉 6 years!! and the funny thing is my actual birthday is {{DOB|14 April 1986}} so I get two cakes in one week every year. to anyone still on the list waiting: hold on`,

    `Someone asked about famous transplant recipients in the earlier post — {{OTHER|Selena Gomez}} had a kidney from her friend {{OTHER|Francia Raisa}}, and {{OTHER|Steve Jobs}} had a liver. Doesn't make the waiting easier but it helps me explain it to my kids`,

    `Mods please delete if not allowed, I just need help with the Trillium form for anti-rejection meds. Ontario health card {{ID_NUMBER|7358 201 940}}, household is me and my son, I'm off work since the transplant. Does Trillium count the ODSP income? We're in {{LOCATION|Sudbury}} if it matters for the office`,

    `Gardening after transplant: gloves, always. Mask when you open compost or bags of soil (aspergillus). I also don't clean the bird feeder any more, husband does it. I'm a jack of all trades in the garden otherwise and didn't want to give it up`,

    `Anyone waiting on a liver at {{ORGANIZATION|St Vincent's}}? I'm on the list since January, MELD is 24. I'd love a coffee with someone going through it, I'm around {{LOCATION|Blackrock}}, {{POSTCODE|A94 E2K7}}. Text me on {{PHONE|+353 86 552 1904}}, no pressure at all`,

    `Six years on haemodialysis before my transplant, 3 times a week, 4 hours a pop. Fistula is still there and still buzzing. Does anyone know if they ever tie them off? Mine is huge and people stare at my arm`,

    `cross posting from reddit where I'm {{HANDLE|u/pancreas_plus_one}}, anyone else on belatacept infusions instead of tac? once a month drip and no more tremor, but the PTLD warnings scared me`,

    `The pager rules from our unit for people who are newly listed: phone charged, bag packed, don't leave the 2 hour radius without telling them, no alcohol. Had two dry runs before the real one, you get to the hospital and the organ isn't suitable. Brutal but apparently very common`,

    `Going back to work on a phased return at the {{LOCATION|Halifax}} branch of {{ORGANIZATION|Nationwide}} after my heart transplant and HR want a letter. I'm {{AGE|44}}, counter job, lots of people coughing at me all day. Anyone negotiated a screen or mask rule with their employer? I'm {{PERSON|Naveed}} btw, don't think I've posted before`,

    `Heart transplant 7 years ago next month. I do a cardiac biopsy once a year now instead of every week like the start. Travelled abroad for the first time since, took all meds in hand luggage plus a week spare, no issues at all`,

    `I've been writing about the whole thing, from listing to the ward to now, mostly so my mum can follow it without me repeating myself: {{URL|https://tamsinwaitsforlungs.wordpress.com}} — the latest is about my first time back in the sea`,

    `Advagraf vs Prograf — I moved to the once daily one because I kept forgetting the evening dose. Levels were more stable after a few weeks of fiddling. Just make sure the pharmacy doesn't swap brands on you, every brand change needs a level check`,
  ],
};
