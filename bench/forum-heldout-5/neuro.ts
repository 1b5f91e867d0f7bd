import type { DraftGroup } from '../forum-drafts/group';

export const neuro: DraftGroup = {
  prefix: 'h5-neuro',
  topic: 'Epilepsy, migraine and other neurological conditions',
  drafts: [
    `I'm {{AGE|19}}, first year at {{ORGANIZATION|Leeds Beckett}}, and had my first ever tonic-clonic in a lecture last week. Now on Keppra 500mg twice a day and I feel like a zombie. Do I tell my flatmates? How did you all handle uni?`,
    `Todd's paralysis after a seizure, is it normal for it to last nearly a whole day? My arm was useless until the evening. Neuro nurse said it can happen but I still panicked.`,
    `Our DS {{PERSON|Oisín}} is {{AGE|6}} and was just diagnosed with Dravet syndrome after the genetic test came back. He's under the neuro team in {{ORGANIZATION|Crumlin}} and they've been great, but we're terrified. Is there a parent group in Ireland anyone could point me to?`,
    `Aimovig 140mg month 3 update: migraine days down from 18 to 7 🙌 Constipation is real though. Also tried Ajovy first and it did nothing for me, so don't give up if the first CGRP doesn't work.`,
    `Got this text and can't remember booking it lol

"Appt reminder: {{PERSON|JORDAN ELLIS}}, DOB {{DOB|07/14/1990}}, with {{PERSON|Priya Raman}}, NP at {{ORGANIZATION|Northwell Headache Center}} on {{DATE|11/20}} at 2:30pm. Reply Y to confirm."

must have been during a migraine fog 🫠 is it normal for a headache clinic to be an NP not a neurologist?`,
    `Migraine Buddy has been a game changer for spotting my triggers. Turns out it's not chocolate, it's sleep and barometric pressure. Summer storms are the worst.`,
    `is this a scam?? someone rang saying they were from the Aimovig patient program and asked for my PHN and I gave it, {{ID_NUMBER|40217-8836}} 😩 only realised after they hung up. who do i call in Alberta to flag it`,
    `Selling my Cefaly, used for about 6 months before I moved to Vyepti infusions. Comes with 10 electrodes. €120, collection in {{LOCATION|Dún Laoghaire}} or can post. Call or text {{PHONE|01 555 8213}} after 6pm.`,
    `Epilepsy Action's helpline on 0808 800 5050 helped me write to my employer about reasonable adjustments. I didn't know they'd do that. Worth a ring if work are being difficult.`,
    `Epilepsy Action coffee & chat in {{LOCATION|Kettering}} is back on from next week, 2nd Tuesday of every month. If you want to come but don't want to walk in alone, email me at {{EMAIL|lou.haddon@btinternet.com}} and I'll meet you outside 😊`,
    `Has anyone else had awful mood changes on levetiracetam? {{HANDLE|u/auraqueen88}} posted a really good thread about "Keppra rage" last year but I can't find it now. Neuro mentioned switching to Briviact.`,
    `Hemiplegic migraine looks so much like a stroke. The first time I went to A&E by ambulance and they did a CT. Now I carry a card that says what it is. May be worth doing if you get them too.`,
    `Functional neurological disorder diagnosis after 2 years of tests. My neurologist Dr {{PERSON|Claes}} at {{ORGANIZATION|UZ Leuven}} was honestly the first to explain it without making me feel it was all in my head. We live in {{LOCATION|Heverlee}} so at least it's close. Anyone doing physio for FND?`,
    `Valproate question: I know the MHRA rules changed and they want women of childbearing age off Epilim. My neuro wants to switch me to lamotrigine. How long did your changeover take?`,
    `Trigeminal neuralgia for 4 years, carbamazepine stopped working. Having microvascular decompression with Dr {{PERSON|Nguyen}} at {{ORGANIZATION|St Andrew's}} in a couple of weeks. I'm {{AGE|47}} and live out at {{LOCATION|Toowoomba}}. Anyone had MVD? Is the recovery as rough as they say?`,
    `Copy of the email I've just sent the school, would love feedback before the meeting:

"Hi Mrs {{PERSON|Okonkwo}}, as discussed, {{PERSON|Zara}} ({{AGE|11}}) has absence seizures and may look like she's daydreaming. Her seizure plan is attached. If anything happens please call me on {{PHONE|07700 900 871}}. Thanks, {{PERSON|Samira}}"`,
    `Reading "Brain on Fire" by {{OTHER|Susannah Cahalan}}, about autoimmune encephalitis. Terrifying and fascinating. Anyone else been diagnosed with AE? Still finding my words a year on.`,
    `Purple Day bake sale at {{ORGANIZATION|Greenfield Nursery}} where our little man goes raised £412 for epilepsy research 💜 Page is still open if anyone wants to chip in: {{URL|justgiving.com/page/purpleday-greenfield-bakesale}}`,
    `In Ireland you have to be seizure free for a year to drive again after a first seizure (6 months in some cases). The NDLS medical fitness form is a nightmare. Just hang in there.`,
    `Pasting the DVLA letter because I'm in shock:

"Dear Ms {{PERSON|Hussain}}, Driver number {{ID_NUMBER|HUSSA861147S99XY}}. Following the information you provided about your seizure on {{DATE|3 July 2024}}, we have revoked your licence."

I told them myself!! Is there anything I can do? I'll lose my job.`,
    `Up at dawn with a migraine again. Sumatriptan 50mg, ice pack, dark room. Propranolol 80mg hasn't touched the frequency. Anyone tried candesartan as a preventive?`,
    `Migraine nurse here in NZ as well as a sufferer 🙋‍♀️ I'm {{AGE|29}} and work on the wards at {{ORGANIZATION|Christchurch Hospital}}. Shift work and migraine are a terrible combo, happy to share what's worked for me, add me on fb {{URL|facebook.com/tui.hemara.9}} 🙂`,
    `In the US the Epilepsy Foundation has a 24/7 helpline, 1-800-332-1000. They helped me with SUDEP questions I was too scared to ask my neuro. Please don't sit alone with those fears.`,
    `Ménière's AND vestibular migraine, the dizzy jackpot. Betahistine 16mg three times a day. The ENT drew a blank on why they overlap. Anyone else have both?`,
    `Guillain-Barré survivor here, 3 years on. Still get tingling in my feet in cold weather but I'm walking, working and driving. When I was on the ventilator I never thought I'd write that. Keep going x`,
  ],
};
