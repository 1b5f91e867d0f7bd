import type { DraftGroup } from '../forum-drafts/group';

export const arthritis: DraftGroup = {
  prefix: 'ho-ra',
  topic: 'Arthritis groups (RA, PsA, AS, OA, gout, JIA parents)',
  drafts: [
    `hi all, newly dx seropositive RA, {{AGE|34F}} from {{LOCATION|Wigan}}. rheumy started me on methotrexate 15mg weekly + folic acid and hydroxychloroquine. the nausea the day after mtx is grim, any tips?? 🙏`,
    `Does anyone else get worse flares in winter? Mine's been awful since November. Hands like claws in the morning, takes about an hour of hot water before I can open a jar. On Enbrel 50mg weekly, rheumy says give it 12 weeks.`,
    `Sorry long one.\n\nSo I finally got my biologic appt, its on {{DATE|14 March}} at {{ORGANIZATION|Wrightington}} with Dr {{PERSON|Adeyemi}}. They want to try Humira first then maybe Rinvoq if that fails. I'm {{AGE|41}} and have 3 kids so being off work for this is a nightmare, I'm a TA at {{ORGANIZATION|St Mary's Primary}} and they have been so good about it tbh.\n\nAnyone had the Humira biosimilar (Amgevita/Imraldi)? Is it the same?`,
    `Versus Arthritis helpline is 0800 5200 520 for anyone who needs to talk, they were lovely to me last week. Their page on fatigue is good too: https://www.versusarthritis.org/about-arthritis/living-with-arthritis/fatigue/`,
    `PsA here, just turned {{AGE|40}} 🎂 Dactylitis in 2 toes, sausage toe lol. Podiatrist at {{ORGANIZATION|Musgrove Park}} said insoles. My husband {{PERSON|Mark}} keeps telling me to just rest it, easy for him to say 🙄`,
    `Quick q - can you drink on methotrexate? My rheumy said max 14 units a week but the leaflet says avoid. Mark me down as confused. Will have one glass at my sisters wedding next month and hope for the best 🥂`,
    `Ankylosing spondylitis, HLA-B27 positive. {{AGE|28M}}. Homecare are delivering my first Cosentyx pens on {{DATE|23/01}} and I'm weirdly excited. Anyone get the injection site burning? I'm a warehouse op at {{ORGANIZATION|Ocado}} so need to be back on shift asap`,
    `Anyone in Canada on Simponi? My insurance wants me to try 2 other drugs first (step therapy). The rheumatologist says it's standard. 3 years of this now and I'm tired 😩`,
    `Gout flare, big toe, 3rd one this year. Uric acid 520. GP at {{ORGANIZATION|Ashgrove Surgery}} upped allopurinol to 300mg. I'm a postie in {{LOCATION|Keighley}} so walking 10 miles a day on this is not happening. anyone local with gout fancy a pint (of water lol) text me {{PHONE|07723 418906}}\n{{PERSON|bill}} ({{AGE|58}})`,
    `Raynaud's + RA combo in this cold is brutal. Heated gloves off Amazon were the best £30 I've spent. Also nifedipine 5mg helped a bit but gave me headaches. BP dropped to 98/60 on it.`,
    `Does anyone know a good rheumatologist in {{LOCATION|Cork}}? I've been with Dr {{PERSON|Finbarr Healy}} at {{ORGANIZATION|the Bon Secours}} but he's retiring. Private is €200 a visit 😬 my {{OTHER|VHI}} plan covers some of it`,
    `Sjögren's and RA overlap anyone? Dry eyes from hell. Using Hylo-Forte drops 6 times a day and Salagen. Optician says punctal plugs next. And the grace period on my prepayment certificate ran out so that's another hundred quid lol`,
    `My DD {{PERSON|Grace}} ({{AGE|6}}) has just been diagnosed with JIA, oligoarticular in her left knee. Steroid injection under GA at {{ORGANIZATION|Alder Hey}} on {{DATE|2nd April}}. Shes so brave. Her teacher Miss {{PERSON|Holt}} at {{ORGANIZATION|Greenbank Primary}} has been brilliant letting her sit on a chair instead of the carpet. Any parents been through injections?`,
    `Osteoarthritis in both knees in my 50s and the surgeon says I'm too young for a replacement 🙄 Doing the ESCAPE-pain classes which are actually good. Anyone tried the Kenalog injections? How long did it last for you?`,
    `update for those who asked - the Rinvoq is WORKING 🎉 CRP down from 48 to 6. thank you esp to {{PERSON|Deb}} and {{PERSON|Ange}} from this group for the advice. off to celebrate with a slow walk round {{LOCATION|Roundhay}} park`,
    `What do people say on the PIP form about hands? I can't do buttons, can't chop veg, drop the kettle. Citizens Advice are helping but the appointment isn't till the end of the month.`,
    `Hi from {{LOCATION|Geelong}} 👋 {{AGE|47}}, RA for 9 yrs. Rheumy at {{ORGANIZATION|Barwon Health}} wants me to switch from Actemra to Orencia and I have to fill in the PBS authority thing. It asks for Medicare no. ({{ID_NUMBER|3817 52062 1}}) and DOB ({{DOB|12/05/1977}}) - do I put the 1 on the end (IRN) in the same box or separate? so confused`,
    `Fatigue is the worst part isn't it. Not the pain, the exhaustion. Slept 11 hours and still woke up feeling like I'd been hit by a bus. Bloods all normal apparently (Hb 128, ferritin 60, TSH 2.1).`,
    `Had my first hydrotherapy session today!! Warm pool, 30 minutes, felt like a new woman. Physio says 6 weeks of it. If your hospital offers it GO. Summer can't come soon enough for swimming outside ☀️`,
  ],
};
