import type { DraftGroup } from './group';

/**
 * Kinds of weakness the tenth held-out set showed once it was read: replies that open with an
 * unlisted name and "I'm" or a word of affection from another language, two names thanked
 * together, lower-case names said with affection, "Baby <name>", ages written in words, a
 * baby's age after "Baby's", month/day dates after "hearing is", account names after "search"
 * or "on there", "<town> mum here", "out past <town>", Australian street abbreviations with a
 * postcode, towns known by a shorter name, and adverbs or clinic words that are not names.
 * Then kinds still missed across all read sets: a bare postcode after "anyone near", a ZIP in
 * brackets after the town, a suburb of ordinary words before its postcode, "<Name>, born <date>"
 * and "<Name> here,"; towns by their everyday names; the addressee before a house number; a
 * birthday "today"; a lower-case name after "hey"/"hiya". New sentences, not copies.
 */
export const repliesAndWords: DraftGroup = {
  prefix: 'reply',
  topic: 'Reply openers, ages in words, short dates, handles on there, town-here intros, street abbreviations',
  drafts: [
    `{{PERSON|Teuila}} I've had the exact same letter from the pain clinic, ring them and push.`,
    `{{PERSON|Anjali}} didi thank you, the turmeric milk actually helped me sleep.`,
    `{{PERSON|Ruairí}} and {{PERSON|Will}}, thank you both for driving me to the infusion.`,
    `{{PERSON|priya}} hun don't apologise, we've all been there x`,
    `Baby {{PERSON|Eilidh}} is {{AGE|5 weeks}} and I'm already back on the methotrexate question.`,
    `My son's {{AGE|twelve}} and already sick of injections.`,
    `Our {{PERSON|Tomasz}} turned {{AGE|nine}} today and asked for a cake shaped like a kidney 😂`,
    `Baby's {{AGE|6 weeks old}} and the health visitor keeps asking about my meds.`,
    `PIP assessment is {{DATE|9/14}} at the centre, wish me luck.`,
    `Look up my knitting channel, search {{HANDLE|purlsandpills}} on YouTube.`,
    `I added you on Instagram earlier, I'm {{HANDLE|bex.spoons.88}} on there.`,
    `{{LOCATION|Ballarat}} mum here, newly diagnosed and terrified.`,
    `My parents have a farm out past {{LOCATION|Athlone}} so the drive to clinic is long.`,
    `Post the spare bags to {{ADDRESS|3 Kooringa Cct}}, {{LOCATION|Wagga Wagga}} {{POSTCODE|2650}} if nobody else wants them.`,
    `any good physio near {{LOCATION|hull}}? mine retired`,
    `Sooo I'm finally on the biologic after two years of fighting for it.`,
    `Eponyms I've learned this year: Raynaud's, Sjögren's, Hashimoto's. What a collection.`,
    `She's two weeks late with her period and it's the Mirena, apparently normal.`,
    `He's one of the lucky ones who responded to the first biologic.`,
    `Baby Shark on repeat while I do my injections, it's the only way.`,
    `My pain is 7/10 today, surgery took 3/4 of my energy for the month.`,
    `Search results on YouTube for stoma recipes are hit and miss.`,
    `I'm useless on there, my daughter set the account up.`,
    `Leeds hereford cattle were on the telly, random but I loved it.`,
    `Your appointment with the Colorectal Nurse Specialist has moved, says the text.`,
    `Had the worst night and then the bins got missed. Honestly`,
    `Hepatology and Haematology clinics are on the same corridor, handy.`,
    `Is there a stoma support group anywhere near {{POSTCODE|2480}}? New to all this.`,
    `Anyone near {{POSTCODE|97210}} fancy a coffee and a moan?`,
    `We moved to {{LOCATION|Missoula}} ({{POSTCODE|59801}}) last spring and the new clinic is miles away.`,
    `Drop it at {{ADDRESS|22 Hawthorne Street}}, {{LOCATION|Red Hill}} {{POSTCODE|4059}}, my porch is safe.`,
    `{{PERSON|Aroha}}, born {{DOB|12/09/2024}}, finally home from NICU 💕`,
    `{{PERSON|Tamsin}} here, {{AGE|51}}, newly on the pump and a bit lost.`,
    `My count was near 1500 last time, is that normal after chemo?`,
    `Newbie here, be gentle. Diagnosed with MND in the spring.`,
    `Aussie here, long-time lurker, first post.`,
    `Premature, born at 32 weeks, and she's thriving now.`,
    `Our carers' group meets in {{LOCATION|Tunbridge Wells}} on the first Monday, all welcome.`,
    `Spare catheters can go to {{PERSON|Tevita Fifita}}, {{ADDRESS|9 Rata Street}}, {{LOCATION|Porirua}}.`,
    `It's my daughter's birthday today, {{DOB|14 May}}, and she's stuck on the ward.`,
    `hiya {{PERSON|jack}}, how did the scan go? been thinking of you`,
    `hi will you be at the meet next week? need a lift`,
  ],
};
