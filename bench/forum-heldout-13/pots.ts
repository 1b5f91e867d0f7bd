// Blind held-out drafts: POTS and dysautonomia.
import type { DraftGroup } from '../forum-drafts/group';

export const pots: DraftGroup = {
  prefix: 'h13-pots',
  topic: 'POTS and dysautonomia',
  drafts: [
    `Tilt table results: lying HR 68, at 10 mins upright 131, BP held steady the whole time. Consultant said that's textbook POTS, 30+ increase without a drop in BP. I nearly fainted at minute 8 and they still made me stay on it. Anyone else feel rubbish for days after theirs?`,

    `ok so midodrine. 5mg three times a day, last dose no later than 4pm because of the lying down blood pressure thing. the scalp tingling is SO weird, like ants in my hair. does it settle? day 3 here and i keep scratching my head in meetings`,

    `Salt loading tips from someone who's done it for 5 years: Slow Sodium tablets, a pinch of salt in every glass of squash, salty crisps in every bag, pickles, olives, broth in a flask. Aim was 6-10g sodium a day from my cardio. Get your kidneys and BP checked first though, it's not for everyone`,

    `Our daughter {{PERSON|Harper}} ({{AGE|15}}) got her 504 plan approved at {{ORGANIZATION|Lakeview Middle School}} today!! What finally worked was the letter from Dr {{PERSON|Castellano}} at {{ORGANIZATION|Children's Mercy}} spelling out: water bottle at all times, elevator pass, leave class 5 min early, rest breaks in the nurse's office. Happy to share the wording if anyone needs it`,

    `Waist high compression (20-30 mmHg) made more difference than any drug I've tried. Knee highs do nothing for me. The open toe ones from Sigvaris are easier to get on if your hands are weak. Thigh highs slide down and make me want to scream`,

    `The Levine protocol (the reclined exercise plan — rowing machine, recumbent bike, swimming, slowly building up) is hard for the first 6 weeks and then gets better. I started at 10 minutes on the recumbent bike. Now doing 35. HR still jumps but I recover faster`,

    `To anyone at uni in the UK: apply for DSA early. I got a laptop, a taxi allowance to campus and a note that I can sit exams with a water bottle and a stool to put my legs up. My disability adviser was {{PERSON|Bethan}} ({{EMAIL|b.rhys-disability@student.bangor.ac.uk}}) and she was incredible if anyone else is at {{ORGANIZATION|Bangor}}`,

    `Hypermobile EDS and POTS seem to come together a lot. Beighton score 7/9 here. My physio explained that stretchy connective tissue in the veins means the blood pools more in the legs. Whether that's the whole story or not, knowing it helped me feel less crazy`,

    `Fludrocortisone made me gain 4kg of water and gave me headaches, so I came off it after 3 months. Dr {{PERSON|Okonjo}} then moved me over. Ivabradine 2.5mg twice a day on the other hand has been great for the racing heart with no BP drop. Worth asking if beta blockers flattened you`,

    `Referral letter came today, sharing the bit that matters so you can see how long the wait is:

"Patient: {{PERSON|Chloe Wainwright}} DOB: {{DOB|03/11/2002}}
NHS number: {{ID_NUMBER|721 654 3092}}
Referred to: Autonomic Unit
Estimated wait: 38 weeks"

38 weeks!!! anyone gone private for the autonomic tests?`,

    `Hot showers are the enemy. I shower sitting on a plastic stool, lukewarm water, and I lie on the floor of the bathroom for 5 minutes afterwards with my legs up the wall. Not glamorous but I haven't fainted in the bath since`,

    `hey I'm {{PERSON|Mateo}}, {{AGE|19}}, in {{LOCATION|Guelph}} — looking for anyone with POTS who's also a student at {{ORGANIZATION|U of G}}. the accessibility office keeps saying my notes are "incomplete". texting is easier for me: {{PHONE|(519) 836-2917}}`,

    `Mark my words, the day I stop taking electrolytes will be the day I end up flat on the floor at Tesco. Liquid I.V., Trioral sachets, Dioralyte, I rotate them so I don't get sick of the taste. What flavours actually taste ok?`,

    `Dysautonomia International has a doctors list but mine wasn't on it and was still brilliant. Don't rule someone out just because they aren't on a list. PoTS UK also has a list of UK clinicians`,

    `My GP at {{ORGANIZATION|Parkside Surgery}} told me it was anxiety for 3 years. Eventually an active stand test in the surgery (lie down 10 min, stand for 10 min, HR every minute) showed an increase of 44. If your GP won't do a tilt, ask for the NASA lean test or active stand, it's free and takes 20 minutes`,

    `Sharing my YouTube where I do "day in the life with POTS" videos because they helped me when I was first diagnosed: {{URL|https://www.youtube.com/@wobblylegsrosie}} — new one is about getting through a wedding day`,

    `Has anyone had IV saline as a regular treatment? In the US some people have a port and do it weekly. In the UK I've only ever had it in A&E when I couldn't keep fluids down. 1 litre brought me back to life basically`,

    `Employer question — I work in a call centre for {{ORGANIZATION|Sky}} in {{LOCATION|Livingston}} and they won't let me keep a water bottle at my desk. Occupational health said it's a reasonable adjustment. Manager {{PERSON|Ross}} still says no. Do I go to HR or straight to ACAS?`,

    `Grace under pressure my foot, I passed out in the queue at the post office and came round with a stranger holding my legs in the air. Apparently that's what you're meant to do so fair play to him. Always carry a card that says POTS, I'm fine, put my feet up`,

    `Reposting for my mum {{PERSON|Lorraine}} who's {{AGE|62}} and just been diagnosed after fainting for years. She's on Facebook as {{HANDLE|lorraine.pritchard.5}} and would love to be added to any POTS groups for older people, everything she finds is for teenagers`,

    `Ich schreibe aus {{LOCATION|Kassel}} — sorry, English: my Kardiologe wants me to try propranolol 10mg. In Germany POTS is not well known. Is 10mg normal to start? Also is it true it can make fatigue worse? Thanks from a very dizzy person`,

    `Post covid POTS here, 2 years in, I'm {{AGE|47}} and was running half marathons before. Slowly improving with salt, fluids, compression and very slow exercise. Long Covid clinics are hit and miss for dysautonomia. The one I was sent to had never done a stand test`,

    `Will ask the cardiologist on Thursday about ivabradine vs midodrine — my BP is on the low side (95/60) so I'm guessing midodrine? Any questions I should bring? I always forget everything the second I sit down`,

    `So I handed in my school letter to {{ORGANIZATION|St Aidan's}} and the head of year read out the plan in front of the whole class 😭 I'm in year 10 and everyone now knows I'm allowed to leave lessons early. My mum rang the school on {{DATE|Tuesday 4th March}} but the damage is done. How do I deal with people asking?`,

    `Anyone find the heat in summer unbearable? I freeze bottles of water and put them on my neck and wrists. Cooling vest from a brand for firefighters helps. Cold drinks throughout. On really bad days I stay in until after 6pm`,

    `Wife and I live at {{ADDRESS|8 Corella Court}}, {{LOCATION|Aspley}} — so north {{LOCATION|Brisbane}} — and we're starting a small POTS coffee morning at the library. If you're nearby give me a call on {{PHONE|(07) 3862 4519}}. Wheelchair accessible, plenty of chairs to put your feet up`,

    `Pregnancy and POTS — my symptoms were better in the second trimester and way worse after birth. My obstetrician wasn't sure what to do with it. Anyone else have a similar pattern? (baby is asleep on me as I type so sorry for typos)`,
  ],
};
