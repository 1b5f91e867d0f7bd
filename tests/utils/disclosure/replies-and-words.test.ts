// Kinds read from the tenth held-out set: replies that open with a name, "Baby <name>", ages in
// words, short dates after "hearing is", account names after "search" or "on there",
// "<town> mum here", street abbreviations, and words that only look like names.
import { describe, expect, it } from 'vitest';
import { scanText } from '@/utils/disclosure/index';
import { flagged } from './helpers';

describe('replies that open with a name', () => {
  it('flags an unlisted name answered with "I\'m" or thanks, not an interjection or a plural', () => {
    expect(flagged("Teuila I've had the same letter", 'PERSON')).toEqual(['Teuila']);
    expect(flagged("Meleane I'm in the same boat", 'PERSON')).toEqual(['Meleane']);
    expect(flagged("Sooo I'm finally on it", 'PERSON')).toEqual([]);
    expect(flagged("Eponyms I've learned this year", 'PERSON')).toEqual([]);
    expect(flagged("Loving I'm not", 'PERSON')).toEqual([]);
  });
  it('flags a name said with a word of affection from another language, or in lower case', () => {
    expect(flagged('Zeynep abla thank you for the recipe', 'PERSON')).toEqual(['Zeynep']);
    expect(flagged('Anjali didi thank you', 'PERSON')).toEqual(['Anjali']);
    expect(flagged("priya hun don't apologise", 'PERSON')).toEqual(['priya']);
    expect(flagged('rob did you get it sorted', 'PERSON')).toEqual([]);
    expect(flagged('hey rob did you get it sorted?', 'PERSON')).toEqual(['rob']);
    expect(flagged("hiya bill, how's the knee", 'PERSON')).toEqual(['bill']);
    expect(flagged('hi will you be there', 'PERSON')).toEqual([]);
    expect(flagged('hey hun, sorry', 'PERSON')).toEqual([]);
    expect(flagged('hey mark your calendars', 'PERSON')).toEqual([]);
    expect(flagged('Essex girl here', 'PERSON')).toEqual([]);
  });
  it('flags two names thanked together, even a name that is also a word', () => {
    expect(flagged('Shireen and Dev, thank you both', 'PERSON')).toEqual(['Shireen', 'Dev']);
    expect(flagged('Tea and Cake, thank you', 'PERSON')).toEqual([]);
  });
  it('flags the name after "Baby" opening a sentence, not a song or a method', () => {
    expect(flagged('Baby Zayan is 4 months.', 'PERSON')).toEqual(['Zayan']);
    expect(flagged('Baby Shark on repeat all day', 'PERSON')).toEqual([]);
    expect(flagged('Baby Led Weaning book', 'PERSON')).toEqual([]);
  });
  it('does not take an adverb closing a post for a signed name', () => {
    expect(flagged('9:15 in the morning for a kid with ME?! Seriously', 'PERSON')).toEqual([]);
    expect(flagged('Thanks all. Marisol', 'PERSON')).toEqual(['Marisol']);
  });
});

describe('ages and dates', () => {
  it('flags ages written in words where an age can end the clause', () => {
    expect(flagged("My daughter's fifteen and her skin is worse", 'AGE')).toEqual(['fifteen']);
    expect(flagged("I'm forty-two.", 'AGE')).toEqual(['forty-two']);
    expect(flagged("He's one and has no idea", 'AGE')).toEqual(['one']);
    expect(flagged("she's two weeks late", 'AGE')).toEqual([]);
    expect(flagged("he's one of the lucky ones", 'AGE')).toEqual([]);
    expect(flagged("I'm one.", 'AGE')).toEqual([]);
    expect(flagged("he's ten times better", 'AGE')).toEqual([]);
  });
  it('offers the age group for an age in words', () => {
    const [age] = scanText("I'm forty-two.");
    expect(age?.fixes.map((f) => f.replacement)).toContain('40-something');
    const [teen] = scanText("My daughter's fifteen and");
    expect(teen?.fixes.map((f) => f.replacement)).toContain('a teenager');
  });
  it("flags a baby's age after \"Baby's\"", () => {
    expect(flagged("Baby's 3 weeks old and I", 'AGE')).toEqual(['3 weeks old']);
  });
  it('flags a month/day date after "hearing is" or "assessment is", not a score or a fraction', () => {
    expect(flagged('Hearing is 11/18 in Dayton.', 'DATE')).toEqual(['11/18']);
    expect(flagged('PIP assessment is 9/14 at the centre', 'DATE')).toEqual(['9/14']);
    expect(flagged('my pain is 7/10', 'DATE')).toEqual([]);
    expect(flagged('surgery: 3/4 of the way', 'DATE')).toEqual([]);
  });
});

describe('account names and places', () => {
  it('flags an account name after "search … on YouTube", not an ordinary word', () => {
    expect(flagged('search bagsandbrunch on YouTube', 'HANDLE')).toEqual(['bagsandbrunch']);
    expect(flagged('search recipes on YouTube', 'HANDLE')).toEqual([]);
  });
  it('flags "I\'m <account> on there" once a platform was named', () => {
    expect(flagged("sent it on Messenger. I'm adjoa.mensah.94 on there", 'HANDLE')).toEqual(['adjoa.mensah.94']);
    expect(flagged("I'm useless on there", 'HANDLE')).toEqual([]);
    expect(flagged("I'm kaz.77 on there", 'HANDLE')).toEqual([]);
  });
  it('flags "<town> mum here" and a town "out past"', () => {
    expect(flagged('Geelong mum here, newly diagnosed', 'LOCATION')).toEqual(['Geelong']);
    expect(flagged('Leeds hereford cattle', 'LOCATION')).toEqual([]);
    expect(flagged('a farm out past Mullingar', 'LOCATION')).toEqual(['Mullingar']);
    expect(flagged('past Christmas it got worse', 'LOCATION')).toEqual([]);
  });
  it('reads Australian street abbreviations, the suburb and the postcode after them', () => {
    const text = 'Unit 4, 19 Bellevue Tce, Fremantle 6160';
    expect(flagged(text, 'ADDRESS')).toContain('19 Bellevue Tce');
    expect(flagged(text, 'LOCATION')).toEqual(['Fremantle']);
    expect(flagged(text, 'POSTCODE')).toEqual(['6160']);
    expect(flagged(text, 'PERSON')).toEqual([]);
  });
  it('knows towns by their everyday names', () => {
    expect(flagged('any good physio in hull?', 'LOCATION')).toEqual(['hull']);
    expect(flagged('Kia ora from Whanganui.', 'LOCATION')).toEqual(['Whanganui']);
  });
  it('reads a hospital after "the derm at" and a workplace after "retired early from"', () => {
    expect(flagged("The derm at Guy's wants me on Skyrizi", 'ORGANIZATION')).toEqual(['Guy']);
    expect(flagged('Retired early from Network Rail because of it.', 'ORGANIZATION')).toEqual(['Network Rail']);
  });
  it('reads towns by the names people use, organisation words and all', () => {
    expect(flagged('the group that meets in Leamington Spa', 'LOCATION')).toEqual(['Leamington Spa']);
    expect(flagged('we moved to Tunbridge Wells last year', 'LOCATION')).toEqual(['Tunbridge Wells']);
  });
  it('reads the name before a house number as the addressee, and a birthday "tomorrow" as a birth date', () => {
    expect(flagged('please post to Moana Tupou, 22 Kawau Street, Onehunga', 'PERSON')).toEqual(['Moana Tupou']);
    expect(flagged("It's Kaito's birthday tomorrow, 9 June, and", 'DOB')).toEqual(['9 June']);
  });
  it('reads a capitalised word measured out as a product', () => {
    expect(flagged('Bleach baths: a small amount of Milton in a full tub.', 'PERSON')).toEqual([]);
    expect(flagged('a capful of Dettol in the bath', 'PERSON')).toEqual([]);
  });
  it('does not take a clinic word for an organisation', () => {
    expect(flagged('Your appointment with the Colorectal Nurse Specialist has moved', 'ORGANIZATION')).toEqual([]);
  });
});

describe('kinds still missed across the read sets', () => {
  it('flags a bare postcode after "anyone near", not a count', () => {
    expect(flagged('Anyone near 97210 fancy a coffee?', 'POSTCODE')).toEqual(['97210']);
    expect(flagged('a support group anywhere near 2480?', 'POSTCODE')).toEqual(['2480']);
    expect(flagged('Looking for a huisarts closer to 3521 AB', 'POSTCODE')).toEqual(['3521 AB']);
    expect(flagged('anyone walk near 10000 steps a day?', 'POSTCODE')).toEqual([]);
    expect(flagged('My count was near 1500 last time', 'POSTCODE')).toEqual([]);
    expect(flagged('anyone else worse near 2019?', 'POSTCODE')).toEqual([]);
  });
  it('flags a ZIP in brackets after the town', () => {
    expect(flagged('We moved to Missoula (59801) last spring', 'POSTCODE')).toEqual(['59801']);
  });
  it('reads a suburb of ordinary words when its postcode follows', () => {
    const text = 'Drop it at 22 Hawthorne Street, Red Hill 4059, thanks';
    expect(flagged(text, 'LOCATION')).toEqual(['Red Hill']);
    expect(flagged(text, 'POSTCODE')).toEqual(['4059']);
  });
  it('flags a baby named with a birth date, and a writer introduced with "here"', () => {
    expect(flagged('Aroha, born 12/09/2024, finally home', 'PERSON')).toEqual(['Aroha']);
    expect(flagged('Premature, born at 32 weeks, and thriving', 'PERSON')).toEqual([]);
    expect(flagged('Tamsin here, 51, newly on the pump', 'PERSON')).toEqual(['Tamsin']);
    expect(flagged('Newbie here, be gentle.', 'PERSON')).toEqual([]);
    expect(flagged('Aussie here, long-time lurker.', 'PERSON')).toEqual([]);
    expect(flagged("Graves' here. Carbimazole 20mg.", 'PERSON')).toEqual([]);
  });
  it('flags an account name after "add me on Discord, I\'m"', () => {
    expect(flagged("Add me on Discord, I'm gutsy.grace, and I'll send an invite", 'HANDLE')).toEqual(['gutsy.grace']);
    expect(flagged('add me on Discord please', 'HANDLE')).toEqual([]);
  });
  it('flags a code after a colon once a reference was mentioned, not a batch or lot number', () => {
    expect(flagged('they gave us a reference for phone calls, so I stop losing the note: OMC-4471920.', 'ID_NUMBER')).toEqual(['OMC-4471920']);
    expect(flagged('Pfizer batch number: FK45210', 'ID_NUMBER')).toEqual([]);
    expect(flagged('vaccine lot: EW01234', 'ID_NUMBER')).toEqual([]);
  });
});
