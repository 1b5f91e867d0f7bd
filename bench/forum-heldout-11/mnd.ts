// Motor neurone disease / ALS, written blind for the eleventh held-out set: patients and family
// carers on speech, feeding tubes, NIV, equipment, benefits and hospice.
import type { DraftGroup } from '../forum-drafts/group';

export const mnd: DraftGroup = {
  prefix: 'h11-mnd',
  topic: 'motor neurone disease / ALS: patients and carers; speech, feeding tubes, NIV, equipment, hospice',
  drafts: [
    "Dad's speech has gone quite slurred over the last 2 months. SLT suggested voice banking now while he still can. Has anyone used SpeakUnique or ModelTalker? The MND Association has a page on it but I'd love real experiences.",
    "My husband {{PERSON|Graham}} was diagnosed with bulbar onset MND on {{DATE|12 March}}. He's {{AGE|58}}. We've been told to expect 2-3 years but nobody really knows. Our neuro nurse {{PERSON|Alison}} at {{ORGANIZATION|Salford Royal}} has been amazing. I just wanted to say hello, I don't really know what to ask yet.",
    "PEG vs RIG — can someone explain the difference in plain English? Neuro wants Mum to decide before her FVC drops below 50%. She's scared of the op. Riluzole seems to be doing nothing we can see.",
    "ALS, limb onset, dx {{DATE|June 4th}}. I'm a {{AGE|44}} yo dad of two in {{LOCATION|Tacoma}}. VA covers a lot since I'm a vet (ALS is presumptive service connected, if anyone didn't know). My ALS clinic at {{ORGANIZATION|Harborview}} is getting me a power chair eval. If anyone local wants to connect my cell is {{PHONE|(253) 318-4427}}",
    "Does anyone else's person get the emotional lability thing? Pseudobulbar affect. He laughs at the worst moments, like at the funeral last week. The neuro mentioned Nuedexta (dextromethorphan/quinidine) but says it's not on the NHS. Hope there's something else.",
    `Here's the wheelchair service referral they filled in, can someone tell me if it's right before it goes:

Name: {{PERSON|Margaret Ellen Rudd}}
Date of birth: {{DOB|22.08.1951}}
Address: {{ADDRESS|7 Lowther Crescent}}, {{LOCATION|Penrith}}, {{POSTCODE|CA11 8QJ}}
NHS number: {{ID_NUMBER|350 662 9182}}
Diagnosis: MND (ALS variant)
Requirement: tilt in space, head support

they've put her down as "independent transfers" which she hasn't been since summer`,
    "NIV tips please. Trilogy at night, mask leaks on the left side every time he turns. We've tried the full face and the nasal pillows. ResMed and Philips reps were no use. Will a chin strap help with the nasal one?",
    "thank you so much everyone. mum passed peacefully at 3am, syringe driver in, no distress at the end. the hospice team at {{ORGANIZATION|st michael's}} were incredible. if anyone from the group wants to come it's at the crem on friday {{DATE|21st november}}, 2pm. she loved this group. {{PERSON|lou}} xx",
    "Charcot's disease, Lou Gehrig's disease, MND, ALS — it's all the same thing right? My aunt in France calls it maladie de Charcot and I got really confused. And is Kennedy's disease (SBMA) a type of MND or something different?",
    "Posting because I'm furious. The clinic letter came addressed to me but it says CHI {{ID_NUMBER|041162 3354}} and DOB {{DOB|04/11/62}}, neither of which are mine, and the results are someone else's too. Somewhere a lady called {{PERSON|Agnes}} is probably getting my dad's. Is that a data breach? Who do I even report it to in Scotland",
    "Eyegaze. We got a Tobii on loan through the specialist AAC hub. Took about 3 weeks to get used to. Grid 3 software. If your person still has good eye control get the referral in early, the waiting list is long.",
    "my brother {{PERSON|Jarrah}} has MND and the NDIS plan review is next week. They want letters from everyone. His OT in {{LOCATION|Wollongong}} wrote one but she's on leave now. Anyone know if FightMND or MND NSW help with advocacy? you can call me on {{PHONE|0438 227 105}} if easier, typing's hard at the moment, I'm doing most of his stuff now",
    "{{OTHER|Rob Burrow}} and {{OTHER|Kevin Sinfield}} did so much for awareness. Watching the documentary with Dad was hard but he said he felt seen. {{OTHER|Doddie Weir}}'s foundation funded the trial his consultant mentioned.",
    "I'm the carer for my wife and my employer ({{ORGANIZATION|Northgate Logistics}}, warehouse) won't budge on flexible hours. HR said 'we sympathise but'. Has anyone used the Carers UK advice line? or if you've won a flexible working appeal could you email me, {{EMAIL|d.prendergast77@btinternet.com}}. cheers, {{PERSON|Dave}}",
    "Sialorrhoea — the drooling — what worked for you? Hyoscine patches made him confused. Glycopyrronium liquid is better but now the saliva is thick. A nebuliser with saline is helping a bit. Botox to the glands is next.",
    `Checklist I made for when we call the out of hours team, sharing in case it helps someone make their own:
- patient: {{PERSON|Stephen Achterberg}}
- NHS: {{ID_NUMBER|918 273 6456}}
- on NIV overnight, IPAP 16 EPAP 6
- DNACPR in the red folder by the door
- ReSPECT form signed {{DATE|2 Sept}}
- GP: {{ORGANIZATION|Brookfield Surgery}}
- me (wife): {{PHONE|07823 416 905}}`,
    "How long did the assessment for a ceiling hoist take for you? We've had the OT out twice and the council adaptations team still haven't measured. Mum is now stuck upstairs. The MND Association grant helped with the riser recliner at least. MND Connect on {{OTHER|0808 802 6262}} were kind when I rang crying.",
    "I've started writing about caring for Mum, the funny bits and the grim bits. It's helping me more than anything. Instagram is {{HANDLE|@thetubefeedchronicles}} if anyone wants to follow. I'm a {{AGE|29}} year old only child doing this on my own so if you're in the same boat say hi.",
    "Question about tofersen (Qalsody) — it's only for the SOD1 mutation isn't it? We had genetic testing and it's C9orf72. The consultant said no trials open right now that fit. Has anyone been through the genetic counselling bit for their kids?",
    "update on dad: the palliative consultant (dr {{PERSON|mcallister}}) came to the house today. we're moving him to {{ORGANIZATION|Mary Potter Hospice}} thursday. they've been lovely. i'm back in {{LOCATION|Wellington}} for the next fortnight so if anyone from the group is nearby and wants a coffee let me know",
    "Things nobody tells you: the bath board, the perching stool, the long handled sponge, the plate guard, the weighted cutlery. Then 3 months later all of it is useless and you need the next thing. Ask for the next thing early. Grace under pressure is overrated, shout at the OT if you have to.",
    "Could anyone recommend a hairdresser who does home visits around {{LOCATION|Mullingar}}? {{PERSON|Noreen}} used to go into town every week and it was her one treat. Now she can't manage the car. We're out at {{ADDRESS|Clonmore, Ballinea Road}}, {{POSTCODE|N91 C7T2}}. Thanks a million",
    "Dysphagia diet levels confused me so much. IDDSI level 4 puréed vs level 5 minced & moist. The SLT gave us a sheet. Thickener (Nutilis Clear) in everything now. Fork drip test. Anyone got recipes that aren't grim?",
    "Dad was diagnosed the week my daughter turned {{AGE|5}}. He keeps saying he wants to see her start school. She was born {{DOB|19 January 2020}} so it's September, he's holding on for it. I don't know what I'm asking. Just needed to write it down.",
    "{{OTHER|Stephen Hawking}} lived with it for over 50 years which gives people false hope I think. His was very unusual. Our consultant said median 2-3 years from symptom onset, about 10% live more than 10 years.",
    "We're raising money for a wheelchair accessible van for {{PERSON|Gareth}} so he can still get to the rugby. Anything helps 💙 {{URL|https://www.gofundme.com/f/van-for-gareth-pryce}}",
    "Just a note for newer carers: you can ask for a Continuing Healthcare assessment (CHC). It's a fight. Keep a diary of every care need, every night-time turn. We got Fast Track in the end. Mark down every refusal and ask for it in writing.",
  ],
};
