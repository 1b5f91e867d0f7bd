import type { DraftGroup } from '../forum-drafts/group';

/** Chronic pain, fibromyalgia, CRPS and back pain groups. */
export const pain: DraftGroup = {
  prefix: 'h4-pain',
  topic: 'Chronic pain and fibromyalgia: pain clinics, work, benefits, meds',
  drafts: [
    `Fibro flare day 4. Pregabalin 150mg twice daily, amitriptyline 20mg at night, and a hot water bottle I've named Hope. Spoons: zero. Netflix: on.`,
    `Hiya all, {{PERSON|Jodie}} here ({{AGE|41}}) from {{LOCATION|Merthyr}}. Diagnosed with fibro 2 yrs ago. I work on the tills at {{ORGANIZATION|Asda}} and they've put me on a disciplinary for sickness absence even tho I've got a GP letter. Anyone know my rights? Union rep is {{PERSON|Gareth}} but hes useless lol`,
    `Anyone tried low dose naltrexone (LDN) for fibro? My pain doc suggested 1.5mg titrating up to 4.5mg. I read the Stanford study and the r/Fibromyalgia wiki has a section on it too. Not available on the NHS round here so it'd be private.`,
    `Pain clinic letter came:

"Dear Mr {{PERSON|Kowalczyk}},
Your appointment with Dr {{PERSON|Anand Iyer}}, Consultant in Pain Medicine, is on {{DATE|Tuesday 17th June 2025}} at 09:15 at the {{ORGANIZATION|Walton Centre}}. Please bring this letter.
NHS number: {{ID_NUMBER|943 476 5919}}"

So nervous. Has anyone had the pulsed radiofrequency there?`,
    `CRPS awareness month 🧡 For anyone newly diagnosed: look up the Budapest criteria, mirror therapy and graded motor imagery. Burning Nights CRPS Support has the best info I've found. Sending love to everyone in the orange army.`,
    `{{AGE|36F}}, chronic back pain after fusion L4-S1. My pain mgmt doc in {{LOCATION|Tulsa}} just dropped me bc of "new policy". I'm a nurse at {{ORGANIZATION|Saint Francis}} so HR says I can't be on Suboxone?? is that even legal? I feel like a criminal for being in pain`,
    `Pacing tips I wish I'd had at the start:
1) use a timer
2) sit down to cook
3) never plan two big things in one day
4) say no
Will probably ignore all four tomorrow 😂`,
    `Anyone know a good physio in {{LOCATION|Ennis}}? Moved down from {{LOCATION|Dublin}} in May and my fibro's gone mad. GP is Dr {{PERSON|Ní Bhriain}} at {{ORGANIZATION|Cloister Medical}}, she's great but the pain clinic list is 2 years. Text me {{PHONE|085 771 2046}} if you know anyone 🙏 {{PERSON|Síle}}`,
    `Dear fibro,
Will you ever let me sleep more than 3 hours?
Regards, Me
P.S. can I sue you for damages? 😴`,
    `Long post sorry. I'm {{AGE|58}}, from {{LOCATION|Geelong}}, hurt my back at work ({{ORGANIZATION|GeelongPort}}) back in 2018 and the WorkSafe claim is STILL going. Claim number {{ID_NUMBER|WS-2018-0774213}} — does anyone know how long conciliation takes? My lawyer {{PERSON|Bridget Lam}} says 6 months but I've heard 2 years...`,
    `Joint count today: knees, hips, shoulders, jaw (TMJ). Dr Google says Ehlers-Danlos, my GP says fibro, my physio says hypermobility spectrum disorder. Beighton score 6/9. At least someone's consistent.`,
    `hi all does anyone want to be penpals? real letters not online. im {{AGE|67}} fibro and arthritis and live on my own since my husband passed. write to me at {{ADDRESS|9 Orchard Close}}, {{LOCATION|Bideford}}, {{POSTCODE|EX39 3QT}} or email {{EMAIL|pat.trelawney@btinternet.com}} love {{PERSON|pat}}`,
    `Anyone watched the {{OTHER|Lady Gaga}} documentary where she talks about her fibro? Five Foot Two I think it's called. Really helped me explain it to my family.`,
    `Hi, I'm {{PERSON|Oluwaseun}} ({{PERSON|Seun}} for short), {{AGE|45}}, from {{LOCATION|Mississauga}}. Pain from a failed knee replacement. Been waiting for the {{ORGANIZATION|Wasser Pain Centre}} at {{ORGANIZATION|Mount Sinai}} for 18 months. My family doctor Dr {{PERSON|Chowdhury}} says it could be another year. Is there anything closer to {{POSTCODE|L5M 4Z6}}?`,
    `Is there a difference between co-codamol 30/500 and Zapain? Pharmacist says same thing, different brand. Also tramadol 50mg made me feel like I was underwater. Never again.`,
    `Throwaway. {{AGE|33F}}, fibro + endo. DH ({{PERSON|Rob}}) has been amazing but he's burning out. We live in {{LOCATION|Leith}} and his mum keeps turning up unannounced with "cures". Latest is a copper bracelet off a market stall... how do I say no kindly?`,
    `Hot tip for flare weather: AccuWeather has an "arthritis index" in the app. Mine said high today. My body said higher 🌧️`,
    `Update from my spinal cord stimulator trial 🔋 Had it put in on {{DATE|14 January}} at {{ORGANIZATION|Southmead}} by Mr {{PERSON|Vashisht}}. 60% less pain in my legs!!! I'm in {{LOCATION|Yate}} if anyone local wants to chat about it, I'm {{PERSON|Dev}}, on Facebook as {{URL|facebook.com/dev.bhatt.1989}}`,
    `Things people have said about my fibro: "have you tried yoga", "my aunt cured hers with turmeric", "but you look fine". Mark my words, the next person who says I look fine gets the full lecture.`,
    `Kia ora, {{AGE|50}}, chronic pain + fibro in {{LOCATION|Tauranga}}. Has anyone been to the pain service at {{ORGANIZATION|Tauranga Hospital}}? My GP Dr {{PERSON|Te Rangi}} referred me back in March and I've heard nothing. Flick me a txt {{PHONE|+64 21 555 0132}} — {{PERSON|Wiremu}}`,
    `PSA: if your back pain suddenly changes and you get numbness in the saddle area or can't control your bladder, that could be cauda equina. Go to A&E or call 999, do NOT wait for your GP. The NHS page on it lists the red flags.`,
    `Our fibro support group meets the first Thursday of the month at the library in {{LOCATION|Bramhall}}. Next one is {{DATE|6th Feb}}. Contact {{PERSON|Sue Hargreaves}} on {{PHONE|0161 496 0812}} or {{EMAIL|bramhallfibro@outlook.com}}. Everyone welcome, chairs with arms provided!`,
    `Pain scale for the chronically ill: 0 = myth, 3 = good day, 5 = what the doctor sees because I'm "coping", 7 = can't open a jar, 10 = A&E. Today's a 6. May the spoons be with you ✨`,
    `Bonjour from {{LOCATION|Lyon}} — I'm {{PERSON|Camille}}, {{AGE|29}}, fibromyalgie. I joined the English group because the French ones are so negative lol. My rhumatologue at {{ORGANIZATION|Hôpital Édouard Herriot}} put me on duloxetine 60mg. Anyone on it? My number if you want to send voice messages: {{PHONE|+33 6 71 24 88 19}}`,
    `Question about PIP: does anyone know if they'll ask about my TENS machine? And does the Blue Badge scheme accept fibro? Ringing Scope's helpline tomorrow, wish me luck.`,
  ],
};
