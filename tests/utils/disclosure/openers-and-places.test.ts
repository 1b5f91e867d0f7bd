// Names that open a post or a letter, ages said of kin and babies, places named
// by what people do there (collecting, meeting, going home), and hospitals named
// by what happened there. Written for this file, not taken from the benchmark sets.
import { describe, expect, it } from 'vitest';
import { covers, flagged } from './helpers';

describe('names opening a post or a letter', () => {
  it('finds a name that opens a sentence with an age after it', () => {
    expect(flagged('Oluwaseun, 36, two years into my lupus diagnosis', 'PERSON')).toEqual(['Oluwaseun']);
    expect(flagged('New to the group 🌸 Rhiannon, 52, from near Bangor', 'PERSON')).toEqual(['Rhiannon']);
    // A word that counts something is not a name.
    expect(flagged('Update, 41 days since my last flare', 'PERSON')).toEqual([]);
    expect(flagged('Week 3, 20mg and no change', 'PERSON')).toEqual([]);
  });

  it('finds a known first name said to be a certain age, and the age', () => {
    const text = 'Isla is 8 and has just been told she needs a wheelchair for long days.';
    expect(flagged(text, 'PERSON')).toEqual(['Isla']);
    expect(flagged(text, 'AGE')).toEqual(['8']);
    expect(flagged('Dosage is 12 units at night', 'PERSON')).toEqual([]);
    expect(flagged('Grace is 5 minutes away from the clinic', 'PERSON')).toEqual([]);
  });

  it('finds the name a pasted letter is about or written to', () => {
    expect(flagged('"Re: Thomas Brennan, hospital no. K449120. Dear Dr Shah,', 'PERSON')).toContain('Thomas Brennan');
    expect(flagged('Dear Oisin,\nthanks for coming to clinic', 'PERSON')).toEqual(['Oisin']);
    expect(flagged('Re: Appointment on Thursday', 'PERSON')).toEqual([]);
    expect(flagged('Dear all, quick question about biologics', 'PERSON')).toEqual([]);
  });

  it('finds a name signed with a note in brackets, and the town in the note', () => {
    const text = 'Happy to chat to anyone starting out.\nTemperance (stoma since 2021, Wolverhampton)';
    expect(flagged(text, 'PERSON')).toEqual(['Temperance']);
    expect(flagged(text, 'LOCATION')).toEqual(['Wolverhampton']);
  });

  it('finds a name after a community nurse or other care role', () => {
    expect(flagged('My CPN Aoife says the waiting list is long', 'PERSON')).toEqual(['Aoife']);
    expect(flagged('my OT Bernadette sorted the grab rails', 'PERSON')).toEqual(['Bernadette']);
  });

  it('does not read a pronoun after "the doctor" as a name', () => {
    expect(flagged('She wants to ask the doctor herself next week', 'PERSON')).toEqual([]);
    expect(flagged('the nurse himself said it was fine', 'PERSON')).toEqual([]);
  });
});

describe('ages said of kin and of babies', () => {
  it('finds the age of the youngest, the eldest and in-laws', () => {
    expect(flagged('Our eldest is 14 and wants to do her own injections', 'AGE')).toEqual(['14']);
    expect(flagged('My mother-in-law is 91 and still gardening', 'AGE')).toEqual(['91']);
  });

  it("finds a baby's age in weeks or months, but not a count of weeks after something", () => {
    expect(flagged("She's 10 weeks and feeding every two hours", 'AGE')).toEqual(['10 weeks']);
    expect(flagged('our son is 5 months old', 'AGE')).toEqual(['5 months old']);
    expect(flagged("I'm 6 months post-op and walking again", 'AGE')).toEqual([]);
    expect(flagged("she's 7 months pregnant", 'AGE')).toEqual([]);
    expect(flagged("he's 3 weeks into the new tablets", 'AGE')).toEqual([]);
  });

  it('leaves similes and past ages alone', () => {
    expect(flagged('my knees creak like I’m 90', 'AGE')).toEqual([]);
    expect(flagged('I feel like im 80 this morning', 'AGE')).toEqual([]);
    expect(flagged('asthma since I was 6, never this bad', 'AGE')).toEqual([]);
    expect(flagged('when she was 4 she had her first seizure', 'AGE')).toEqual([]);
  });
});

describe('places named by what people do there', () => {
  it('finds a town after "I\'m in" even when no list knows it', () => {
    expect(flagged("I'm in Kiltimagh, if that helps anyone nearby", 'LOCATION')).toEqual(['Kiltimagh']);
    // States, acronyms and names after "I'm in" are not places.
    expect(flagged("I'm in Agony with this flare", 'LOCATION')).toEqual([]);
    expect(flagged("I'm in ICU again", 'LOCATION')).toEqual([]);
    expect(flagged("I'm in Shock honestly", 'LOCATION')).toEqual([]);
  });

  it('finds places for collection, meet-ups, going home and "the … area"', () => {
    expect(flagged('Free to a good home, collection from Ballincollig only', 'LOCATION')).toEqual(['Ballincollig']);
    expect(flagged('Any carers in Rotherham fancy a coffee?', 'LOCATION')).toEqual(['Rotherham']);
    expect(flagged('Home to Tuam on Friday if bloods are ok', 'LOCATION')).toEqual(['Tuam']);
    expect(flagged('Anyone with POTS in the Kelowna area?', 'LOCATION')).toEqual(['Kelowna']);
  });

  it('knows Irish towns of a few thousand people and Irish cities GeoNames names in Irish', () => {
    expect(flagged('we live in Wexford now', 'LOCATION')).toEqual(['Wexford']);
    expect(flagged('hello from Galway', 'LOCATION')).toEqual(['Galway']);
  });

  it('does not read part of a word after a cue as a place', () => {
    expect(flagged('I raised toilet seat height and it helped', 'LOCATION')).toEqual([]);
  });
});

describe('hospitals named by what happened there', () => {
  it('finds the hospital after surgery, a baby unit, a specialist or a discharge', () => {
    expect(flagged('spinal fusion at Stanmore went fine', 'ORGANIZATION')).toEqual(['Stanmore']);
    expect(flagged('She was in the SCBU at the Rotunda for a week', 'ORGANIZATION')).toEqual(['Rotunda']);
    expect(flagged('my rheum at Westmead wants a new scan', 'ORGANIZATION')).toEqual(['Westmead']);
    expect(flagged('Discharged from Tallaght on Monday 3 June', 'ORGANIZATION')).toEqual(['Tallaght']);
    expect(flagged("we're under Great Ormond Street for his kidneys", 'ORGANIZATION')).toEqual(['Great Ormond Street']);
  });

  it('marks clinics abroad by their own words for clinic and hospital', () => {
    expect(flagged('Reha at Klinikum Nordhafen starts soon', 'ORGANIZATION')).toEqual(['Klinikum Nordhafen']);
  });

  it('keeps a town after "surgery in" a place, and leaves unit names alone', () => {
    expect(flagged('I had surgery in Derby last year', 'LOCATION')).toEqual(['Derby']);
    expect(covers('Three weeks in NICU and home at last', 'NICU')).toBe(false);
  });
});

describe('products, events, NHI numbers and short dates', () => {
  it('reads capitalised products and events as things, not people', () => {
    expect(flagged('Has anyone tried Celluvisc Forte or Lumecare Duo drops?', 'PERSON')).toEqual([]);
    expect(flagged("We're doing the Cardiff Half Marathon for the unit", 'PERSON')).toEqual([]);
    expect(flagged('The Easy Diet app has a good carb counter', 'PERSON')).toEqual([]);
    // A real full name is still found.
    expect(flagged('I met Saoirse Lennon at the clinic', 'PERSON')).toEqual(['Saoirse Lennon']);
  });

  it('finds a New Zealand NHI number after the word NHI, checked by its check digit', () => {
    expect(flagged('my NHI (from the discharge letter) ZZZ0016', 'ID_NUMBER')).toEqual(['ZZZ0016']);
    // Wrong check digit and no cue right before it: left alone.
    expect(flagged('NHI numbers look like this: a code ZZZ0017 on the letter', 'ID_NUMBER')).toEqual([]);
    // The same shape without the word NHI is a product code, not an ID.
    expect(flagged('order code ZZZ0016 from the catalogue', 'ID_NUMBER')).toEqual([]);
  });

  it('finds a day and month without a year after a word for something happening', () => {
    expect(flagged('op done 21/06 and home two days later', 'DATE')).toEqual(['21/06']);
    expect(flagged('scan booked for 4/11', 'DATE')).toEqual(['4/11']);
    expect(flagged('pain is 7/10 and I need help 24/7', 'DATE')).toEqual([]);
  });
});

describe('nicknames, bracketed names, closings and workplaces', () => {
  it('finds a nickname and a name after "I\'m … but"', () => {
    const text = "I'm Chiamaka but my friends call me Kiki, diagnosed last spring";
    expect(flagged(text, 'PERSON')).toEqual(['Chiamaka', 'Kiki']);
    expect(flagged('Hello, I go by Mags on here', 'PERSON')).toEqual(['Mags']);
  });

  it('finds a name in brackets after a relative or after "ring me"', () => {
    expect(flagged('DS (Oisín) is refusing his tablets again', 'PERSON')).toEqual(['Oisín']);
    expect(flagged('text me (Rose) on 07700 900123 for the address', 'PERSON')).toEqual(['Rose']);
  });

  it('finds a name closing the post after a sign-off word, even in lower case', () => {
    expect(flagged('happy to post it to you, love bev', 'PERSON')).toEqual(['bev']);
    expect(flagged('thanks so much everyone, love you all', 'PERSON')).toEqual([]);
  });

  it('finds a name and town signed with an age between them', () => {
    const text = 'Stay strong all 💪 — Tunde, 33, Croydon';
    expect(flagged(text, 'PERSON')).toEqual(['Tunde']);
    expect(flagged(text, 'LOCATION')).toEqual(['Croydon']);
  });

  it('finds an age after a greeting or opening a sentence with "and"', () => {
    expect(flagged('Hiya, 47, just been told it is lupus', 'AGE')).toEqual(['47']);
    expect(flagged('Evening from Bolton. 61 and recently retired', 'AGE')).toEqual(['61']);
  });

  it('finds a workplace with a word or two before "at" or "in"', () => {
    expect(flagged('I work weekends at Morrisons and it wrecks me', 'ORGANIZATION')).toEqual(['Morrisons']);
    expect(flagged('he works nights in the Argos warehouse', 'ORGANIZATION')).toEqual(['Argos']);
  });

  it('keeps a named centre whole even with a medical word inside', () => {
    expect(flagged('on the list for the Hallam Pain Centre since June', 'ORGANIZATION')).toEqual(['Hallam Pain Centre']);
    expect(flagged('referred to the Long Covid Clinic', 'ORGANIZATION')).toEqual([]);
  });

  it('reads a town with a state code as a place, and times as times', () => {
    expect(flagged('Jess here, 29, Columbus OH. New to all this', 'LOCATION')).toEqual(['Columbus OH']);
    expect(flagged('the service is at 11am in the chapel', 'ADDRESS')).toEqual([]);
  });

  it('leaves helplines, charities, plural drug classes and pronouns alone', () => {
    expect(flagged('call Samaritans on 116 123 any time', 'PERSON')).toEqual([]);
    expect(flagged('Tried 3 SSRIs and 2 SNRIs so far', 'PERSON')).toEqual([]);
    expect(flagged('Ours says he loves trains', 'PERSON')).toEqual([]);
    expect(flagged('MS Society has a good booklet', 'PERSON')).toEqual([]);
  });

  it('finds an NDIS number and a health number with four letters before it', () => {
    expect(flagged('her NDIS number is 431 992 118', 'ID_NUMBER')).toEqual(['431 992 118']);
    expect(flagged('health insurance number TREM 7702 1148 on the card', 'ID_NUMBER')).toEqual(['TREM 7702 1148']);
  });
});

describe('shorthand ages, pasted reminders, titles and filler before ID numbers', () => {
  it('finds an age written straight after DS, DD or DH', () => {
    expect(flagged('my DD 6 has just started on Creon', 'AGE')).toEqual(['6']);
    expect(flagged('DS 12 has his review tomorrow', 'AGE')).toEqual(['12']);
    expect(flagged('DS 2 units of insulin at lunch', 'AGE')).toEqual([]);
  });

  it('finds ages opening a sentence with "and had" or "with", but not a time since something', () => {
    expect(flagged('29 and had my first seizure at work', 'AGE')).toEqual(['29']);
    expect(flagged('41 with MS and two kids', 'AGE')).toEqual(['41']);
    expect(flagged('Transplant survivor here, 5 years on and thriving', 'AGE')).toEqual([]);
  });

  it('finds a name written in capitals in a pasted reminder', () => {
    expect(flagged('"Reminder: OLIVIA MBEKI, your scan is on', 'PERSON')).toEqual(['OLIVIA MBEKI']);
    expect(flagged('PLEASE READ BEFORE POSTING', 'PERSON')).toEqual([]);
  });

  it('reads a title in quotes as a title, not a person', () => {
    expect(flagged('I loved "Hannah Grace" on audiobook', 'PERSON')).toEqual([]);
  });

  it('finds an ID number after "which I have as" or "I\'ve written"', () => {
    expect(flagged('the form wants my PPSN, which I have as 7654321W, is that right', 'ID_NUMBER')).toEqual(['7654321W']);
    expect(flagged("for health number I've written 5522 881 904, is that ok", 'ID_NUMBER')).toEqual(['5522 881 904']);
    expect(flagged('my NHS number is on the letter from 2019', 'ID_NUMBER')).toEqual([]);
  });

  it('finds a day and month after a weekday, and a birthday date as a birth date', () => {
    expect(flagged('bloods on Thu 14/11 first thing', 'DATE')).toEqual(['14/11']);
    expect(flagged("my birthday's 3 May so send cake", 'DOB')).toEqual(['3 May']);
  });

  it('keeps a famous hospital where the writer was treated, but not one cited as a source', () => {
    expect(flagged('had my ablation at Cleveland Clinic in 2022', 'ORGANIZATION')).toEqual(['Cleveland Clinic']);
    expect(flagged('Cleveland Clinic has a good page on this', 'ORGANIZATION')).toEqual([]);
  });

  it('leaves brand names after "from", plural days and chains of centres alone', () => {
    expect(flagged('we switched from MiniMed to Omnipod', 'LOCATION')).toEqual([]);
    expect(flagged('the group meets on Tuesdays', 'PERSON')).toEqual([]);
    expect(flagged('their Maggie Centres are lovely', 'ORGANIZATION')).toEqual([]);
    expect(flagged('I post on Instagram @spoonie_sam most days', 'HANDLE')).toEqual(['@spoonie_sam']);
  });
});

describe('products, schemes, events and eponym chains stay clean', () => {
  it('reads products after "packs of" or before a thing word as products', () => {
    expect(flagged('I keep 3 bottles of Lucozade Sport in the car', 'PERSON')).toEqual([]);
    expect(flagged('Selling my Elvie breast pump, barely used', 'PERSON')).toEqual([]);
  });

  it('reads an acronym before "form" or after "registered with the" as a scheme', () => {
    expect(flagged('filling in the DLA form again', 'ORGANIZATION')).toEqual([]);
    expect(flagged('are you registered with the NDSS yet?', 'ORGANIZATION')).toEqual([]);
    expect(flagged('seen at the RVI last week', 'ORGANIZATION')).toEqual(['RVI']);
  });

  it('reads a chain of eponyms as a condition and an event opening a sentence as an event', () => {
    expect(flagged('Anyone else with Wolff-Parkinson-White here?', 'PERSON')).toEqual([]);
    expect(flagged('Pride Walk is on Saturday, who is coming?', 'LOCATION')).toEqual([]);
    expect(flagged('we live on Holles Street now', 'LOCATION')).toEqual(['Holles Street']);
  });

  it("reads a public body's name with a product after it as the public body", () => {
    expect(flagged('did the British Heart Foundation RevivR course', 'ORGANIZATION')).toEqual([]);
  });
});

describe('replies, brands, services, addresses and other languages', () => {
  it('finds the name a reply opens with, but not an ordinary word', () => {
    expect(flagged('Gwendolyn hun that sounds so hard', 'PERSON')).toEqual(['Gwendolyn']);
    expect(flagged("Gwendolyn I had the same, it passed", 'PERSON')).toEqual(['Gwendolyn']);
    expect(flagged('Hope so, fingers crossed', 'PERSON')).toEqual([]);
  });

  it('reads shops, skincare brands, wearables and apps as brands, not people', () => {
    expect(flagged('Superdrug had it cheaper than Specsavers', 'PERSON')).toEqual([]);
    expect(flagged('CeraVe and Eucerin both sting, Aveeno is fine', 'PERSON')).toEqual([]);
    expect(flagged('I track it with Bearable and a Garmin', 'PERSON')).toEqual([]);
  });

  it('reads named services and specialties as services', () => {
    expect(flagged('ring the Biologics Nurse Helpline', 'PERSON')).toEqual([]);
    expect(flagged('sent to the Neuro Rehab Unit upstairs', 'PERSON')).toEqual([]);
  });

  it('reads the parts after a pasted address and stops at a new sentence', () => {
    const text = 'Address: 9 Pit Row, Stanley, DH9 0AB  Do I need to send it?';
    expect(flagged(text, 'LOCATION')).toEqual(['Stanley']);
    expect(flagged('collect from 410 E 12th St, Kitsilano', 'ADDRESS')).toEqual(['410 E 12th St']);
  });

  it('reads a name with a postcode after it as a place', () => {
    expect(flagged('Selling a wheelchair. Heaton Mersey, SK4 3AA. Ring after 6', 'LOCATION')).toEqual(['Heaton Mersey']);
  });

  it('finds places named by where someone writes from, and two-word suburbs after "I\'m in"', () => {
    expect(flagged('writing from Brunswick East tonight', 'LOCATION')).toEqual(['Brunswick East']);
    expect(flagged("I'm in Mermaid Beach, anyone nearby?", 'LOCATION')).toEqual(['Mermaid Beach']);
  });

  it('finds ages and homes written in French, German, Spanish, Italian and Dutch', () => {
    expect(flagged("J'ai 52 ans et j'habite à Rennes", 'AGE')).toEqual(['52']);
    expect(flagged("J'ai 52 ans et j'habite à Rennes", 'LOCATION')).toEqual(['Rennes']);
    expect(flagged('Ich bin 41, wohne in Bremen', 'LOCATION')).toEqual(['Bremen']);
  });

  it('finds a care home someone moved into and a workplace after "I was a … with"', () => {
    expect(flagged('Mum moved into Rowan Court Care Home last month', 'ORGANIZATION')).toEqual(['Rowan Court Care Home']);
    expect(flagged('I was a porter with Leeds Teaching Hospitals for years', 'ORGANIZATION')).toEqual(['Leeds Teaching Hospitals']);
  });

  it('finds a handle after a platform name when it has dots or digits, and link-in-bio links', () => {
    expect(flagged('add me on snap bee.well.22 if you like', 'HANDLE')).toEqual(['bee.well.22']);
    expect(flagged('everything is at linktr.ee/spoonie.sal', 'URL')).toEqual(['linktr.ee/spoonie.sal']);
  });
});

describe('a known first name opening a sentence with a verb', () => {
  it('finds the name when a verb or a speaker\'s colon follows, not a word-like name or a medicine', () => {
    expect(flagged('Kevin had given us a lift to the clinic.', 'PERSON')).toEqual(['Kevin']);
    expect(flagged('Nicole: are you coming on Friday?', 'PERSON')).toEqual(['Nicole']);
    expect(flagged('Will had to go home early.', 'PERSON')).toEqual([]);
    expect(flagged('Humira has been great for me.', 'PERSON')).toEqual([]);
  });
});

describe('saints, place words, possessive organisations and Australian landlines', () => {
  it('reads a saint\'s name as a school, church or hospital, or as a town', () => {
    expect(flagged('his school, St Aidan\'s in Wallsend, rang me', 'ORGANIZATION')).toEqual(["St Aidan"]);
    expect(flagged('his school, St Aidan\'s in Wallsend, rang me', 'PERSON')).toEqual([]);
    expect(flagged('we live in St Ives now', 'LOCATION')).toEqual(['St Ives']);
  });

  it('reads a first name with a place word after a place cue as a place', () => {
    expect(flagged('we moved to Stanley Green last year', 'LOCATION')).toEqual(['Stanley Green']);
  });

  it("reads Children's and Women's hospitals as organisations", () => {
    expect(flagged("She was born in Liverpool Women's at 30 weeks", 'ORGANIZATION')).toEqual(['Liverpool Women']);
  });

  it('finds an Australian landline with its area code in brackets', () => {
    expect(flagged('happy to chat, (08) 7010 2219 after 5', 'PHONE')).toEqual(['(08) 7010 2219']);
  });

  it('finds a child\'s age after "our" and one word', () => {
    expect(flagged('Our superstar Amara is 7 today!', 'AGE')).toEqual(['7']);
  });
});
