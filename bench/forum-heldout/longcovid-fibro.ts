import type { DraftGroup } from '../forum-drafts/group';

export const longcovidFibro: DraftGroup = {
  prefix: 'ho-lcfm',
  topic: 'Long covid, fibromyalgia, ME/CFS, POTS and EDS groups',
  drafts: [
    `Long covid since {{DATE|23 March 2020}}. Nearly 5 yrs. I was a nurse at {{ORGANIZATION|Whiston Hospital}} and got medically retired last year. {{AGE|49}} now, living in {{LOCATION|St Helens}}. PEM is the killer, I can do a shower OR a phone call, not both.`,
    `Pacing tips? I use a heart rate monitor (Garmin) and try to stay under 110. Visible app is good too. Some days I can do 2 tasks, some days none.`,
    `Fibro flare from the weather change. Everything hurts, even my hair. Amitriptyline 20mg helps me sleep but the dry mouth 😖 duloxetine made me sick. Anyone on LDN? Where do you even get it in the UK? When {{OTHER|Lady Gaga}} talked about hers my mum finally believed me lol`,
    `Just been referred to the long covid clinic at {{ORGANIZATION|St Vincent's}} in {{LOCATION|Darlinghurst}}, first appt {{DATE|Feb 19}}!! 18 months of begging. I'm a teacher at {{ORGANIZATION|Marrickville West Public}}, been on leave since term 3. If anyone else goes there pls email me {{EMAIL|mel.t.nguyen@bigpond.com}}, would love a buddy for the waiting room`,
    `Watched Unrest on Netflix, cried the whole way through. {{OTHER|Jen Brea}} nailed it. Showing it to my family at Christmas whether they like it or not.`,
    `POTS and hEDS diagnosed finally!! Tilt table at {{ORGANIZATION|the Royal Brompton}}, HR went from 68 to 142. Cardiologist Dr {{PERSON|Rahman}} says fludrocortisone + compression + salt. I'm {{AGE|23}} and I've been told it's anxiety since I was 15 😤`,
    `Ehlers-Danlos awareness month 🦓 Reminder that hypermobility isn't just being bendy. Subluxed my shoulder putting a jumper on this morning. Physio says strengthening, 3 sets of 10.`,
    `Hallo zusammen, {{PERSON|Tanja}} here, {{AGE|38}}, from {{LOCATION|Leipzig}}. Long covid since 2022, now ME/CFS diagnosis from the outpatient clinic at {{ORGANIZATION|Uniklinik Leipzig}}. My Krankenkasse ({{OTHER|AOK}}) rejected the rehab. The letter has my Versichertennummer {{ID_NUMBER|M284619375}} on it, do I put that on the Widerspruch or only my name? Any Germans here who did this?`,
    `Brain fog example: put the milk in the washing machine today. Fibro fog is real. Laugh or cry right? 😂`,
    `Sending spoons to {{PERSON|Dawn}} who's had a rough month 💛 If anyone wants to post her a card, her address is {{ADDRESS|22 Meadow View}}, {{LOCATION|Bideford}}, {{POSTCODE|EX39 4QT}}, she said it's ok to share here`,
    `The dawn chorus is my enemy. Painsomnia then birds at 4am. Melatonin 3mg does nothing. Anyone tried CBD oil? Is it even legal to buy here?`,
    `Anyone got a good long covid GP in {{LOCATION|Wellington}}? Mine at {{ORGANIZATION|Newtown Medical Centre}} keeps telling me to exercise more. I'm {{AGE|44F}}, been off work 14 months. Happy to swap notes, text {{PHONE|027 555 0142}}`,
    `Fibromyalgia and work: I went down to 3 days a week and it's made such a difference. Access to Work paid for an ergonomic chair. Worth applying if you're in the UK.`,
    `My GoFundMe for the private POTS clinic is up if anyone can share 🙏 {{URL|gofundme.com/f/help-becca-get-her-life-back}}\n\nI'm {{PERSON|Becca}}, {{AGE|26}}, from {{LOCATION|Swansea}}. NHS wait for autonomic testing here is 2 years and I can't stand up long enough to brush my teeth.`,
    `ME/CFS: I read the NICE 2021 guideline and printed the bit about GET being removed. Took it to my appointment. GP actually read it! Small wins.`,
    `Long covid + MCAS. Antihistamines (fexofenadine 180 x2, famotidine 20 x2) have helped loads. I wrote my whole protocol up on my blog {{URL|https://spooniesarah.wordpress.com}} - I'm {{PERSON|Sarah}} from {{LOCATION|Halifax}} (the Yorkshire one not Canada lol)`,
    `Is anyone else's fibro worse with the heating on? Dry air makes my skin burn. Humidifier from Argos helped a bit.`,
    `{{AGE|52}} (F), long covid 3 yrs, from {{LOCATION|Red Deer}}, Alberta. Lost my job as a lab tech at {{ORGANIZATION|Alberta Health Services}}. Applying for CPP disability and they want my SIN {{ID_NUMBER|527 183 404}} on literally every page. Anyone know how long the decision takes?`,
    `To everyone who said "it gets better" - it did. 18 months in, I can walk to the shop and back. Slowly slowly. Keep pacing 💛`,
  ],
};
