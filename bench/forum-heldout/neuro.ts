import type { DraftGroup } from '../forum-drafts/group';

export const neuro: DraftGroup = {
  prefix: 'ho-neuro',
  topic: 'Epilepsy, migraine, Parkinson\'s and other neurology groups',
  drafts: [
    `Had a tonic clonic at work yesterday, first one in 2 yrs. I work at {{ORGANIZATION|Tesco}} in {{LOCATION|Hamilton}} and my manager {{PERSON|Gary}} was amazing, stayed with me till the ambulance came. Now I lose my licence again for 6 months 😞 Keppra 1500 twice a day. any epilepsy groups near {{POSTCODE|ml3 7tw}}?`,
    `Lamictal rash question - how do you tell a normal rash from SJS? Mine's on my arms, not itchy, no fever. Going up from 100 to 150mg this week. Ringing 111 later if it spreads.`,
    `Bell's palsy at 28 weeks pregnant. Left side of face dropped overnight. Prednisolone for 10 days. Anyone get full recovery? How long did it take?`,
    `My son {{PERSON|Jack}} ({{AGE|11}}) has absence seizures, maybe 50 a day. EEG at {{ORGANIZATION|Birmingham Children's}} on {{DATE|28th Nov}}. His school ({{ORGANIZATION|Kings Norton Boys}}) never noticed?? Teachers thought he was daydreaming for 2 years.`,
    `Jack of all trades master of none, that's my migraine meds history. Tried topiramate, propranolol, amitriptyline, candesartan. Now on Ajovy and 60% fewer migraine days. Don't give up.`,
    `Young onset PD here, {{AGE|51}}. Diagnosed {{DATE|14/06/2023}} by Dr {{PERSON|Ivanova}} at {{ORGANIZATION|Salford Royal}}. I'm a joiner, self employed, in {{LOCATION|Bolton}}. Madopar 62.5 3x a day. Tremor is worse when I'm stressed which is always lol`,
    `{{OTHER|Michael J Fox}}'s book is genuinely funny, recommend for anyone newly diagnosed with Parkinson's. Parkinson's UK helpline 0808 800 0303 were really kind to my wife too.`,
    `Ménière's for 6 yrs, hearing in my left ear nearly gone. ENT at {{ORGANIZATION|Cork University Hospital}} suggested a gentamicin injection. Anyone done it? Also the medical card form asks for my PPS ({{ID_NUMBER|7315804J}}) twice, do I need my husband's too or just mine`,
    `Is anyone's epilepsy triggered by lack of sleep more than anything? Night shifts are out for me now. Epilepsy Action have a good page on work rights.`,
    `Migraine with aura, {{AGE|33F}}. Neuro said no to the combined pill because of stroke risk. Waiting for the botox clinic at {{ORGANIZATION|Hull Royal}}, 9 month wait 😩 I live in {{LOCATION|Beverley}}, anyone near {{POSTCODE|HU17 8RD}} want to car share when we both get called?`,
    `Guillain-Barré 2 years on: still have numb feet but walking without a stick. IVIG saved me. The GBS/CIDP Foundation forums helped so much when I was in ICU.`,
    `Does anyone have the email for Dr {{PERSON|Mensah}}'s secretary at {{ORGANIZATION|Queen's Medical Centre}}? Trying to chase my MRI results, it's been 7 weeks. Or if she's in here mine is {{EMAIL|p.kowalski82@gmail.com}} 🙏 {{PERSON|Pawel}}`,
    `Seizure first aid: time it, cushion the head, recovery position, call 999 if it goes over 5 minutes. Please share, so many people still try to put things in mouths!`,
    `SUDEP awareness 💜 My brother {{PERSON|Ryan Doherty}}, born {{DOB|4 March 1997}}, died in his sleep on {{DATE|12 August 2021}}. We're doing a sponsored walk in {{LOCATION|Derry}} for him, donations here {{URL|justgiving.com/page/walk-for-ryan-doherty}}. Talk to your neuro about night monitors please.`,
    `Cluster headaches: high flow oxygen 15L/min through a non-rebreather is the only thing that works. Took 3 GP visits to get it prescribed. OUCH UK has a letter template you can take in.`,
    `I'm {{HANDLE|u/seizure_sam_bc}} on r/epilepsy if anyone remembers me. Moved to {{LOCATION|Kelowna}} and the walk-in says the wait for a neuro is 14 months?? BC friends how do you do it`,
    `Pregnant on lamotrigine? Levels drop a lot in pregnancy, mine went from 8 to 3. Neuro upped the dose every 4 weeks. Happy healthy baby now. The UK Epilepsy and Pregnancy Register is worth joining.`,
    `Carer for my husband {{PERSON|Frank}}, {{AGE|74}}, Parkinson's with dementia. Hallucinations every night now. Consultant at {{ORGANIZATION|Ulster Hospital}} stopped the ropinirole. We're in {{LOCATION|Bangor}} (NI not Wales). Anyone else going through this?`,
    `Frank question: does anyone else feel relieved when they get a diagnosis? Everyone expects you to be sad but after 4 years of "it's stress" I cried with relief when the neuro said FND.`,
  ],
};
