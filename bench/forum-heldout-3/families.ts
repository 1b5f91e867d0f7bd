import type { DraftGroup } from '../forum-drafts/group';

export const families: DraftGroup = {
  prefix: 'h3-family',
  topic: 'Pregnancy complications, parents of sick or disabled children, and carers of older parents',
  drafts: [
    `Hyperemesis at 11 weeks. Cyclizine isn't touching it. Midwife says ask for ondansetron but the GP is reluctant. Anyone been in the same boat?`,
    `Our little man {{PERSON|Cathal}} arrived at 29 weeks, born {{DOB|2 April}} weighing 1.2kg 💙 He's in the NICU at {{ORGANIZATION|Holles Street}} and doing amazing, on CPAP now instead of the ventilator. Any preemie parents in {{LOCATION|Dublin}} want a chat over the vending machine coffee?`,
    `Pre-eclampsia second time round, labetalol 200mg three times a day. BP still 150/100. Consultant talking about delivery at 34 weeks. Scared but trying to stay calm.`,
    `Visual timetables - laminated cards or an app? Our OT recommended Choiceworks but it's a bit clunky. What works for your kids?`,
    `PLEASE SHARE. Mum has vascular dementia and has gone walkabout again. If anyone in {{LOCATION|Bexhill}} sees a small lady in a red coat near the seafront, her name is {{PERSON|Joan}}, she's {{AGE|84}} and lives at {{ADDRESS|9 Westcourt Drive}}. Ring me on {{PHONE|07912 384650}}. Police are aware.`,
    `Power of attorney question - do we need both the health and the finance one? Dad still has capacity but it's slipping. The gov.uk form looks doable without a solicitor.`,
    `Our daughter has spastic diplegia and the district is refusing her a 1:1 aide in her IEP. She's {{AGE|7}}, at {{ORGANIZATION|Lincoln Elementary}} in {{LOCATION|Boise}}. Can anyone recommend a special ed advocate?`,
    `Carer's Allowance earnings limit went up I think? Anyone know the exact figure this year? I do 12 hours a week at the shop and don't want to go over.`,
    `The NHS app shows DS's NHS number as {{ID_NUMBER|721 403 5863}} but the red book has a totally different one written in by the health visitor. Which is right?? He's {{AGE|7 weeks}} and I'm running on no sleep`,
    `Croup at 2am again. Steam in the bathroom, then cold air at the open window. Dexamethasone worked a treat last time. When do you ring 111 vs just go in?`,
    `Looking for a support worker for my dad in {{LOCATION|Bendigo}}, he's {{AGE|79}} with Parkinson's. A few hours a week, mostly shopping and company. Email {{EMAIL|karen.voss71@bigpond.com}} with your availability and rates please.`,
    `Reduced movements at 32 weeks, went in for monitoring, all fine, baby was just being lazy. Don't ever feel silly for going in, the midwives said so themselves 💕`,
    `{{PERSON|Alfie}} is {{AGE|12}} now and running the junior Great North Run for the ward that saved his life when he was a baby 🏃‍♂️ {{URL|https://www.justgiving.com/page/alfie-runs-for-ward-4}} Every pound goes to the parents' kitchen.`,
    `Placenta praevia at the 20 week scan. Told it usually moves up by the rescan at 32 weeks. Did anyone's actually move?`,
    `Attendance Allowance form for Dad. He was born {{DOB|4 June 1938}} so he's {{AGE|86}} and still insists he "doesn't need any help" 🙄 How did you get your parent to agree to the assessment?`,
    `Epilepsy in toddlers: does anyone else have a video of every weird episode on their phone? Neuro said it helps so much. Buccal midazolam lives in the changing bag now.`,
    `We're British living in {{LOCATION|Jávea}}. My father-in-law is {{AGE|88}} with Alzheimer's and we're struggling with the Spanish system. Does anyone know an English speaking residencia nearby? Happy to talk on WhatsApp, {{PHONE|+34 612 489 073}}.`,
    `Cholestasis of pregnancy. Itching on palms and soles, only at night. Bile acids came back 19, is that high? They're talking about induction at 37 weeks.`,
    `Update on our baby girl: pyloric stenosis surgery at {{ORGANIZATION|SickKids}} on {{DATE|Nov 3}} went well! Feeding properly for the first time in weeks. Thank you to everyone who messaged me that night 🥹`,
    `Sandwich carers, how do you do it? Teenager with ARFID, mum with COPD, full time job. I was so tired I cried in the Aldi car park today. Just needed to say it somewhere.`,
  ],
};
