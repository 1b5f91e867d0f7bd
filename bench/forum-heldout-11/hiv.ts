// Living with HIV, written blind for the eleventh held-out set: diagnosis, daily meds, long-acting
// injections, telling partners and family, stigma at work and the dentist, U=U.
import type { DraftGroup } from '../forum-drafts/group';

export const hiv: DraftGroup = {
  prefix: 'h11-hiv',
  topic: 'living with HIV: diagnosis, Biktarvy and injectables, disclosure to family and partners, stigma, U=U',
  drafts: [
    "6 month bloods back today 🙌 undetectable (<20 copies) and CD4 712, up from 540. been on Biktarvy since diagnosis and the only side effect was weird dreams the first fortnight. if your partner is scared please show them the U=U stuff from the Terrence Higgins Trust, it changed everything for us",
    `told {{PERSON|marcus}} last night. three years together and i finally said the words. he went quiet, went for a walk round the block, came back and asked what my viral load was lol. apparently he'd googled U=U on the walk. i'm still shaking a bit. thank you to everyone here esp {{PERSON|Femi}} who messaged me every day this week

— {{PERSON|Jamal}}`,
    "Will the injection site pain get better? Had my third lot of Vocabria + Rekambys (cabotegravir/rilpivirine, every 2 months) and both cheeks are like rocks for 3 days after. nurse says warm compress and walk about. anyone found anything else that helps",
    `Copying the letter because I don't understand half of it:

"Dear Mr {{PERSON|Okonkwo}},
Re: {{PERSON|Chidi Okonkwo}}, DOB {{DOB|03/02/1979}}, Hosp No {{ID_NUMBER|RQ6449812}}
NHS No {{ID_NUMBER|729 104 3867}}
Your HLA-B*5701 result is negative and your resistance test showed no major mutations. We plan to start Biktarvy at your next visit on {{DATE|14/10/2025}} at the {{ORGANIZATION|Wellbrook Centre}}, {{ORGANIZATION|Royal Eastfield Hospital}}."

Is the HLA thing bad??`,
    "the dentist. the DENTIST. put two pairs of gloves on and booked me last slot of the day 'for cleaning reasons'. I'm undetectable. I know I can complain to the practice manager and the GDC but I'm just tired. NAM aidsmap has a factsheet on dental care rights if anyone else needs it",
    "hey all. {{AGE|26M}}, diagnosed 2 weeks ago, still kind of numb. I'm in {{LOCATION|Columbus}} and my case manager at {{ORGANIZATION|Equitas}} (shoutout {{PERSON|Tanya}}) is helping me with the {{OTHER|Ryan White}} / ADAP paperwork. the form wants a copy of my social and I'm paranoid about emailing it. is {{ID_NUMBER|512-44-8193}} going to sit in someone's inbox forever? sorry if dumb question",
    "My mum's only idea of HIV is {{OTHER|Freddie Mercury}} and those tombstone adverts from the 80s. Any good leaflets for older parents? Something short, big print, that says you can live a normal lifespan now. She won't read a website.",
    "Ah lads. Switched clinic to the {{ORGANIZATION|GUIDE}} in {{ORGANIZATION|St James's}} after moving up from {{LOCATION|Ennis}}. Pharmacy will post the meds to the flat but they want the Eircode and I'm sharing with two lads who don't know. Is {{POSTCODE|D08 K4R9}} going to be on the outside of the parcel with the pharmacy name?? Anyone had the packaging give it away",
    "Dovato vs Triumeq vs Biktarvy for weight — mark my words the weight gain on the integrase ones is real. 6kg in a year. consultant says it's partly 'return to health' and partly the drug class. anyone switched to doravirine (Pifeltro/Delstrigo) and lost it?",
    "for anyone newly diagnosed and scared, I make short videos about daily life on meds, no preaching, just me taking a pill and making toast basically 😂 tiktok {{HANDLE|undetectable.dan}} and same name on insta. you're not alone x",
    "long term survivor here, diagnosed back when it was AZT and a lot of funerals. the facial lipoatrophy from d4T never went away. Sculptra helped a bit. for the young ones: what you have now is a different illness. be kind to yourselves.",
    "G'day, anyone else get their ARVs from the hospital pharmacy at {{ORGANIZATION|Royal Prince Alfred}}? they've moved me to community dispensing and the chemist in {{LOCATION|Marrickville}} wants my Medicare number on a form that sits on the counter, literally could see everyone else's. mine's {{ID_NUMBER|2953 71846 1}} and I don't love it sitting there. who do I ring",
    "Question about PrEP for my partner (I'm poz, undetectable). Does he even need it if I'm U=U? our clinic nurse said it's his choice, some couples use it for peace of mind. BHIVA guidelines say no transmission risk under 200 copies. Hope this helps anyone else wondering",
    "@{{PERSON|Rowan Teague}} yes the peer mentor scheme is great, they matched me with someone my age within a fortnight. if you want to chat before you sign up email me {{EMAIL|r.ashdown.hollis@outlook.com}} happy to tell you how the first meeting went",
    "Sat in the car park for 20 min before my appointment today. Same fear every 6 months even though it's been fine for 9 years. Anyone else get scanxiety but for bloods? Viral load, creatinine, liver, lipids all fine btw. Just my brain. If it ever gets too much at night, Samaritans are on 116 123.",
    "Do I have to tell occupational health? Starting as a healthcare assistant at {{ORGANIZATION|Pinewood Lodge}} care home next month and the form has a box 'any blood-borne virus'. I'm undetectable on Biktarvy. My GP Dr {{PERSON|Sandhu}} says I don't have to for HCA work but the form also wants my NI ({{ID_NUMBER|JM 48 27 19 D}}) right next to that box and it feels like a trap",
    "What do you all say when someone asks what the pills are? I just say 'vitamins' but my flatmate is getting suspicious. Thinking of a weekly pill box so the bottle stays in a drawer. Also the Biktarvy bottle rattles like crazy lol",
    "Hi from {{LOCATION|Halifax}}! Pharmacare question. I'm {{AGE|41}}, just moved from Ontario, and my old OHIP number {{ID_NUMBER|4532-281-947-KT}} is apparently useless here until MSI kicks in. Three month wait. My old clinic in {{LOCATION|Hamilton}} gave me 90 days supply but that runs out {{DATE|Nov 28}}. If anyone's done this and doesn't mind a text, I'm on {{PHONE|+1 902 455 3187}}",
    "Is it normal for a new HIV consultant to want to change a regimen that's working? I've been stable through Atripla, then Eviplera, now Odefsey and she wants me on something 'more modern'. Frank question: can I just say no?",
    "Hello from Germany, my English is not so good. I am {{PERSON|Tobias}}, {{AGE|33}} years, living in {{LOCATION|Köln}}. I get diagnose in summer. My doctor is Dr. {{PERSON|Wendtland}} in the {{ORGANIZATION|Praxis am Ebertplatz}}. She say I must not tell my employer. Is this same in UK? You can write me on {{PHONE|+49 1522 3847160}} by WhatsApp also",
    "PSA for anyone starting Cabenuva in the US: the copay card from ViiV covers a lot but check whether your insurance bills it as medical or pharmacy benefit. Mine went through medical and the card didn't apply. Cost me 3 phone calls and a lot of hold music. 211 can point you to local help too",
    "long post sorry. diagnosed 2016, partner at the time left, lost the flat, the whole thing. rebuilt slowly. last year met someone lovely who knew from the first date because I'm done hiding. we're getting married in the spring!! anyway the reason I'm posting is the venue asked for emergency contact and medical info and I froze. ended up writing 'ask {{PERSON|Bernadette}}' (my sister) lol. she'll kill me. {{PERSON|ciaran}} x",
    "anyone tried the long acting lenacapavir? I know it's mostly PrEP (Sunlenca / Yeztugo in the US) but wondering about treatment. May be a few years away here. reading the NICE page and it's all 'under evaluation'.",
    "Rang the clinic about my missing results, they asked for my clinic number, I gave it ({{ID_NUMBER|GU-77215}}), then they said they had no record of the {{DATE|3rd September}} bloods at all. so it's a redo. third time this year they've lost them. sorry just needed to vent somewhere that gets it",
    "Re the stigma thread: I volunteer with a peer support line now. 15 years positive. The single biggest thing that helped me was hearing 'you can't pass it on'. {{OTHER|Elton John}}'s foundation, {{OTHER|Prince Harry}} doing the test on camera, fine, the big names help with funding, but it's the peer stuff that saves lives.",
    "Doing the London to Brighton cycle for the charity that got me through my first year. If anyone can spare a quid: {{URL|justgiving.com/page/lewis-ferrand-l2b}} 🚴 I'm also happy to answer questions about starting meds in DMs",
    "Swapped to Biktarvy from Genvoya. First week insomnia and vivid dreams, by week 3 fine. Taking it in the morning not at night was the tip that fixed it. Don't take it at the same time as Gaviscon or iron tablets — the pharmacist said a 2 hour gap.",
  ],
};
