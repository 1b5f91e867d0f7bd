import type { DraftGroup } from '../forum-drafts/group';

export const heartMind: DraftGroup = {
  prefix: 'h3-chest',
  topic: 'Heart, lung (asthma, COPD, fibrosis) and mental health groups',
  drafts: [
    `Just had an ablation for AF. Chest feels bruised and my heart is still skipping. EP said that's normal for up to 3 months, the "blanking period". Anyone else?`,
    `Cardiac rehab starts {{DATE|9 September}} at {{ORGANIZATION|Castle Hill}}. I'm {{AGE|61}}, had 2 stents put in after a heart attack at work. Bit nervous about the treadmill if I'm honest.`,
    `COPD and winter. Rescue pack in the drawer, flu jab done, covid booster done. Anything else I should be doing? Pulmonary rehab was brilliant last year.`,
    `If anyone needs someone to talk to at 3am I'm usually awake. My discord is {{HANDLE|moth_at_midnight}}, just DM. Not a professional, just someone who's been there. Samaritans is 116 123 if it's really bad x`,
    `Sertraline day 10. Anxiety worse not better, jaw clenching, barely sleeping. GP said it can get worse before it gets better. How long did yours take?`,
    `Does the Blue Badge scheme count heart failure? NYHA class III, I can walk maybe 50m before I'm gasping. Council website is useless.`,
    `Selling my mother's portable oxygen concentrator, she passed in the spring ❤️ Inogen One G4 with 2 batteries and the bag. Collection from {{LOCATION|Carrigaline}}, {{POSTCODE|P43 VX81}} or can post. {{PHONE|087 214 6630}}, evenings best.`,
    `Bipolar II and lithium levels. Mine came back 0.9 last week, nurse wants it 0.6-0.8. Anyone else get the shaky hands? Propranolol helps a bit.`,
    `Asthma attack last night, ended up in {{ORGANIZATION|Tauranga Hospital}} ED again. I'm {{AGE|19}} and this is my third admission this year 😞 Respiratory team want to start me on Nucala. Does the injection hurt?`,
    `For the lurkers having a rough night: you're not alone. Text SHOUT to 85258 in the UK or HOME to 741741 in the US. Please reach out 💛`,
    `My EAP through {{ORGANIZATION|Kroger}} only covers 6 sessions and my therapist is great but I'm on session 5. Any sliding scale therapists in {{LOCATION|Louisville}}? Email me at {{EMAIL|tmarshall502@yahoo.com}} if you'd rather not post publicly.`,
    `Pulmonary fibrosis, just started nintedanib. The diarrhoea is grim. Loperamide before meals? Consultant said give it a month before deciding.`,
    `Can someone explain this letter from my GP? "{{PERSON|Moira Dunlop}}, {{ADDRESS|Flat 2/1, 48 Whitehill Street}}, {{LOCATION|Dennistoun}}, {{POSTCODE|G31 2LR}}. CHI {{ID_NUMBER|140372 4814}}. Echo shows EF 35%, mild LVSD." What's LVSD? Is 35 bad?`,
    `ADHD meds shortage again. Pharmacy has no Elvanse 50. Tried 4 chemists today. Any tips for finding stock or do I ask to switch?`,
    `{{AGE|45M}} in {{LOCATION|Hamilton}}, Ontario. Just diagnosed with heart failure after a "chest infection" that never went away. Wife is terrified, honestly so am I. Any men's groups around here?`,
    `ptsd nightmares... prazosin anyone? psych suggested it but my bp is already low and i'm worried about fainting`,
    `I wrote about my first year with an LVAD on my blog, the good, the bad and the battery alarms at 2am: {{URL|lifewithaheartpump.blogspot.com}}. Big thanks to my cardiologist Dr {{PERSON|Balogun}} for reading a draft.`,
    `Inhaler technique check! Spacer with the MDI, breathe in slowly, hold for 10 secs. My asthma nurse said most people get it wrong. And rinse after the brown one.`,
    `Discharged from {{ORGANIZATION|Springfield}} on {{DATE|Friday 14 Feb}} after 6 weeks on the ward. Valentine's day of all days lol. Scared about being home. My CPN {{PERSON|Donna}} is coming twice a week which helps.`,
    `{{OTHER|Stephen Fry}}'s documentary on bipolar is old now but it still hits. Anyone rewatched it lately?`,
  ],
};
