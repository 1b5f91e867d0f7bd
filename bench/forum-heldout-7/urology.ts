import { nhsNumber } from '../checksums';
import type { DraftGroup } from '../forum-drafts/group';

export const urology: DraftGroup = {
  prefix: 'h7-urology',
  topic: 'kidney stones, bladder and urology groups',
  drafts: [
    `5mm stone stuck at the VUJ. Been in {{ORGANIZATION|Southmead}} since the {{DATE|3rd of August}} on tamsulosin and morphine. They're talking about a stent if it hasn't moved by Monday. Anyone passed one this size on its own?`,
    `Potassium citrate vs lemon water - does anyone's urologist actually recommend one over the other? Calcium oxalate stones, third episode in two years. Getting fed up.`,
    `IC flare from hell this week. I'm {{AGE|27}} and feel like I'm 80. My urogynae Dr {{PERSON|Siobhán Kearney}} in {{ORGANIZATION|Holles Street}} wants to try bladder instillations. Has anyone had Cystistat? Does it sting?`,
    `Self-cathing tips? Started ISC after a retention episode last winter. Using SpeediCath Compact. The continence nurse was great but it's a different story doing it alone at home.`,
    `Lithotripsy is scheduled for {{DATE|10/14}} at {{ORGANIZATION|Baptist Health}} here in {{LOCATION|Louisville}}. Nervous!! Is it as easy as they make it sound? Do I need someone to drive me home?`,
    `How much water are you all actually drinking? Urologist said 3 litres a day and I'm basically living in the toilet. Any apps for tracking? Using Plant Nanny at the moment which is a bit childish but works.`,
    `My dad is {{AGE|81}} and has a suprapubic catheter. The district nurses keep missing his visits and he's on his own on {{LOCATION|Moorland Road}} in {{LOCATION|Burslem}}. Who do I even complain to?`,
    `Ureteric stent removal - string or cystoscopy? Mine has a string and I've been told I can pull it out myself on Friday. Terrified. Anyone done it?`,
    `If anyone wants the spreadsheet I made to track oxalate in everyday foods, email me at {{EMAIL|fionnuala.stones@yahoo.ie}} and I'll send it on. Took me ages but it's really helped.`,
    `Is Myrbetriq any better than oxybutynin for dry mouth? Overactive bladder, in my 60s, and the oxybutynin is making me foggy as well. My pharmacist thinks it's worth asking.`,
    `Giving away a brand new commode and raised toilet seat, dad doesn't need them anymore. Pick up in {{LOCATION|Dartmouth}}, {{POSTCODE|B2W 3K7}}, call or text {{PHONE|902-555-0148}}. Would rather they went to someone who needs them.`,
    `Cranberry juice is useless for UTIs, right? My mum swears by it. D-mannose seems to actually have some evidence behind it. Anyone on low-dose nitrofurantoin long term?`,
    `{{PERSON|Gerhard}}'s PSA came back at 9.2 and he's {{AGE|67}}. GP in {{LOCATION|Ballarat}} has referred him for an MRI. The waiting is the worst part. How long did yours take?`,
    `Kidney Stone Pain Scale: worst thing I've ever felt and I've had two kids without an epidural. Diclofenac suppository was the only thing that touched it in A&E.`,
    `Any recommendation for a continence nurse who does home visits around {{LOCATION|Limerick}}? Mam is housebound at {{ADDRESS|14 Hyde Road}}, {{LOCATION|Prospect}}, {{POSTCODE|V94 K2R6}} and the HSE waiting list is 6 months.`,
    `What do you say at work when you're up and down to the loo all day? I've IC and my manager is fine but colleagues make comments. Thinking of getting the Just Can't Wait card from Bladder & Bowel UK.`,
    `Booking line asked for my NHS number and then said I'm not on the urology list at all. Number is {{ID_NUMBER|${nhsNumber('485777302')}}} and my GP sent the referral on {{DATE|28 May}}. Who do I chase, the GP or the hospital?`,
    `Renal colic at 3am - ring 111 or just go straight to A&E? Last time 111 took hours to call back. Grateful for opinions before the next one hits.`,
    `I'm {{HANDLE|u/Stonecold_Ferg}} on the kidney stones subreddit if anyone wants to DM, posted my whole PCNL story there with photos of the stone (you've been warned).`,
    `Thank you to whoever recommended the Kidney Care UK helpline. Spoke to someone lovely today who explained my eGFR. 52, stage 3a, a lot less scary than I thought.`,
    `Dad's urology letter went to the wrong house so the booking team need to confirm his details. Name {{PERSON|Ray Hollingworth}}, date of birth {{DOB|03/06/1947}}. I've rung three times and keep getting cut off.`,
    `BCG Bladder Instillations - Round Two. Anyone find the maintenance course worse than the first induction? Flu-like for two days after each one this time.`,
    `Shout out to {{PERSON|Deirdre}} and {{PERSON|Kofi}} on the urology ward at {{ORGANIZATION|Antrim Area Hospital}}, you made a horrible week bearable. Stent's out and I'm home 💚`,
    `Didn't know {{OTHER|Billy Connolly}} had prostate cancer as well as the Parkinson's. Makes me feel less alone somehow. Husband's on hormone therapy now and it's hard going.`,
    `Living in {{LOCATION|Lyon}} and my mutuelle keeps rejecting the urologist's bills. Sent them everything twice, numéro de sécu {{ID_NUMBER|2 84 06 75 113 208 54}} on every page. Any other English speakers in France sorted this out?`,
  ],
};
