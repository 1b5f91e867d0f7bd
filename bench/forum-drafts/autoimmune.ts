import { luhnNumber } from '../checksums';
import type { DraftGroup } from './group';

export const autoimmune: DraftGroup = {
  prefix: 'auto',
  topic: "Arthritis, lupus, Sjögren's and other autoimmune groups",
  drafts: [
    `Newly diagnosed lupus. {{AGE|26F}}, Black woman in {{LOCATION|Atlanta}}. Rheum at {{ORGANIZATION|Emory}} started me on Plaquenil 400mg. My sister {{PERSON|Tasha}} has it too. Any tips on the hair loss?`,
    `Hashimoto's and lupus overlap anyone? TSH was 6.2, T4 fine. Levothyroxine 50mcg. Rheum and endo don't talk to each other at all 🙃`,
    `RA, {{AGE|49}}. Methotrexate injections every Friday. My nurse {{PERSON|Paula}} at the {{ORGANIZATION|Freeman}} rheumatology unit said I can drink one glass of wine. ONE. I'm from {{LOCATION|Whitley Bay}} and that is not how we do things 😂`,
    `Humira biosimilar switch (Amgevita) - injection stings way more. Anyone else? Citrate-free Humira was so much better. Versus Arthritis has a page on biosimilars.`,
    `Can I get some opinions on my bloods? "Mrs {{PERSON|Ana Souza}} DOB {{DOB|17.08.1975}}, ANA positive 1:640, anti-dsDNA 85, C3 low". Rheum appointment isn't till {{DATE|December 2nd}}.`,
    `Sjögren's dry eyes tip: Hylo Forte drops and a humidifier by the bed. Pilocarpine made me sweat buckets. Salagen anyone?`,
    `Psoriatic arthritis and trying to get a blue badge in {{LOCATION|Norwich}}. Council wants my hospital letters. My consultant is Dr {{PERSON|Okafor}} at the {{ORGANIZATION|N&N}}. Reg is {{ID_NUMBER|NR19 KXT}} if that matters for the application?`,
    `Graves' disease, just started carbimazole 20mg. Heart racing, hands shaking, hot all the time. How long before it settles? Endo says 6-8 weeks.`,
    `Knee replacement at {{ORGANIZATION|Cappagh}} next month. {{AGE|68}}, from {{LOCATION|Navan}}. My surgeon is Mr {{PERSON|Quinlan}}. Anything I should bring for the ward?`,
    `Gout flare in the big toe 🦶 colchicine 500mcg twice a day. Allopurinol starting once it settles. Cherry juice worth it? Asking for a friend (me).`,
    `Lupus mums group for {{LOCATION|Sydney}} - we meet at {{ADDRESS|45 Church Street}}, {{LOCATION|Parramatta}} NSW {{POSTCODE|2150}} on the last Saturday. Text {{PERSON|Leilani}} on {{PHONE|0413 555 867}} 💕`,
    `Behçet's ulcers again. Colchicine didn't help. Apremilast is now on the table. Anyone tried it? Side effects seem to be mostly stomach stuff.`,
    `Ankylosing spondylitis, {{AGE|31M}}. Work at the {{ORGANIZATION|Amazon}} warehouse in {{LOCATION|Coventry}}, lifting all day. Cosentyx has been a game changer. Anyone else on it?`,
    `Mum has polymyalgia rheumatica. Pred 15mg and she's like a new woman. But worried about her bones. Alendronic acid every Sunday.`,
    `Does the {{ORGANIZATION|Kaiser Roseville}} rheum dept still have Dr {{PERSON|Lindqvist}}? My Kaiser MRN is {{ID_NUMBER|11029384}} and the app won't let me book. Frustrating.`,
    `Scleroderma folks: how do you manage finger ulcers? Iloprost infusions every 8 weeks. Also Raynaud's. Bosentan was mentioned.`,
    `I'm {{PERSON|Marie-Claire Dubois}}, {{AGE|55}}, living in {{LOCATION|Lyon}} with RA for 20 years. Happy to share what works in France if anyone is moving here! {{EMAIL|mcdubois.ra@free.fr}}`,
    `Rheumatology appointment was rushed, 10 minutes. Write your questions down beforehand. The Arthritis Foundation has a good checklist. Took it in on my phone.`,
    `Still waiting for the infusion clinic to call back. My health card is {{ID_NUMBER|${luhnNumber('417294618', [4, 3, 3], '-')}-KT}} and my date of birth is {{DOB|the 4th of July 1964}} and they keep mixing me up with someone else. {{LOCATION|Hamilton}}, ON`,
    `Addison's disease and lupus. Hydrocortisone 10/5/5. Sick day rules - double the dose if you have a fever. Always carry your steroid card! Emergency injection kit in my bag.`,
  ],
};
