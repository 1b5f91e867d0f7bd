import type { DraftGroup } from './group';

export const ms: DraftGroup = {
  prefix: 'ms',
  topic: 'Multiple sclerosis groups',
  drafts: [
    `Diagnosed RRMS on {{DATE|3 October}}, still processing. I'm {{PERSON|Tom}}, {{AGE|38}}, a PE teacher at {{ORGANIZATION|Hillcrest Academy}} so the fatigue is a nightmare. Neuro offered Ocrevus or Kesimpta - thoughts?`,
    `Kesimpta or Ocrevus? I've read the NICE guidance and the MS Society pages but still can't decide. Monthly pen at home vs infusion every 6 months. Anyone switched?`,
    `my MS nurse is {{PERSON|Gill Parry}} at {{ORGANIZATION|the Walton Centre}} and she is an absolute angel. If you're on the {{LOCATION|Wirral}} like me and not under her, ask to be!`,
    `Uhthoff's is kicking my butt this heatwave. Cooling vest helps a bit. Also Lhermitte's sign every time I look down 😵‍💫 Is baclofen worth trying for spasms?`,
    `Sorry for the long post. I'm {{AGE|52}} and was dx'd with PPMS in {{LOCATION|Halifax}}, Nova Scotia. Waiting list for the MS clinic at the {{ORGANIZATION|QEII}} is crazy. My husband {{PERSON|Darren}} has been carrying everything. Is Ocrevus covered by Pharmacare here?`,
    `Just had round 2 of Lemtrada. Exhausted but okay. Days 1-5 steroids made me wired, slept maybe 3 hours. Going to take it easy this week, no plans till Friday.`,
    `Hey, if anyone wants to join our local MS coffee morning we meet at my house, {{ADDRESS|14 Chapel Lane}}, {{LOCATION|Bramhall}}, every other Thursday. Text me on {{PHONE|07700 312984}} - {{PERSON|Lorraine}}`,
    `MRI results: 2 new lesions, 1 enhancing. Neuro wants to escalate. Currently on Tecfidera 240mg twice a day. Vitamin D was 35 so I'm taking 4000 IU too.`,
    `Does anyone know Dr {{PERSON|Helena Voss}} at the {{ORGANIZATION|Charité}}? I moved to {{LOCATION|Berlin}} for work and need a new neurologist who speaks English. My insurance is {{OTHER|TK}}.`,
    `Foot drop getting worse. Physio suggested an FES device, the NHS one has a long wait. Has anyone bought their own? Bioness or Odstock? Prices seem mad.`,
    `Follow me on insta {{HANDLE|@wobbly_wendy_ms}} for daily life with MS, wheelchair hacks and too many cat pics 🐱`,
    `Top tip for anyone starting Copaxone: ice the site for 5 mins before and after. Rotate between the 7 sites. Bruising settled for me after about 2 months.`,
    `I'm {{AGE|29F}} and just found out I'm pregnant 🥹 on Tysabri. My neuro Dr. {{PERSON|Ramirez}} says keep going till week 30. Anyone else? We're in {{LOCATION|San Antonio}}.`,
    `What does everyone say when people ask "but you look so well"? Had it three times today at a family party. May just start wearing a sign lol`,
    `Reposting for my mum who isn't on Facebook: {{PERSON|Bernadette Lynch}}, {{AGE|67}}, from {{LOCATION|Mullingar}}, looking for others with SPMS in the midlands for a chat. Her email is {{EMAIL|bernielynch55@eircom.net}}`,
    `Anyone else's MS hug worse at night? Feels like a belt round my ribs. Pregabalin 75mg helped a bit but made me foggy. Thinking of asking about amitriptyline.`,
    `Doing my PIP form and it asks for my neuro - I put Dr {{PERSON|Lakshmi Iyer}} at {{ORGANIZATION|QE Birmingham}}. Also my NI number is {{ID_NUMBER|JT 48 29 61 B}} but they've spelt my name wrong on the letter, who do I ring?`,
    `Got my first Kesimpta dose today! Sensoready pen was easy. Mild headache and chills tonight, paracetamol sorted it. Thanks to everyone here who answered my questions last week 💙`,
    `{{PERSON|jen}} here again lol. update: EDSS went from 3.5 to 4. i'm {{AGE|45}}, live in {{LOCATION|tulsa}} and work at {{ORGANIZATION|walmart}} on the registers, standing all day is killing me. can i ask for a stool under the ADA?`,
    `Reminder that MS Awareness Week is coming up. The MS Trust has free booklets you can order. Mark it in your diaries folks 🧡`,
  ],
};
