import { nhsNumber } from '../checksums';
import type { DraftGroup } from '../forum-drafts/group';

export const parents: DraftGroup = {
  prefix: 'h7-parents',
  topic: 'parents of children with type 1 diabetes or epilepsy',
  drafts: [
    `Our son {{PERSON|Oisín}} ({{AGE|7}}) was diagnosed T1 on {{DATE|2nd September}}, the day before he went back to {{ORGANIZATION|Scoil Mhuire}}. The teachers have been great but I'm a nervous wreck every lunchtime. How long did it take you to trust the school?`,
    `Dexcom G7 vs Libre 3 for a toddler? The G7 warm-up is shorter but I've heard the Libre sticks better on small arms. Diabetes team says either is fine.`,
    `School have said {{PERSON|Amelia}} can't go on the residential trip because of her seizures, even with me offering to send a trained adult. She's devastated. It's {{ORGANIZATION|Hollybrook Primary}} in {{LOCATION|Chorley}}. Is this even allowed?`,
    `Buccal midazolam at school - who trained your staff? Our epilepsy nurse is running a session but only two TAs signed up. Young Epilepsy has good care plan templates if anyone needs one.`,
    `We're hosting a T1D family picnic on {{DATE|June 8}} at our place, {{ADDRESS|3208 Maple Ridge Dr}}, {{LOCATION|Plano}} TX {{POSTCODE|75023}}. Siblings welcome, we'll have carb counts on everything! Just comment so I know numbers.`,
    `Night lows every night this week. Reduced basal 10% but still dropping around 2am. Growth spurt? Anyone else up checking CGM alarms all night?`,
    `My daughter is {{AGE|14}} and made a TikTok about living with epilepsy, and now she's getting nasty comments. Her account is {{HANDLE|@seizurequeen.izzy}} - a few kind words from this group would mean the world to her.`,
    `Keto diet for epilepsy - any parents done it? Neurologist wants to try it after the third drug failed. Matthew's Friends charity have been really helpful so far.`,
    `Any other T1 parents in {{LOCATION|Navan}}? Would love a coffee and a moan with someone who gets it. Text {{PERSON|Sinéad}} on {{PHONE|087 555 0193}}.`,
    `How do you explain carb counting to grandparents? My mum keeps giving juice "as a treat". Printed out a cheat sheet from Diabetes UK and stuck it on her fridge.`,
    `Transfer letter from the children's hospital has my son's NHS number as {{ID_NUMBER|${nhsNumber('401023872')}}} - is that right? His DOB {{DOB|17/05/2015}} is correct but they've spelt him "{{PERSON|Jayden}}" instead of {{PERSON|Jaydon}}. Who fixes that, the GP or the hospital?`,
    `Epilepsy Action's seizure diary vs the Epsy app? Need something to show the neuro at the next appointment. Clusters are mostly in the mornings.`,
    `T1 mum from {{LOCATION|Ipswich}} Qld here. Our daughter {{PERSON|Matilda}} is {{AGE|9}} and was diagnosed in the school holidays. Is there a local support group or is everyone just on here?`,
    `Sports day with T1 - tips? Last year she went low in the egg and spoon race. Thinking a temp basal an hour before and jelly babies in my pocket.`,
    `Writing to the SENCO again about the care plan. If anyone has a good IHP template they'd be willing to share please send to {{EMAIL|k.mbeki.family@btinternet.com}}, thank you so much 🙏`,
    `VNS for kids - worth it? Our neurologist mentioned it last week. Seizures are down from daily to weekly on Epilim and Keppra but still wrecking school.`,
    `{{PERSON|Raj}} and I are at {{ORGANIZATION|SickKids}} with our {{AGE|3}} year old after her first tonic-clonic, it went on for 11 minutes. We live in {{LOCATION|Brampton}} and it's the longest night of our lives. What happens next?`,
    `DLA for T1 kids - did you get it? The form is 40 pages. Contact a Family helped us fill it in last time and we got middle rate care.`,
    `{{PERSON|Beatriz}} we had exactly that with the Libre dropping out overnight. Abbott replaced it no fuss, just have the serial number ready when you ring.`,
    `Is it normal to grieve after diagnosis? Not my child, she's doing brilliantly. I'm the one crying in the car after drop-off.`,
    `Our twins are raising money for a seizure alert dog for their big brother {{PERSON|Finn}}. They've been baking every weekend! {{URL|gofundme.com/f/a-dog-for-finn-maguire}} 🐶`,
    `Sleepovers and T1 - what age did you let them go? She's desperate to and I'm a wreck just thinking about it. Dexcom Follow helps I suppose.`,
    `{{OTHER|UnitedHealthcare}} is refusing to cover the Omnipod under pharmacy benefits now. Calling tomorrow with his member ID {{ID_NUMBER|914227305-01}} and the letter from endo. Has anyone got this overturned?`,
    `{{OTHER|Nick Jonas}} talking about his T1 diagnosis on a podcast and my son's face lit up. Sometimes seeing someone famous with it does more than any leaflet.`,
    `We moved to {{LOCATION|Düsseldorf}} for my husband's job and our son's epilepsy care is all in German now. Any English-speaking families nearby? I'd love to talk, {{PHONE|0211 5589 3047}}.`,
  ],
};
