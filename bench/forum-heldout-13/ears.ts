// Blind held-out drafts: tinnitus, Meniere's and balance disorders.
import type { DraftGroup } from '../forum-drafts/group';

export const ears: DraftGroup = {
  prefix: 'h13-ears',
  topic: "tinnitus, Meniere's and balance disorders",
  drafts: [
    `Meniere's in the left ear since 2019. Betahistine 16mg three times a day, low salt, no caffeine. Attacks went from weekly to every couple of months. The fullness before an attack is my warning, I get about 20 minutes to get home or at least to a floor`,

    `Did the Epley at home from a YouTube video and the room stopped spinning within a day. If your GP does the Dix-Hallpike and it's positive, ask them to do Epley right there. Brandt-Daroff exercises are the slower version if you can't get anyone to do it`,

    `So the DVLA finally wrote back. Copying the bit I don't understand:

"Dear Mrs {{PERSON|Patricia Olden}}, Driver number {{ID_NUMBER|OLDEN755038PA9KT}}. Following your notification of a condition causing sudden disabling dizziness, we need further information from your GP. {{ADDRESS|3 Fernhill Close}}, {{LOCATION|Taunton}}, {{POSTCODE|TA1 4PH}}"

Does this mean I've lost my licence already or not?? I haven't driven since the drop attack in the car park`,

    `Tinnitus tip: sound generators at night. I use brown noise, not white, because white noise is too hissy for me. Sleep improved in a week. CBT for tinnitus helped the distress even though the sound is the same volume`,

    `Just got my first pair of hearing aids (Oticon Intent, on the NHS they gave me Phonak, I went private in the end) at {{AGE|49}} and I cried in the car because I could hear the indicator ticking. My audiologist {{PERSON|Imran}} at {{ORGANIZATION|Specsavers}} in {{LOCATION|Chelmsford}} was so patient about me asking the same thing three times`,

    `Vestibular migraine vs Meniere's — how did yours get told apart? I've had 3 audiograms and the low frequency loss comes and goes, which neuro says is migraine and ENT says is Meniere's. Both agree I should try the migraine diet and propranolol first`,

    `is this normal? california DMV sent me a "driver medical evaluation" form after my doctor reported my vertigo. Driver license {{ID_NUMBER|D4829173}}, they want it back by {{DATE|June 21}}. I'm in {{LOCATION|Fresno}} and my neuro appointment isn't until august. can I ask for more time??`,

    `Bob's your uncle — 12 weeks of vestibular rehab with the physio and I can walk down a supermarket aisle again. Gaze stability exercises, walking with head turns, standing on foam with eyes shut. It makes you feel worse before better, stick with it`,

    `Teachers with tinnitus, how do you manage a noisy classroom? I teach year 2 at {{ORGANIZATION|Hollybrook Primary}} and by 3pm the ringing is screaming. I'm thinking musicians' earplugs (the ones with filters) so I can still hear the kids`,

    `Intratympanic gentamicin: did anyone regret it? I've been offered it for the right ear. Hearing is already poor on that side and I'm having 3 or 4 attacks a month. The ENT said there's a risk of more hearing loss but it usually stops the vertigo`,

    `Setting up an online tinnitus peer group that meets once a month on Zoom, UK evenings. If you'd like an invite drop me an email at {{EMAIL|ringingroom.hannah@protonmail.com}} — I'm {{PERSON|Hannah}}, I've had it since a gig in my teens and I'm still here`,

    `Hearing aid batteries vs rechargeable — for anyone deciding: rechargeable is easier with arthritic fingers but you're stuck if you forget to charge. Size 312 batteries last me about 5 days. RNID has a guide comparing them`,

    `My PPSN is {{ID_NUMBER|6284173W}} if that's what the HSE audiology form needs? the form just says "personal public service number" and a box, and the clinic in {{LOCATION|Castlebar}} sent it back because it was blank. address {{ADDRESS|Cill Dara, Knockthomas}}, {{POSTCODE|F23 K8V2}}. sorry for the questions, I'm {{AGE|71}} and I hate forms`,

    `Will tinnitus ever go away? I know there's no cure but did yours fade? Mine started after a bad ear infection in February. The hissing is there all day but I notice it less when I'm busy`,

    `Frank advice from someone 15 years in: don't let anyone sell you a "tinnitus cure" supplement. Lipoflavonoid, ginkgo, zinc — no good evidence. Hearing aids with sound generators and CBT have evidence. The Tinnitus UK helpline is free`,

    `Is there a Meniere's support group around {{LOCATION|Halifax}}? (Nova Scotia not Yorkshire lol). My wife {{PERSON|Colette}} drives me everywhere now and it would be nice for her to meet other partners. Our number is {{PHONE|902-481-3306}}`,

    `{{OTHER|William Shatner}} and {{OTHER|Chris Martin}} both talk about tinnitus publicly. Found it weirdly comforting that people who've been around loud noise their whole lives still live with it fine`,

    `Caloric test tomorrow at {{ORGANIZATION|Addenbrooke's}}. They're putting warm and cold water (or air) in the ears and measuring the eye movements. Apparently it makes you very dizzy. Do I need someone to drive me home? Should I stop betahistine beforehand? I've been told 48 hours off it`,

    `Reddit has been more useful than my ENT honestly, I'm {{HANDLE|u/spinning_in_swindon}} on there if anyone wants to DM, I share my diary of attacks and what I ate the day before`,

    `My mum ({{AGE|74}}, Meniere's 30 years) gets drop attacks — Tumarkin crises — where she goes straight down with no warning. Consultant says they sometimes burn out. Anyone experienced them stopping on their own?`,

    `Just had the cochlear implant assessment at the {{ORGANIZATION|Royal Berkshire}} on {{DATE|Tuesday 17th}} and they said I'm a candidate!! Switch-on would be about 4 weeks after surgery. Single sided deafness after sudden hearing loss, with horrible tinnitus in the dead ear`,

    `Low salt diet for Meniere's: 1500-2000mg sodium a day, spread evenly so there are no big spikes. Hidden salt in bread and stock cubes surprised me. It took 2 months before I noticed fewer attacks`,

    `Mark your calendars — Tinnitus Week is in February. Lots of free webinars from audiologists. Worth signing up even if you just watch the recordings afterwards`,

    `Anyone been refused a job because of balance problems? Got told I couldn't do the warehouse role at {{ORGANIZATION|Ocado}} after the medical, even with the forklift side taken out. I'm {{PERSON|Wojtek}}, 5 years in the UK, so I don't know what's legal here`,

    `Hyperacusis on top of tinnitus: the dishwasher door, cutlery, kids shrieking. My audiologist does sound therapy with a low level noise generator for 6 hours a day. It's slow, but slightly better after 4 months`,

    `Birth date {{DOB|7 September 1958}}, hospital number {{ID_NUMBER|K0429817}} — that's what the receptionist at ENT outpatients kept asking me to repeat over the phone with the whole waiting room listening. Is there anything to stop this? Half the room knows my details now`,

    `Sudden sensorineural hearing loss — get to A&E or an ENT within 72 hours for steroids, don't wait for a GP appointment. I waited 10 days because I thought it was wax and the hearing didn't come back`,

    `Persistent postural-perceptual dizziness (PPPD) diagnosis yesterday after a year of tests. Vestibular rehab plus sertraline is the plan. Anyone with PPPD find the SSRI actually helped?`,
  ],
};
