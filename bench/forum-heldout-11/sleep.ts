// Narcolepsy, sleep apnoea and idiopathic hypersomnia, written blind for the eleventh held-out set:
// CPAP, wake-promoting medicines, sleep studies, driving rules, work and study.
import type { DraftGroup } from '../forum-drafts/group';

export const sleep: DraftGroup = {
  prefix: 'h11-sleep',
  topic: 'narcolepsy, sleep apnoea and idiopathic hypersomnia: CPAP, modafinil/pitolisant, driving rules, sleep studies',
  drafts: [
    "Narcolepsy type 1 with cataplexy. On pitolisant (Wakix) 36mg and it's okay, modafinil stopped working. Sodium oxybate (Xyrem) is the dream but the night-time second dose... anyone on Lumryz once nightly?",
    "DVLA sent the form back because I put the wrong date for my sleep study. It was {{DATE|21 May 2024}} not 2023. Name's {{PERSON|Callum}} btw, new here, just diagnosed with moderate OSA (AHI 24). CPAP for 3 weeks and I already feel human.",
    "CPAP mask rash — AirFit F20, the silicone irritates the bridge of my nose. Tried Gecko pads and a memory foam cushion. ResMed AirTouch is nicer. May try the nasal pillows (AirFit P10) next.",
    "{{AGE|19F}}, college student at {{ORGANIZATION|Duquesne}}, EDS so bad I fell asleep in an exam. Sleep study (PSG + MSLT) at {{ORGANIZATION|UPMC}} next month. MSLT mean latency needs to be under 8 min right? If anyone in a similar boat wants to talk, {{PHONE|412-867-3390}}",
    "Idiopathic hypersomnia folks: sleep inertia in the morning is brutal. 3 alarms, a vibrating one under the pillow, and my partner bringing the first dose of stimulant 30 min before I need to get up. Xywav is approved for IH in the US, not here.",
    `Sleep clinic letter, pasting so you can see how vague it is:

Re: Mr {{PERSON|Dariusz Nowicki}}, {{ADDRESS|Flat 12, Carrick House, Mill Lane}}, {{LOCATION|Bolton}} {{POSTCODE|BL3 6PA}}
Hosp No: {{ID_NUMBER|BH0417726}}
You have been booked for an overnight polysomnography on Wednesday {{DATE|10 December}} at 19:30.
{{ORGANIZATION|Royal Bolton Hospital}} Sleep Unit

It doesn't say what to bring!`,
    "Epworth score 19. GP said 'everyone's tired'. Pushed for a referral and got diagnosed with narcolepsy type 2. Trust your body. The Narcolepsy UK site has a letter template for GPs.",
    "Anyone in {{LOCATION|Galway}} get their CPAP through the HSE? Supplier says they'll deliver but they want my Eircode twice on different forms. It's {{POSTCODE|H91 R2K6}}. Also do they ring first? I'm on nights, text {{PHONE|086 221 7304}}",
    "Driving rules for OSA in the UK: you must tell the DVLA if you have moderate or severe OSA with excessive sleepiness. Once treated and the sleepiness is controlled, most keep their licence. Group 2 (HGV) is stricter, needs compliance data.",
    "HGV driver with sleep apnoea here, been at {{ORGANIZATION|Eddie Stobart}} 11 years. Compliance download every year for the DVLA, my AirSense 11 shows 7.2 hrs avg. Happy to help other drivers, I post tips on TikTok {{HANDLE|@cpap_trucker_mick}}",
    "Cataplexy triggers for me: laughing at a joke, surprise, anger. Knees buckle, jaw goes slack. Friends think I'm fainting. Venlafaxine helped a lot. Hope and humour, that's how I cope.",
    "The referral form for the home sleep study says 'Medicare no. {{ID_NUMBER|4071 52938 2}} IRN 1' and 'address: {{ADDRESS|6/22 Esplanade}}, {{LOCATION|Cronulla}} NSW {{POSTCODE|2230}}'. Dr {{PERSON|Nguyen}} bulk bills it. Is that enough for them to post the kit or do I need to ring?",
    "Modafinil and the pill — it reduces how well hormonal contraception works. Use a coil or condoms. My consultant never mentioned it, a pharmacist did. Frank conversation worth having.",
    "My son {{PERSON|Ezra}} is {{AGE|11}} and we think he has narcolepsy, falls asleep in class, sleep paralysis, the lot. Wait for a pediatric sleep clinic in BC is 18 months!! The referral has his PHN {{ID_NUMBER|9876 543 217}} spelled wrong, do I get the GP to redo it or will they match it anyway?",
    "Sleep paralysis + hypnagogic hallucinations: the 'someone in the room' one is the worst. Knowing it's part of narcolepsy helped me. Sleeping on my side reduced it.",
    "Does anyone have a letter template for university exam adjustments? Rest breaks, nothing before 10am, a room to nap in. Disability services at {{ORGANIZATION|University of Bristol}} said to bring 'evidence' but won't say what. If you've got one please send it to my uni email {{EMAIL|zoe.hartigan@bristol.ac.uk}} thank you!! {{PERSON|Zoë}}",
    "Inspire (hypoglossal nerve stimulation) for CPAP intolerant folks — available in the US, limited in the UK. BMI under 32-35, no complete concentric collapse on DISE. Anyone had it?",
    `DVLA letter came:

"Driver number: {{ID_NUMBER|MORGA855154GE9LK}}
Dear {{PERSON|Gwen Morgan}},
We have decided you may continue to hold a licence..."

I'm {{AGE|41}} and finally allowed to drive my kids again. cried in the hallway`,
    "{{OTHER|Shaquille O'Neal}} has talked about his sleep apnea and CPAP. {{OTHER|Reggie White}} died from complications linked to it. Men, please get your snoring checked.",
    "{{PERSON|Tomasz}} I'm the same!! night shifts at the {{ORGANIZATION|Amazon}} warehouse in {{LOCATION|Dunfermline}} and my IH is way worse. Occupational health said switch to days but the days team is full.",
    "CPAP cleaning: warm soapy water for the mask daily, tube and tank weekly. Don't use the SoClean ozone thing, ResMed says it voids the warranty. Distilled water in the humidifier.",
    "Hello, I live in {{LOCATION|Utrecht}}. Diagnosed with IH at {{ORGANIZATION|Kempenhaeghe}} on {{DATE|4 september}}. Dutch insurance does not cover modafinil for IH, only for narcolepsy. Any Dutch people here? Whatsapp {{PHONE|+31 6 24819377}}",
    "Scheduled naps: two 20-min naps at 12:30 and 16:30 changed my afternoons. Pair that with pitolisant. Give yourself 10 min after waking before you drive.",
    "I wrote about my 3 year CPAP journey, graphs and all: {{URL|https://sleepyandstubborn.substack.com}} — {{PERSON|Ines}}",
    "Kleine-Levin syndrome is different from IH — episodic, weeks of sleeping then back to normal. Very rare. {{OTHER|Stanford}} has done most of the research. Anyone here have a teen with it?",
    "finally got the narcolepsy dx after 11 years. i was asleep at my own 30th birthday party lol (born {{DOB|6/9/1991}} so do the maths). neuro wants to start solriamfetol (Sunosi). bit scared of BP effects. any1 on it? email me if u prefer privacy {{EMAIL|sleepy.aoife91@yahoo.ie}}",
    "Sleep study results: AHI 7 (mild), ODI 5, lowest SpO2 88%. They said lifestyle changes and maybe a mandibular advancement device. Is CPAP worth pushing for at mild?",
  ],
};
