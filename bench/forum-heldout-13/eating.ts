// Blind held-out drafts: eating disorder recovery and parents of teens in treatment.
import type { DraftGroup } from '../forum-drafts/group';

export const eating: DraftGroup = {
  prefix: 'h13-eating',
  topic: 'eating disorder recovery and parents of teens in treatment',
  drafts: [
    `Week 6 of FBT (the Maudsley approach). Three meals and three snacks, we plate everything, she eats at the table with one of us until it's done. Some meals take 90 minutes. Tonight she threw the plate. Please tell me it gets easier, I feel like a prison guard in my own kitchen`,

    `Our {{AGE|14}} year old {{PERSON|Isla}} was admitted to {{ORGANIZATION|Rhodes Farm}} on {{DATE|Friday 21st February}}, heart rate was 38 overnight. I've been driving home and sitting in the car outside the house because I can't face her empty bedroom. How did you all get through the first week of inpatient?`,

    `Refeeding syndrome: the first week back on proper food, they check phosphate, potassium and magnesium daily. If your kid is starting a meal plan at home after a long restriction, please make sure someone is doing bloods. Our phosphate dropped to 0.6 on day 3`,

    `My daughter's school letter came and I'm not sure about some of this, can anyone who's been through it have a look:

"Re: {{PERSON|Amelia Hartigan}} (Year 9), DOB {{DOB|18/05/2010}}. Following the meeting with Mrs {{PERSON|Dunleavy}}, {{ORGANIZATION|Our Lady's Grammar}} will provide a supervised lunch in the pastoral room, no PE until cleared by CAMHS and an exit card for lessons."

Is supervised lunch in a separate room normal or is that going to make her feel singled out?`,

    `Ensure Plus vs Fortisip Compact when they refuse the meal? Our team says replace with a drink if she doesn't finish within 30 minutes. The Compact is smaller so feels less scary apparently but it's 300kcal in 125ml. She hates the vanilla one`,

    `recovery account here, {{HANDLE|@bravebowls_ed}} on insta — i post my meal plan plates, no numbers, no weights, no before/after. 2 years since discharge from the unit. if you're in the thick of it follow for proof it can get quieter`,

    `ARFID parent here. Our son's safe foods are about 12 things, all beige. The dietitian suggested "food chaining" — e.g. from chicken nuggets to homemade breaded chicken to chicken with a different coating. Anyone had success with it? It's so slow`,

    `Hoping someone on here knows how appeals work with insurance. Residential at {{ORGANIZATION|Center for Discovery}} was denied after 14 days — "no longer medically necessary" although she's still at 82% of her target weight. Member ID {{ID_NUMBER|XJK 884 017 52}}, plan is through my husband's work. We're in {{LOCATION|Naperville}}. Please DM me, I can't keep paying out of pocket`,

    `Body checking has come back and I don't know if I'm relapsing or just having a bad week. Pinching, mirror checks, measuring my wrist. Told my therapist and she wants me to do a relapse prevention plan. Anyone have one they could share the headings of?`,

    `Beat's helpline is {{OTHER|0808 801 0677}} if any UK parent needs to talk tonight. They have a separate one for Scotland and Wales. I rang them at 10pm once in tears and the person on the line was so kind`,

    `Looking for other dads of kids in treatment. Everything seems to be mums (no offence). I'm {{PERSON|Steve}}, {{LOCATION|Hamilton}}, Ontario, {{POSTCODE|L8P 2Y1}} — my daughter is {{AGE|16}} and at {{ORGANIZATION|McMaster Children's}} day program. Email is {{EMAIL|steve.dmello.dad@gmail.com}} if you'd like to talk`,

    `BMI and %mBMI — why do CAMHS use median BMI for teenagers? Because BMI changes with age, they compare her to the median for her age and sex. 85% mBMI was the line where our team started talking about admission`,

    `i'm 6 months weight restored and everyone says i look "so well" and it makes me want to restrict. how do you respond to comments about how you look? i know they mean well`,

    `We have our team review on {{DATE|12/03}} and I want to ask about moving from dietitian-led meals to her choosing some snacks herself. How did you know your kid was ready? I'm {{PERSON|Ciara}} by the way, from {{LOCATION|Naas}}, our team is under {{ORGANIZATION|Linn Dara}}`,

    `Something one of the dads said at the last parents' night stuck with me: the eating disorder is not your child. Separating the two in your head helps you stay firm and kind at the same time. Wasn't expecting to cry at a meeting in a church hall`,

    `Adults in recovery: Bodywhys and Butterfly Foundation both have adult groups online. NEDA in the US stopped their helpline a while back if you're looking for them. Just so nobody wastes time looking for it`,

    `This is what the CAMHS referral says, I'm going to take it in and ask why it took 11 weeks:

"Name: {{PERSON|Tobias Greenhalgh}}
NHS No.: {{ID_NUMBER|604 118 2370}}
Address: {{ADDRESS|19 Sparrow Way}}, {{LOCATION|Stockport}}, {{POSTCODE|SK4 3NF}}
Reason for referral: restrictive eating, weight loss of 9kg over 4 months, bradycardia"

Boys get this too. Nobody believed us`,

    `Exercise compulsion in recovery — our team said no exercise at all until she's weight restored, then slowly reintroduced with a plan. She was doing sit ups at 2am in her bedroom. We took the door off for a while. Drastic but it worked`,

    `Sorry if this is a ramble. I work as a nurse at {{ORGANIZATION|Wythenshawe}} and I'm in recovery from bulimia myself, nobody at work knows. The night shifts and eating at weird times are setting me off. Did anyone have to change jobs or shift patterns? I'm {{AGE|33}}`,

    `{{PERSON|Grace}} and {{PERSON|May}} (our twins) both had their meals together for the first time in months tonight and nobody cried. Small wins. Writing it down so I remember it on the bad days`,

    `Sharing my blog about our family's FBT year in case it helps another parent, it's anonymous for my son's sake so I've changed everything except the feelings: {{URL|https://kitchen-table-fbt.blogspot.com}}`,

    `Binge eating disorder and weight loss jabs — my GP wants me on semaglutide for my weight and my ED therapist says absolutely not yet. I feel stuck between them. Has anyone with BED been on it? Did it make the food noise quieter or the restriction worse?`,

    `@{{PERSON|Rhiannon}} you asked about the unit phone — the ward landline is {{PHONE|0113 496 0915}}, ask for the parents' liaison, it's {{PERSON|Deb}} on weekdays. Tell her you're {{PERSON|Lily}}'s mum from the group and she'll know`,

    `Normal school lunch on a meal plan: we send a packed lunch with exactly what's on the plan and a note for the form tutor. If it comes back uneaten she has a supplement drink after school. Works better than school dinners where she could pick and choose`,

    `Our {{AGE|12}}yo son is on the waiting list for the Butterfly day program and we're on the Gold Coast — {{LOCATION|Burleigh Heads}}. The GP wants weekly weights at the practice until then. If there are any other families nearby please ring me on {{PHONE|0412 706 385}}, I'm {{PERSON|Tash}}`,

    `Hope this is ok to post. Relapse after 4 years. I'm back in a day programme and ashamed. A nurse told me relapse is part of recovery for a lot of people and doesn't erase the years I had. I'm trying to believe her`,

    `Olanzapine 2.5mg at night for the anxiety around meals — our consultant started it at 14 weeks in. It's helped her sleep and the meal time arguments are shorter. The weight gain side effect is actually part of the point here, which was weird to hear`,
  ],
};
