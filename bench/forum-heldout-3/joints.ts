import type { DraftGroup } from '../forum-drafts/group';

export const joints: DraftGroup = {
  prefix: 'h3-joint',
  topic: 'Rheumatoid and psoriatic arthritis, osteoarthritis, gout, lupus, Sjögren\'s and fibromyalgia groups',
  drafts: [
    `Anyone on methotrexate AND hydroxychloroquine? Rheumy wants to add sulfasalazine too, "triple therapy". Worried about my liver bloods, ALT was 48 last time. How often do yours get checked?`,
    `Hi all, new here 👋 {{PERSON|Nadia}}, {{AGE|41}}, finally diagnosed with seropositive RA after 2 years of being told it was "just tendonitis". Under Dr {{PERSON|Whitcombe}} at {{ORGANIZATION|Derriford}} in {{LOCATION|Plymouth}}. First biologics appointment is {{DATE|17th June}}. Terrified of injecting myself lol`,
    `fibro flare day 4. cant even lift the kettle. hubby made tea and toast and i cried because he cut the crusts off like im 5 😂😭 anyone else get weepy in a flare or is it just me`,
    `Quick q - does the citrate free Humira pen sting less? Switched from Amgevita and the new one feels like a wasp sting every fortnight. Is it in my head?`,
    `Lupus & friends meetup in {{LOCATION|Blacktown}} this Saturday 10am, library café, carers welcome too. Ring or text {{PERSON|Deb}} on {{PHONE|0491 570 156}} if you can't find us. Bring your spoons 🥄`,
    `Those with PsA, did your nails pit before the joints went? Mine have for years and the GP just said fungal and gave me cream. Going to push for a referral. The NHS page mentions nail changes but not much else.`,
    `update on my mam for those who asked ❤️ she had the hip done in {{ORGANIZATION|Merlin Park}} on {{DATE|Tuesday 4th March}} and was up with the frame the next morning. She's {{AGE|78}} and already giving the physios grief. Home to {{LOCATION|Oranmore}} by the weekend please God 🙏`,
    `What do you say at work when you need to sit down mid shift? I don't want to make a big deal but standing 8 hours is wrecking my knees. Someone mentioned Access to Work in another thread, is it worth applying or is it a nightmare?`,
    `If anyone wants the spreadsheet I made to track flares, food, sleep and weather just email me at {{EMAIL|jo.hartigan.ra@gmail.com}} and I'll send it. Not selling anything, it's just helped me spot patterns 🙂\n\n{{PERSON|Jo}} x`,
    `Gout again. Left big toe, third time since Christmas. On allopurinol 100mg and the doc said it can actually trigger attacks at first?? Colchicine is giving me the runs. Cherry juice: myth or worth it?`,
    `Insurance denied my Benlysta AGAIN. {{OTHER|Aetna}} says I have to fail something else first. Member ID {{ID_NUMBER|W284619773}} if that matters. Has anyone fought them and won? I'm in {{LOCATION|Columbus}} and my rheum at {{ORGANIZATION|OhioHealth}} keeps sending letters that go nowhere.`,
    `Has anyone done the spoon theory talk with their kids? My youngest is {{AGE|9}} and keeps asking why I'm in bed all weekend. Looking for a book or something gentle.`,
    `Sjögren's folks: which eye drops actually work for you? Tried Hylo Forte, Systane, Thealoz Duo. Are punctal plugs worth it? Ophthalmologist mentioned Ikervis but said it stings.`,
    `I started a little tiktok about being a teenager with JIA, it's {{HANDLE|@bendy_not_broken_}} if you want to follow. I'm {{AGE|16}} and was diagnosed at 3 so I don't remember life without it. Mum said it was ok to share here 💜`,
    `Fibromyalgia + heat = hell. Anyone else feel like their skin is burning when it goes over 30 degrees? Duloxetine 60mg, pregabalin 150 twice a day, still sore. May try the cold flannel trick people mentioned.`,
    `kia ora, anyone in {{LOCATION|Palmerston North}} seeing a rheumatologist privately? Public waitlist at {{ORGANIZATION|Palmerston North Hospital}} is 9 months for a first appt. I'm {{AGE|52}} and my GP thinks polymyalgia. Does {{OTHER|Southern Cross}} cover it?`,
    `Any tips for opening jars with bad thumbs? Got the rubber grip thing but the OA in my CMC joints is too much. Anyone use the electric opener from Lakeland?`,
    `Giving away a perching stool and a raised toilet seat, barely used after my knee op. Collection only from {{ADDRESS|27 Orchard Rise}}, {{LOCATION|Kidderminster}} {{POSTCODE|DY10 3QA}}. Message me on here or call {{PHONE|07841 229503}} after 6pm.`,
    `Lupus nephritis class IV. Started mycophenolate and pred 40mg. Has anyone been through the Euro-Lupus cyclophosphamide regime? Consultant said it's on the table if I don't respond by spring.`,
    `Did anyone watch the {{OTHER|Lady Gaga}} documentary where she talks about her chronic pain? Made me feel so seen. Even my sister finally gets it now.`,
  ],
};
