import { chiNumber } from '../checksums';
import type { DraftGroup } from './group';

export const respiratory: DraftGroup = {
  prefix: 'resp',
  topic: 'COPD, asthma, bronchiectasis and cystic fibrosis groups',
  drafts: [
    `My dad {{PERSON|Brian Atkinson}} ({{AGE|78}}) is in {{ORGANIZATION|Glenfield}} with a COPD exacerbation. Any tips for keeping him comfortable? We live in {{LOCATION|Market Harborough}} so it's a trek every day`,
    `Trelegy vs Trimbow? Switched last month. Trelegy is once a day which is easier. Still using Ventolin 4-5 times a day though. Pulmonary rehab starts in June.`,
    `Anyone in the {{LOCATION|Halifax}} area doing pulmonary rehab? I'm {{AGE|66}} and on oxygen 2L. Ring me on {{PHONE|01422 555017}}, ask for {{PERSON|Maureen}}`,
    `Peak flow down to 250 from 420. Started pred 40mg for 5 days as per my asthma plan. If it's not better by tomorrow I'll ring 111. Fostair 200/6 two puffs twice a day.`,
    `My CF clinic at {{ORGANIZATION|Papworth}} says I can start Kaftrio!! {{AGE|23}}, been waiting forever. Shout out to my physio {{PERSON|Lucy}} who never gave up on me 💙`,
    `Asthma + Lung UK helpline was so helpful today. Also the British Lung Foundation videos on breathing control. Spacer technique matters a lot apparently.`,
    `{{PERSON|Dermot Keane}} here, {{AGE|71}}, from {{LOCATION|Ennis}}. Got the COPD diagnosis at {{ORGANIZATION|UHL}} last week. Spiriva and the blue one. My son set this facebook up for me so forgive the typos`,
    `Nebuliser recommendations? Portable one for holidays. Going to Spain in September and want to be prepared. Travel insurance was a nightmare with COPD.`,
    `Please share: our {{PERSON|Charlie}} ({{AGE|4}}) needs a Trikafta funding decision. Petition: {{URL|change.org/p/fund-trikafta-for-charlie-mcintyre}}. We're in {{LOCATION|Moncton}}, NB.`,
    `Does anyone else get a cough that ends in vomiting? Bronchiectasis, 3rd infection this year. Doxycycline 100mg. Physio says the Acapella device helps clear it.`,
    `For the oxygen company - my account number is {{ID_NUMBER|BOC-3381902}} and they still haven't delivered. Address is {{ADDRESS|7 Rowan Close}}, {{LOCATION|Kettering}} {{POSTCODE|NN15 6QT}}. Is BOC this bad for everyone?`,
    `Alpha-1 antitrypsin deficiency - anyone on augmentation therapy? Not routinely funded in England apparently. My levels were 0.4 g/L.`,
    `My grandson made me this page to raise money for my new wheelchair {{URL|https://www.justgiving.com/crowdfunding/nana-pat-wheels}} - {{PERSON|Pat}}, {{LOCATION|Gateshead}}`,
    `Hot weather is the worst for breathing. Stayed in all day with the fan and the blinds down. Met Office says 31 tomorrow. Hope you're all keeping cool.`,
    `Started on home oxygen {{DATE|12/03/2024}}. Respiratory nurse {{PERSON|Karen}} from {{ORGANIZATION|Airedale}} comes every 2 weeks. Is 16 hours a day normal?`,
    `Xolair or Nucala for severe asthma? Eosinophils were 0.6 so consultant says I qualify for a biologic. Asthma clinic appointment soon.`,
    `Aussie here, {{AGE|58}}, {{LOCATION|Geelong}}. COPD from 40 years of smoking. Quit in 2015. Respiratory physician Dr {{PERSON|Nguyen}} at {{ORGANIZATION|University Hospital Geelong}} wants me to try pulmonary rehab again.`,
    `Long covid breathlessness - has anyone been to one of the post-covid clinics? Mine was 9 months waiting. Breathing exercises from the NHS Your COVID Recovery site helped.`,
    `Apologies for posting my scan letter, just need help understanding: "Patient: {{PERSON|Ewan McLeod}}, CHI {{ID_NUMBER|${chiNumber('140358', '271')}}}. CT thorax shows centrilobular emphysema." What does centrilobular mean?`,
    `Will the flu jab make my asthma worse? Last year I felt rough for a couple of days. Pharmacist says it's much safer to have it. Getting it Thursday.`,
  ],
};
