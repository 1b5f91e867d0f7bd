import type { DraftGroup } from '../forum-drafts/group';

export const cancerLung: DraftGroup = {
  prefix: 'ho-onc',
  topic: 'Cancer and COPD groups',
  drafts: [
    `Breast cancer, ER+ HER2-, {{AGE|42}}. Lumpectomy on {{DATE|7 November}} at {{ORGANIZATION|the Royal Marsden}}, then rads. My surgeon Miss {{PERSON|Akande}} was brilliant. Anyone on letrozole with joint pain?`,
    `Macmillan support line is 0808 808 00 00, they helped me sort the Macmillan grant and my PIP. Don't suffer in silence x`,
    `COPD and this cold snap 🥶 sats down to 89 on a short walk. Trelegy once a day plus salbutamol. Rescue pack at home just in case. Stay warm everyone.`,
    `Bowel cancer stage 3 at {{AGE|38}} which everyone keeps saying is "so young". Chemo (CAPOX) at {{ORGANIZATION|the Christie}}, cycle 4 of 8. I'm documenting it all on TikTok as {{HANDLE|@gutsy_gemma}} if it helps anyone, the oxaliplatin cold sensitivity is WILD`,
    `Got a bill for $4,200 for one infusion even after insurance. Ask for the itemised bill and the hospital's financial assistance application, it cut mine in half. Bill first, panic later lol`,
    `My dad {{PERSON|Bill}} ({{AGE|70}}) has stage 4 lung cancer and COPD. Oncologist at {{ORGANIZATION|Glenfield}} offered immunotherapy (pembrolizumab). He's stubborn, still smoking 20 a day. Any tips for getting through to him?`,
    `Lost my hair on day 17 exactly like they said. Cold cap didn't work for me on EC. Got a wig with the NHS voucher. Feeling brave today 💪`,
    `Prostate cancer, PSA was 14. Biopsy at {{ORGANIZATION|Princess Margaret}} on {{DATE|Jan 22}}. {{AGE|64}}, retired from {{ORGANIZATION|Bell Canada}} after 31 years, live in {{LOCATION|Mississauga}}. The requisition has my OHIP number {{ID_NUMBER|4815 293 768}} but no version code and they sent me away, anyone had that? Also any volunteer drivers near {{POSTCODE|L5B 3C2}}?`,
    `Scanxiety is real. CT next week, results the week after. Anyone got tips for the wait? Apparently I clean obsessively and binge Call the Midwife.`,
    `Bonjour, {{PERSON|Marie-Claire}} from {{LOCATION|Lyon}}. Ovarian cancer, BRCA1. On olaparib since the summer. My oncologist at {{ORGANIZATION|Centre Léon Bérard}} says the fatigue should settle. Any other French people in this group? WhatsApp me {{PHONE|06 39 98 12 34}}`,
    `Stage 4 doesn't always mean end stage. 6 years and still here with liver mets. Keytruda every 3 weeks. Sending hope to everyone newly diagnosed.`,
    `COPD gold 3, {{AGE|68}}. My pulmonary rehab class at {{ORGANIZATION|Llandough}} finishes {{DATE|10 April}} and I'll miss it. I'm in {{LOCATION|Penarth}}, does anyone know a Singing for Lung Health group near here? x {{PERSON|Glenys}}`,
    `The inhaler technique videos on the Asthma + Lung UK site are great. Turns out I'd been doing my Spiriva wrong for 3 years 🤦`,
    `Fundraising for my little sister {{PERSON|Niamh}} who has AML. She's {{AGE|27}} and a nurse at {{ORGANIZATION|St James's}} in {{LOCATION|Dublin}}, now she's on the other side of it 💔 {{URL|www.idonate.ie/fundraiser/niamh-beats-aml}} or bank transfer {{IBAN|IE17 BOFI 9058 3812 3456 78}}. Every euro helps 💚`,
    `The 2 week wait referral is terrifying but most aren't cancer. Mine was a cyst. My friend's was Hodgkin's and she's 10 years clear now. Sending love to anyone waiting.`,
    `Mesothelioma from asbestos. My husband {{PERSON|Ray}} worked at {{ORGANIZATION|Cammell Laird}} for 30 years. Solicitor says there's a compensation scheme. Anyone used {{OTHER|Slater and Gordon}}? Were they any good?`,
    `Ray of sunshine today: first walk round the block since surgery. 12 days post-op, 1 drain left. Small steps.`,
    `Tried to renew my prescription prepayment certificate online and it keeps declining my card {{CARD|5350 2194 7730 1825}} 😩 is the site down or is it me? Form also wants my NHS number {{ID_NUMBER|613 052 9872}} and I'm scared I typed it wrong. chemo brain is real. {{PERSON|jo}}`,
    `Tamoxifen hot flushes at night, changing pyjamas twice. Venlafaxine 37.5mg helped some. Anyone tried acupuncture through the hospital? I'm in my 40s so menopause is joining the party too 🙃`,
  ],
};
