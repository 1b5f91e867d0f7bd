import type { DraftGroup } from '../forum-drafts/group';

/** Mental health and neurodivergence groups: ADHD, autism, bipolar, depression, EDs, OCD. */
export const mind: DraftGroup = {
  prefix: 'h4-mind',
  topic: 'Mental health and neurodivergence: diagnosis waits, meds, work, crisis lines',
  drafts: [
    `Content warning: suicidal thoughts. If you're in the UK you can text SHOUT to 85258 or ring Samaritans on 116 123, and in the US it's 988. I'm safe tonight, just needed to say it somewhere. Thanks for reading x`,
    `{{AGE|24M}}, finally diagnosed ADHD-C after a 3 year wait, went through Right to Choose with {{ORGANIZATION|Psychiatry-UK}} in the end. Starting Elvanse 30mg next week. My manager at {{ORGANIZATION|Deloitte}} doesn't know yet. Should I tell him?? Name's {{PERSON|Callum}} btw, first post`,
    `Autistic burnout is real. Noise-cancelling headphones, weighted blanket, and cancelling everything for a fortnight. Will be quiet for a bit. If anyone wants a recommendation, Loop earplugs are brilliant for supermarkets.`,
    `Hi, I'm {{PERSON|Wei Ling}} ({{AGE|31}}), recently moved to {{LOCATION|Dunedin}} for a job at the {{ORGANIZATION|University of Otago}}. Bipolar II, on lamotrigine 200mg. My new GP at {{ORGANIZATION|Mornington Health Centre}} wants to switch me to quetiapine. Anyone have a psychiatrist they'd recommend down here?`,
    `Lithium level came back at 0.8 mmol/L, TSH 4.2. Psych says all fine. Drinking 3L of water a day is my whole personality now 💧`,
    `cant sleep again. 3am. i'm {{AGE|19}} and in first year at {{ORGANIZATION|UCC}} and i think i'm failing everything. counselling service waiting list is 6 weeks. mam doesnt know. if anyones awake and wants to chat my snap is {{HANDLE|aoife.mc22}}`,
    `PSA for Aussies: Lifeline 13 11 14, Beyond Blue 1300 22 4636, and 13YARN for mob. Save them in your phone now, before you need them.`,
    `Can someone tell me what this means?

"Dear {{PERSON|Daniel Osei}}, NHS number {{ID_NUMBER|601 223 8746}}
You have been accepted by the {{ORGANIZATION|Camden CMHT}}. Your care coordinator will be {{PERSON|Ruth Adebayo}}. Your first appointment is {{DATE|Wednesday 2 April}} at 11am."

Is a care coordinator like a therapist or more of a social worker?`,
    `Things that actually helped my OCD: ERP with a properly trained therapist (not just generic CBT), the book Brain Lock, and the International OCD Foundation forums. Hope this helps someone. Give yourself some grace on the bad days.`,
    `Hey y'all, {{PERSON|Tamika}} here, {{AGE|38}}, {{LOCATION|Birmingham}} AL. Got diagnosed autistic at 37 (yes really). I'm a paralegal at {{ORGANIZATION|Haskins & Pruitt}} and masking all day wipes me out. Starting a local group for late-diagnosed Black women, email me {{EMAIL|tamika.autistic.joy@yahoo.com}} 🖤`,
    `Shoutout to the crisis team who came out last night. Rang 111 option 2 around midnight and they were here by 2. Not all heroes wear capes. Will update when I feel more human.`,
    `Anyone in {{LOCATION|Kelowna}} know a psychiatrist taking new patients? I'm {{AGE|27}}, PTSD + ED, my GP Dr {{PERSON|Sandhu}} retired and now I have nobody. Wait list at {{ORGANIZATION|KGH}} is a year. Please DM or call {{PHONE|250-555-0171}}, I'm desperate`,
    `Dyspraxia + ADHD combo: today I walked into a door frame, lost my keys twice, and forgot why I came upstairs three times. Mark this down as a classic Tuesday.`,
    `{{DATE|1 September}} will be one year since I was discharged from the {{ORGANIZATION|Hollywood Clinic}}. {{AGE|22}} now, back at uni, eating 3 meals a day. To the nurses, especially {{PERSON|Bronwyn}} and {{PERSON|Kofi}}: thank you for not giving up on me 💜`,
    `Sertraline vs citalopram vs fluoxetine — what were your side effects? Starting 50mg sertraline on Monday. NHS Talking Therapies waiting list is 12 weeks in my area so meds first I guess.`,
    `Our neurodivergent adults peer group is back 🧠 We meet at {{ADDRESS|22 Castle Street}}, {{LOCATION|Shrewsbury}} {{POSTCODE|SY1 2BQ}} (blue door, upstairs) every other Friday 6–8pm. Quiet room available, no need to talk. Questions? {{PERSON|Jas}} on {{PHONE|07700 900911}}`,
    `Just finished 8 weeks of CBT for social anxiety (the NICE recommended kind). Homework was rough but I ordered a coffee today without rehearsing it 4 times first. Small wins 🏆`,
    `{{AGE|45}}, dad of two, depression on and off since my 20s. Lost my job at {{ORGANIZATION|Harland & Wolff}} last year and haven't been right since. Wife {{PERSON|Claire}} says I should post here. The Men's Shed in {{LOCATION|East Belfast}} has been a good thing, getting me out the house.`,
    `The spoon theory essay by {{OTHER|Christine Miserandino}} explains energy so well. Sent it to my whole family group chat. Only one of them read it, but still.`,
    `Started a blog about life with BPD and doing DBT: {{URL|https://borderlineandbrave.substack.com}} — no ads, just honest. {{AGE|29F}}, living in {{LOCATION|Ballincollig}}, would love to hear from anyone else in the programme.`,
    `Anyone's psychiatrist ever used the words "treatment-resistant"? Tried 5 SSRIs, 2 SNRIs and mirtazapine. Now being offered esketamine (Spravato). Nervous but hopeful. Hope really is the last thing to go.`,
    `Hallo! {{PERSON|Lena}}, {{AGE|34}}, aus {{LOCATION|Leipzig}}. Autistic, diagnosed last year at the {{ORGANIZATION|Uniklinik Leipzig}}. Anyone from Germany here want to swap tips about the Schwerbehindertenausweis? Telegram: {{HANDLE|@lena_leise}}`,
    `Reminder that the "ADHD is a superpower" posts make me want to throw my phone. It's a disability. It can have upsides. Both are true. Rant over, back to my 14 open tabs.`,
    `Please share. My brother {{PERSON|Rahul}} went missing last night after a psychotic episode. He's {{AGE|32}}, last seen near {{LOCATION|Southall}} station in a grey hoodie. Please call {{PHONE|020 7946 0538}} or the police on 101 if you see him. We just want him home 🙏`,
    `Been on the waiting list for an autism assessment for 2 years. Got a letter today saying "Your position on the waiting list is 347". Only 346 people ahead of me 🙃`,
  ],
};
