import { nhsNumber } from '../checksums';
import type { DraftGroup } from '../forum-drafts/group';

export const recovery: DraftGroup = {
  prefix: 'h6-recovery',
  topic: 'Addiction recovery and mental health',
  drafts: [
    `Hi, I'm {{PERSON|Ciarán}} and I'm an alcoholic. Sober since {{DATE|9 November 2021}}. My sponsor {{PERSON|Declan}} told me to write down three things I'm grateful for every night, and I rolled my eyes, but here I am 900-odd days later still doing it.`,
    `Meetings that saved me, in no order: AA, NA, SMART Recovery, and Al-Anon for my family. The Big Book isn't for everyone but Step 4 cracked something open in me. The Serenity Prayer is on my fridge.`,
    `If you're struggling tonight: Samaritans on 116 123 (UK & Ireland), 988 in the US, Lifeline 13 11 14 in Australia, and the SAMHSA helpline 1-800-662-4357 for drugs and alcohol. FRANK is good for honest drug info too. Please stay.`,
    `My son {{PERSON|Tyler}} is {{AGE|24}} and using fentanyl again after 8 months clean. We're in {{LOCATION|Huntington}} and the only detox bed is a 2 hour drive. I don't know what to do anymore. If any mom out here wants to talk, call or text {{PHONE|(304) 555-0121}}. I'm up all night anyway.`,
    `Reading list for the sober curious: This Naked Mind by {{OTHER|Annie Grace}}, Alcohol Explained by {{OTHER|William Porter}}, and Quit Like a Woman. {{OTHER|Matthew Perry}}'s memoir for the other side of it. None of them are preachy.`,
    `{{AGE|32}}M, 6 weeks off benzos. Posting from a throwaway. If anyone wants an accountability buddy add me on discord {{HANDLE|quietcoyote_88}} or snap {{HANDLE|dan.w.recovery}}. I'm in {{LOCATION|Hamilton}} if anyone's local, Canada not NZ lol`,
    `Naltrexone 50mg the hour before, which is the Sinclair Method, versus acamprosate 333mg three times a day — anyone tried both? My GP offered Antabuse but I'm scared of the reaction.`,
    `One Year Sober Today And I Have Some Things To Say\n\nThank you to everyone in this group. To the newbies: Day 1 is the hardest and you only have to do it once if you're lucky. Will I drink again? Not today.`,
    `The {{ORGANIZATION|Hazelden}} alumni network was the best thing about my 28 days there. If any other alumni from the spring cohort see this, email me at {{EMAIL|r.okonjo.sober@proton.me}}, I'd love to set up a monthly call.`,
    `Pick up my methadone from the Boots on {{LOCATION|Deansgate}} and the pharmacist makes me drink it in front of the whole queue. My key worker {{PERSON|Jodie}} says I can ask for the consultation room. Anyone done that? Feel like a nuisance.`,
    `Apps: I Am Sober for the day counter, Reframe for the drink tracking, Nomo for the little chips. Doing Dry January into Sober October into just... sober. Tuesday night online meeting is my anchor.`,
    `Lithium 800mg, level 0.8 last week, plus sertraline 100mg and quetiapine 50mg at night. Sober 14 months. My psychiatrist says the mood's more stable now the drinking's out of the picture. Fair.`,
    `This is the text my ex sent this morning after 2 years of nothing:\n\n"its {{PERSON|Leanne}}. new number {{PHONE|07700 900417}}. heard ur doing well. can we meet up for a drink"\n\nA DRINK. 🙃 Don't worry, I've blocked it and rang my sponsor.`,
    `Running the {{OTHER|London Marathon}} for an addiction charity because 3 years ago I couldn't walk to the offy without shaking. {{URL|justgiving.com/page/marcus-runs-sober-2025}} Every quid goes to the people who got me through detox. {{PERSON|Marcus}} 🏃`,
    `The Community Mental Health Team closed my case, the Crisis Team said I'm not "in crisis" enough, and the Home Treatment Team ended after a fortnight. My care coordinator has left and nobody's replaced her. Where do you even go?`,
    `My brother is in {{ORGANIZATION|Glenmore Treatment Centre}} for the second time. Family day is {{DATE|Saturday 12 April}} and I don't know if I can face it. Mam says I have to. Anyone been to a family programme and found it actually helped?`,
    `{{OTHER|Bill W.}} and Dr {{OTHER|Bob}} would probably not recognise the online meetings, but they're why I'm alive. Zoom AA at 7am before work, the "Early Birds" one, anyone know it?`,
    `Tesco meal deal with a Heineken 0.0, Lucky Saint from Waitrose for special occasions, Seedlip and tonic at weddings. Nobody notices. Friday is still the hardest night though.`,
    `Pasting the PALS complaint I'm sending, can someone check the tone?\n\n"Re: {{PERSON|Ayesha Rahman}}, NHS number {{ID_NUMBER|${nhsNumber('419877250')}}}. I was discharged from {{ORGANIZATION|Ashcombe Unit}} on {{DATE|28/02/2025}} with no follow-up and no medication for five days..."`,
    `{{PERSON|Shauna}} so proud of you hun 💜 2 years!! remember the state of us in the waiting room at {{ORGANIZATION|St Patrick's}} lol. coffee soon? xx`,
    `{{AGE|29}}F, bipolar 1 and 18 months clean from coke. Inpatient at {{ORGANIZATION|CAMH}} last winter, now day program. Living in {{LOCATION|Parkdale}} with my cat and a lot of houseplants 🪴 Would love some sober friends who don't just want to talk about using.`,
    `Frank talk: in my 30s, day 412, and I still get cravings when I smell pub carpets. Hope and faith are great but it's habits that keep me sober. Mark the days, every one.`,
    `Hallo zusammen! Ich bin {{PERSON|Jonas}}, {{AGE|33}}, seit {{DATE|3. Mai 2023}} trocken. Sorry, English: I live in {{LOCATION|Ehrenfeld}}, {{POSTCODE|50823}} {{LOCATION|Köln}}, and I'm looking for English-speaking AA meetings nearby. Any tips?`,
    `Naloxone kits are free from most needle exchanges and a lot of pharmacies now. Carry one even if it's not for you. Narcan nasal spray is easiest if you're panicking. Took a 10-minute course on YouTube.`,
    `Anyone else in their 40s finding recovery harder than in their 20s? Sobered up at 22, relapsed at 41, back at it now. The body takes longer to forgive you. Still worth it.`,
  ],
};
