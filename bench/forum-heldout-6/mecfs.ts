import { medicareAu } from '../checksums';
import type { DraftGroup } from '../forum-drafts/group';

export const mecfs: DraftGroup = {
  prefix: 'h6-mecfs',
  topic: 'ME/CFS and long covid groups',
  drafts: [
    `Pacing tip that finally worked for me: the Visible app with the Polar Verity Sense armband. I keep my heart rate under 105 and it buzzes when I go over. Took 3 weeks to stop ignoring it 🙈 Bearable is good for the symptom side too.`,
    `PIP reconsideration letter came. Typing out the top in case anyone can tell me if this is the "bad" kind:\n\n"Mr {{PERSON|Daniel Achterberg}}\nDate of birth: {{DOB|29 October 1982}}\nNational Insurance number: {{ID_NUMBER|JT 48 29 17 B}}\nWe have looked again at our decision dated {{DATE|14 November 2024}}..."\n\nI was a paramedic with {{ORGANIZATION|West Midlands Ambulance Service}} until covid in 2020. Never went back.`,
    `Charities worth knowing: Action for ME, the ME Association (their "Purple Booklet" is great for GPs), #MEAction, Long Covid Support, Long Covid Kids for parents, Emerge Australia, and Open Medicine Foundation for research. None of them will judge you.`,
    `My daughter {{PERSON|Freya}} ({{AGE|19}}) has been bedbound since her second year at uni. We live just outside {{LOCATION|Totnes}} and the nearest ME service won't do home visits. Any other parents of severe ME kids in Devon willing to talk? My email is {{EMAIL|hannah.westcott.freya@outlook.com}}`,
    `Has anyone watched Unrest? {{OTHER|Jennifer Brea}} filming herself when she couldn't get up is the most accurate thing I've seen. Showed it to my parents and my dad finally stopped saying "have you tried a walk".`,
    `Long hauler in {{LOCATION|Asheville}}, NC here. Dr {{PERSON|Mehta}} at the post-COVID clinic at {{ORGANIZATION|Mission Hospital}} started me on LDN and it's the first thing that's touched the fatigue. Anyone else in western NC want to compare notes?`,
    `LDN 1.5mg working up to 4.5mg, plus Mestinon for the POTS side and ivabradine since last month. Cardiologist mentioned midodrine if I still can't stand for more than 5 minutes. Did anyone get worse before they got better?`,
    `{{AGE|26}}F, 2 years post covid. PEM after a shower, PEM after a phone call. Had to drop out of my masters at {{ORGANIZATION|McGill}} and move back in with my parents. Is it normal to grieve your old life this much?`,
    `Six Months Bedbound: What Actually Helped\n\n1. Eye mask and loop earplugs\n2. Meal replacement shakes when chewing was too much\n3. A Tesco delivery slot every Friday\n4. Saying no, every single time\n5. This group ❤️`,
    `This is the text I'm sending my manager, does it sound ok?\n\n"Hi {{PERSON|Sandeep}}, I've spoken to Dr {{PERSON|Lindqvist}} and she's signing me off for another 4 weeks. I'll email the fit note to {{PERSON|Joanne}} in HR. Really sorry, I know it's a busy time."\n\nI hate feeling like I'm letting everyone down.`,
    `Signed up for DecodeME a while back and just got my results email. Also does anyone know if the NICE guideline NG206 is the one that dropped graded exercise? My physio is still pushing GET like it's 2015.`,
    `Starting an online support group for people with long covid who are still trying to work part-time. Thursday evenings on Zoom, 45 minutes max, cameras optional. Email {{EMAIL|lc.workingpeers@gmail.com}} for the link — {{PERSON|Chidi}} ({{AGE|41}}, {{LOCATION|Peckham}}) 👋`,
    `Since January I can only manage about 2 hours upright a day. February was worse. Hoping spring brings something. Does anyone else find the cold months push them into a crash?`,
    `Selling my electric riser recliner, 18 months old, paid €1,100 and I'd take €400. I need the space for a hospital bed 😔 Collection only from {{LOCATION|Mallow}}, {{POSTCODE|P51 K8W2}}. Ring or WhatsApp {{PHONE|086 555 0134}}.`,
    `Frank question: can you sue your employer for making you come back in person while you still have long covid? Will an employment solicitor even take that on? The union rep said probably not without an OH report, and apparently there's no grace period once they set a return date.`,
    `Hi all, writing from {{LOCATION|Fitzroy North}}. The long covid clinic at {{ORGANIZATION|Royal Melbourne Hospital}} has my Medicare number as {{ID_NUMBER|${medicareAu('29514037', 1)}}} on the referral but the IRN on my card is 2, not 1. Will the GP have to redo the whole referral?`,
    `Moved from New South Wales to Queensland and my new GP had never heard of ME/CFS. Gave her the Emerge Australia GP guide and she actually read it. Small wins.`,
    `Kia ora, my NHI is {{ID_NUMBER|KTR4826}} and Health NZ has my address as my old flat in {{LOCATION|Mount Albert}}. The clinic letters keep going there. Has anyone managed to update it without going in person? I can't do trips.`,
    `Paxlovid when I caught it the second time and I still relapsed. Anyone tried the Maraviroc and statin combo? I know it's controversial. Not asking for medical advice, just experiences.`,
    `Hoi allemaal! Long covid since 2022, living in {{LOCATION|Utrecht}}. I'm looking for English speakers nearby who want to do a slow walk or sit in the park sometimes. App me on {{PHONE|06 12345678}} if you're around ☀️`,
    `Clinic roundup for newbies: you'll probably be bounced between the Long Covid Clinic, the Fatigue Service and an Occupational Therapist. Ask the OT about a blue badge and a perching stool first, those made the most difference for me.`,
    `We're raising money for a stairlift so my wife {{PERSON|Magda}} can get to the bathroom again. She's had severe ME for 11 years. {{URL|gofundme.com/f/stairlift-for-magda-kowalczyk}} Even £2 helps, and sharing helps more. Thank you.`,
    `Can anyone recommend a podcast or audiobook that's gentle enough for a crash day? I've done The Archers omnibus and Desert Island Discs, need something new. Nothing with loud music intros please 😅`,
    `Donating a wheelchair (Karma Ergo Lite) and a shower stool to anyone with ME in {{LOCATION|Vancouver}} who needs them, free. Pick up from {{ADDRESS|2150 W 7th Ave}}, {{LOCATION|Kitsilano}}, {{POSTCODE|V6K 1X9}}, leave them on the porch, no need to knock. Message me on IG {{HANDLE|@slowlivingkits}}.`,
    `Diagnosed at 23, I'm in my 40s now. To anyone newly ill: it does get more bearable even if it doesn't get better. Find the people who believe you and let the rest go.`,
  ],
};
