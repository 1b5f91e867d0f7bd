import { medicareAu } from '../checksums';
import type { DraftGroup } from './group';

export const diabetes: DraftGroup = {
  prefix: 'dm',
  topic: 'Type 1, type 2 and gestational diabetes groups',
  drafts: [
    `T1D for 20 yrs. New Dexcom G7 keeps failing on day 8, support just tells me to reapply. My endo Dr {{PERSON|Feldman}} at {{ORGANIZATION|Joslin}} says it's common?? I'm in {{LOCATION|Brookline}} if anyone knows a better clinic`,
    `HbA1c came back 64 😭 was 52 in the spring. Upped metformin to 1g twice a day. Anyone else find Ozempic helps more than the tablets?`,
    `My daughter {{PERSON|Ava}} is {{AGE|6}} and was diagnosed T1 last week at {{ORGANIZATION|Alder Hey}}. I'm overwhelmed. We're in {{LOCATION|Crosby}}. Can anyone message me? {{PERSON|Claire}} x`,
    `Hypo at 2.8 in the middle of Tesco earlier, jelly babies to the rescue. Libre alarm didn't go off. Is anyone else's Libre 2 reading low compared to finger pricks?`,
    `{{AGE|57M}}, type 2, {{LOCATION|Brisbane}}. GP put me on Jardiance 10mg. Has anyone had thrush with it? Sorry blokes, it happens to us too. Also my Medicare number keeps getting rejected at the chemist, it's {{ID_NUMBER|${medicareAu('29504718', 1)}}} - is there a digit missing?`,
    `Does Mounjaro 5mg make anyone else feel sick for the first 2 days after the jab? 7.5 next week. Down 9kg since January which I'm chuffed with.`,
    `Insulin pump got denied AGAIN by insurance. Member ID {{ID_NUMBER|XQM482913007}}, group {{OTHER|77412}} if anyone from BlueCross reads these lol. My son {{PERSON|Ethan}} ({{AGE|11}}) deserves better. 😤`,
    `Carb counting course (DAFNE) was the best thing I've done. 5 days, small group, they explain ratios properly. Ask your diabetes team, it's free on the NHS.`,
    `Looking for a T1 running buddy in {{LOCATION|Ottawa}}! I'm {{AGE|33}}, doing the half in May. Email me at {{EMAIL|runs.on.insulin@outlook.com}} 🏃‍♀️`,
    `Blood sugar 18.4 after a slice of birthday cake 🙈 corrected with 4 units Novorapid. Should I have pre-bolused? Still learning.`,
    `DOB {{DOB|09/11/1981}}, {{PERSON|Patrick Brennan}}, that's what I had to give on the phone 4 times to get the repeat prescription sorted at {{ORGANIZATION|Castle Street Surgery}}. 4 TIMES. Anyone else's GP this disorganised?`,
    `What's a good breakfast that doesn't spike you? Porridge sends me to 14. Eggs are fine. Greek yoghurt and berries ok. Bread of any kind = disaster.`,
    `My Omnipod trial starts {{DATE|Tuesday 12 November}} at the {{ORGANIZATION|Royal Devon}} diabetes centre. Dr {{PERSON|Sahota}} said I'm the first on the list from {{LOCATION|Exmouth}} 😃`,
    `Gestational diabetes at 28 weeks. Metformin 500mg with tea. Midwife says I might need insulin if fasting stays above 5.3. Feeling like a failure tbh.`,
    `Free to good home: 3 boxes of Libre sensors (in date) that I no longer need since switching to Dexcom. PM me or call {{PHONE|+61 412 555 019}}. Pick up from {{LOCATION|Parramatta}}.`,
    `Anyone find the Diabetes UK forum useful? Thinking of joining. Also heard the ADA has good recipes. Merry Christmas everyone, go easy on the mince pies 😂`,
    `this is my blog where i track my A1c and pump settings: {{URL|https://sugarfreesteph.wordpress.com}} - i'm {{PERSON|steph}}, {{AGE|24}}, nurse in {{LOCATION|galway}} 💉`,
    `Re the question about driving - DVLA need to know if you're on insulin. You fill in a DIAB1 form. Took about 6 weeks for me. Keep a meter in the car and test before you drive.`,
    `my husband {{PERSON|Raj}} ({{AGE|61}}) had a hypo at work at {{ORGANIZATION|Heathrow}} and security thought he was drunk 😡 He's a baggage handler. He's fine now but shaken.`,
    `Grace period on my pump warranty ends soon. Is it worth upgrading to the Tandem? Control-IQ looks good. Eating less pasta since Easter has helped too.`,
  ],
};
