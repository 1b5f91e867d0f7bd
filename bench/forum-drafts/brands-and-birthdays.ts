import type { DraftGroup } from './group';

/**
 * Kinds of weakness the twelfth held-out set showed once it was read: names opening a sentence
 * with an adverb or a "hasn't" before the verb, a name in an opening quote, a double first name
 * with a word in it ("Lily-Mae"), a name that is also a word before "turns 21", a lower-case name
 * after "replying to"; ages after "turn(s|ed)" (not "before he turns 18"); month names kept in
 * Dutch, German, French or Spanish; a lower-case postcode after a street; a participant number;
 * "<town> born and bred", "other <town> parents", a city district after a hyphen; schools and
 * clubs named in brackets or as "a special school"; employers named with their office or by HR.
 * Look-alikes: products after "an" or "one of those", airlines, an allergen part ("Ara h 2"),
 * things looked at or shows at a venue, people known from the screen, sign-offs in other
 * languages, a body named for a whole country, annual health checks. New sentences, not copies.
 */
export const brandsAndBirthdays: DraftGroup = {
  prefix: 'brand',
  topic: 'Birthdays, names before a verb, brand and venue look-alikes, schools in brackets, offices',
  drafts: [
    `Thanks for the kind words last night. {{PERSON|Gareth}} finally understands the fatigue thing, he sat through the whole video.`,
    `{{PERSON|Imogen}} hasn't slept through since the new tube went in.`,
    `Pasting the feed plan from the dietitian: '{{PERSON|Zainab}}'s regime: Nutrini 1.0, 50ml/hr overnight'.`,
    `{{PERSON|Rosie-May}} was born at 30 weeks and has had reflux ever since.`,
    `{{PERSON|Will}} turns {{AGE|16}} next month and wants to go to the festival on his own 😬`,
    `replying to {{PERSON|niamh}} - the silicone liner sorted my rash too`,
    `Our eldest turned {{AGE|12}} on the ward, nurses brought a cake.`,
    `The day after I turned {{AGE|41}} the neurologist finally believed me.`,
    `Can't believe they turn {{AGE|2}} on Friday, the NICU feels like yesterday.`,
    `Transition clinic starts before she turns 18, ask your team early.`,
    `You can apply once he turns 16 and not before.`,
    `Mijn operatie was op {{DATE|12 maart}}, sorry for my English, the knee is still swollen.`,
    `Seit {{DATE|3. Oktober}} on the new tablets, no change yet.`,
    `Please drop the spare pen to {{ADDRESS|22 Heather Close}}, {{LOCATION|abingdon}} {{POSTCODE|ox14 3hz}} if anyone's passing.`,
    `NDIS participant no. {{ID_NUMBER|431 902 576}} again, third time I've sent it.`,
    `{{LOCATION|Barnsley}} born and bred, now on my third prosthetic socket.`,
    `Other {{LOCATION|Plymouth}} parents, is the new respite unit any good?`,
    `Any {{LOCATION|Halifax}} families been to the new sensory group?`,
    `Grüße from {{LOCATION|Munich-Pasing}}, I have myasthenia since two years.`,
    `His school ({{ORGANIZATION|Oakfield Primary}}) still haven't done his care plan.`,
    `She goes to {{ORGANIZATION|Sint Jozef}}, a special school near our house.`,
    `Wheelchair rugby with {{ORGANIZATION|Solent Sharks RFC}} every Thursday, it saved me.`,
    `If anyone's at {{ORGANIZATION|Nationwide}} in the {{LOCATION|Swindon}} office, occupational health were brilliant about my wig.`,
    `Told HR at {{ORGANIZATION|Asda}} head office about the anaphylaxis and they sorted a plan.`,
    `Moved out of {{LOCATION|Kingston}} last year but the letters still go there.`,
    `The myaware nurse said the clinic in {{ORGANIZATION|Ysbyty Glan Clwyd}} does IVIG now.`,
    `My wig is an Ellen Wille one, and the spare is a Gisela Mayer piece.`,
    `We keep the auto-injectors in one of those Vivi Cap cases at the beach.`,
    `Flew British Airways last month, they were brilliant about the nut announcement.`,
    `Easyjet is a different story though, no buffer zone at all.`,
    `Component tests: Ara h 2 at 4.1 and Gal d 1 under 0.35, so baked egg might be OK.`,
    `We were looking at OIT but the waiting list is two years.`,
    `Anyone going to the allergy show at Olympia this weekend?`,
    `Ayanna Pressley's video about her alopecia still gets me.`,
    `Sarah Gordy and Tommy Jessop on telly again, love to see it.`,
    `Liner is a 6mm gel one, anyone tried thinner?`,
    `Barber said it's stress. It is not stress.`,
    `Groeten, and thank you all for the advice about the socket.`,
    `The Muscular Dystrophy Association of Canada has a good page on this.`,
    `Don't forget the GP Learning Disability Annual Health Check from age 14.`,
    `Ronald McDonald House kept us going through the heart surgery.`,
  ],
};
