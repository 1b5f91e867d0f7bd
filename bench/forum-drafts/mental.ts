import { chiNumber } from '../checksums';
import type { DraftGroup } from './group';

export const mental: DraftGroup = {
  prefix: 'mh',
  topic: 'Mental health groups: depression, anxiety, bipolar, PTSD, eating disorders',
  drafts: [
    `Been on sertraline 100mg for 6 weeks. I'm {{AGE|19}} and in first year at {{ORGANIZATION|Trinity}} and my counsellor {{PERSON|Aoife}} thinks I should try CBT as well. Does it actually help?`,
    `If you're in crisis tonight please reach out: Samaritans 116 123 (UK & Ireland), 988 in the US and Canada, Lifeline 13 11 14 in Australia, or text SHOUT to 85258. You matter 💛`,
    `My therapist Dr {{PERSON|Weinberg}} is retiring and I'm devastated. 8 years. She's the only one who gets my bipolar. {{LOCATION|Skokie}} area, anyone recommend someone who takes BCBS?`,
    `Lamotrigine 200mg and lithium 800mg. Level was 0.7 last week. Shaky hands and thirsty all day. Is that normal or should I ask for a level check again?`,
    `If anyone wants to talk my Snapchat is {{HANDLE|jess.k.2004}} and discord {{HANDLE|jessiek#4821}} — I'm {{AGE|20}} from {{LOCATION|Leicester}}, anxiety and panic disorder`,
    `Quetiapine 25mg for sleep - anyone else gain loads of weight? 6kg since Christmas. Psychiatrist says it's low dose so shouldn't but here we are.`,
    `Shoutout to the crisis team at {{ORGANIZATION|Lynfield Mount}} and my care coordinator {{PERSON|Imran}}. Sectioned on {{DATE|3 January}} and finally home, feeling human again`,
    `Day 30 sober today 🎉 AA meetings, my sponsor and Naltrexone. One day at a time. Hope everyone's having a good Sunday.`,
    `PTSD from my time at {{ORGANIZATION|Camp Lejeune}}. Marine veteran, {{AGE|45}}. VA in {{LOCATION|Jacksonville}} finally approved my claim. VA file # {{ID_NUMBER|C 28 491 337}}`,
    `Anyone tried the Headspace or Calm apps for anxiety? Mind has some free resources too. Breathing 4-7-8 works for me on bad nights.`,
    `My daughter {{PERSON|Ellie}} is {{AGE|15}} and in the eating disorder unit at {{ORGANIZATION|Great Ormond Street}}. We drive from {{LOCATION|Luton}} every day. Any parents been through this?`,
    `CAMHS waiting list is 18 months in our area. Called 111 option 2 last night for my son. They were kind. Anyone know any charities that help while you wait? YoungMinds?`,
    `I'm starting a peer support group on Zoom for men with depression in {{LOCATION|Manchester}}. Email {{EMAIL|mike.t.peersupport@gmail.com}} or ring {{PHONE|07845 555932}}. {{PERSON|Mike}}`,
    `Does anyone else feel worse around the anniversary of things? Every November I crash. My CPN calls it anniversary grief. Being gentle with myself this month.`,
    `I'm {{PERSON|Dani}} ({{AGE|27}}, they/them) and I work at the {{ORGANIZATION|Starbucks}} on {{LOCATION|Queen Street West}}. My manager just asked why I'm "always sick". OCD and depression. Do I have to tell them?`,
    `Venlafaxine discontinuation is horrible. Brain zaps all day. Tapering 37.5mg every 2 weeks. Does anyone know if the beads in the capsule trick is safe?`,
    `I posted before as {{HANDLE|u/throwaway_bpd_mum}} on reddit but want to ask here too. My husband {{PERSON|Kevin}} doesn't know I have BPD. I'm {{AGE|36}}.`,
    `Just got an ADHD diagnosis after years of being treated for anxiety. Started Elvanse 30mg. Feels like my brain is quiet for once.`,
    `My psych at {{ORGANIZATION|the Royal Edinburgh}} said my CHI is wrong on the referral. It says {{ID_NUMBER|${chiNumber('050692', '183')}}}. Mine's 06 not 05. How do I get it fixed? 😩`,
    `Small win: showered, made toast, answered one email. Depression lies, it tells you these don't count. They do. 💪`,
  ],
};
