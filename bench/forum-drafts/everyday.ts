import type { DraftGroup } from './group';

/** Mixed groups: run-on posts, lowercase, non-UK voices and tricky look-alikes. */
export const everyday: DraftGroup = {
  prefix: 'mix',
  topic: 'Mixed condition groups: run-on posts, lowercase, EU and North American voices',
  drafts: [
    `Dr Google strikes again 🙃 read that my symptoms could be Cushing's or Addison's and spent all night panicking. Endo appointment is next month so I'll ask then.`,
    `sorry this is long but i dont know where else to turn my name is {{PERSON|kelly anne ward}} im {{AGE|39}} and i live in {{LOCATION|wigan}} with my 2 kids and i have lupus and fibro and my gp at {{ORGANIZATION|pemberton surgery}} just keeps saying its stress and i cant cope anymore`,
    `NHS page for Crohn's if anyone needs it: https://www.nhs.uk/conditions/crohns-disease/ and NICE guidance NG129. Both really clear.`,
    `Groetjes from {{LOCATION|Utrecht}}! {{AGE|45}}, Dutch, MS since 2015. My neuroloog at the {{ORGANIZATION|UMC Utrecht}} wants me on Ocrevus. Anyone from NL here? WhatsApp {{PHONE|+31 6 12345678}}`,
    `Anyone know if the Freestyle Libre 3 works with Apple Watch? Also, is it true the NHS is switching everyone to Dexcom One+? Will ask my DSN on Wednesday.`,
    `Happy birthday to my beautiful girl {{PERSON|Lily-Mae}} who turns {{AGE|8}} today 🎂 born {{DOB|12 June 2016}} at {{ORGANIZATION|Wythenshawe}}, 10 weeks early, and now a type 1 warrior 💙`,
    `Hope, faith and a lot of Oramorph got me through last night 😅 Joy of joys, the pharmacy had my Targinact in stock for once.`,
    `If anyone wants to send a card to my nan she's in {{ORGANIZATION|Sunrise of Westbourne}} care home, {{ADDRESS|12 Poole Road}}, {{LOCATION|Bournemouth}} {{POSTCODE|BH4 9DW}}, name {{PERSON|Edna Hollis}}, she'd love it ❤️`,
    `Question for the US folks: is it normal to pay $600 for a month of Xarelto with insurance? GoodRx coupon brought it to $480. Still insane. Called 211 and they gave me a list of programs.`,
    `Looking for people in {{LOCATION|Kilkenny}} with fibro for a walking group (slow!). Message me on here or ring {{PHONE|087 924 1183}}, {{PERSON|Mags}} 🙂`,
    `Rant: the pharmacy gave me 28 tablets instead of 56 AGAIN. Sertraline 50mg twice a day is not that hard. Sue me for being grumpy 😤`,
    `I'm a nurse at {{ORGANIZATION|Vancouver General}} and I have Crohn's. If any of you get admitted to our ward and want a friendly face, ask for {{PERSON|Jas}} 😊`,
    `Week 3 on Rinvoq. Bloods on Monday: ALT 45, cholesterol 6.1. Rheum nurse says keep going. Holly the cat has decided my heat pad is hers now.`,
    `my consultant rang me at 8pm from {{PHONE|(614) 555-0183}} and I missed it 😭 does anyone know if that's the {{ORGANIZATION|OSU Wexner}} GI line? I'm {{AGE|50}}, in {{LOCATION|Columbus}}`,
    `Is Ozempic still out of stock everywhere in Australia? Chemist said maybe next month. Called the Diabetes Australia line and they said try Trulicity meanwhile.`,
    `Found my old school friend on here, hi {{PERSON|Shauna Delaney}}!! 👋 we were both at {{ORGANIZATION|Loreto Bray}} and now both have MS, what are the odds`,
    `Temps here hit 38 today and my MS went haywire. Cold shower, frozen peas on the neck, sat in front of the air con. Summer in Queensland is brutal for us.`,
    `Can anyone recommend a GP near {{POSTCODE|M20 4RT}}? Just moved and the old practice ({{ORGANIZATION|Brook Lane Surgery}}) won't keep me. Have ME and need someone understanding. {{PERSON|Liv}}`,
    `Anyone been on a biologic and travelled long haul? Flying to Canada in August for my sister's wedding. Humira pens need to stay cold for 14 hours 😬`,
    `Twitter friends, I'm at {{HANDLE|@chronicallycait}} and my Bluesky is {{HANDLE|cait-writes.bsky.social}} — I write about disability benefits. {{AGE|32}}, {{LOCATION|Belfast}}.`,
  ],
};
