// Kinds read from the twelfth held-out set: names before an adverb or "hasn't", in an opening
// quote, double names, "turns 21"; ages at a birthday, not at a rule's threshold; month names
// in other languages; lower-case postcodes and towns after a street; towns tied by "born and
// bred" or "other <town> parents"; schools and clubs in brackets; offices; brand look-alikes.
import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

describe('names the twelfth set missed', () => {
  it('flags a name opening a sentence with an adverb or a negative before the verb', () => {
    expect(flagged('Thanks all. Gareth finally understands the fatigue thing', 'PERSON')).toEqual(['Gareth']);
    expect(flagged("Imogen hasn't slept through since", 'PERSON')).toEqual(['Imogen']);
    expect(flagged('Thanks all. Finally understands nothing', 'PERSON')).toEqual([]);
  });
  it('reads a name inside an opening quote, not an apostrophe inside a word', () => {
    expect(flagged("the plan: 'Zainab's regime: Nutrini 1.0'", 'PERSON')).toEqual(['Zainab']);
    expect(flagged("I can't Believe it", 'PERSON')).toEqual([]);
  });
  it('flags a double first name with a word in it, and a name that is a word before a birthday', () => {
    expect(flagged('Rosie-May was born at 30 weeks', 'PERSON')).toEqual(['Rosie-May']);
    expect(flagged('Jack turns 21 on Friday', 'PERSON')).toEqual(['Jack']);
    expect(flagged('Summer turns into autumn', 'PERSON')).toEqual([]);
  });
  it('flags a known name in lower case after "replying to"', () => {
    expect(flagged('replying to niamh - the liner sorted it', 'PERSON')).toEqual(['niamh']);
    expect(flagged('replying to everyone at once', 'PERSON')).toEqual([]);
  });
  it('leaves an unknown word opening a sentence with "is a" or "said"', () => {
    expect(flagged('Liner is a 6mm gel one', 'PERSON')).toEqual([]);
    expect(flagged("Barber said it's stress", 'PERSON')).toEqual([]);
    expect(flagged('Kirra and I are organising a picnic', 'PERSON')).toEqual(['Kirra']);
  });
});

describe('ages at a birthday', () => {
  it('flags the age after turn, turns or turned, even before "on the"', () => {
    expect(flagged('Jack turns 21 on the 14th of November', 'AGE')).toEqual(['21']);
    expect(flagged('the day after I turned 29. Happy birthday to me', 'AGE')).toEqual(['29']);
    expect(flagged('they turn 2 on Friday', 'AGE')).toEqual(['2']);
  });
  it('leaves an age that is a rule, and turns that are not birthdays', () => {
    expect(flagged('do it before he turns 18 like they said', 'AGE')).toEqual([]);
    expect(flagged('you can apply once she turns 16', 'AGE')).toEqual([]);
    expect(flagged('the health check starts from age 14', 'AGE')).toEqual([]);
    expect(flagged('turn 90 degrees and hold', 'AGE')).toEqual([]);
  });
});

describe('dates, postcodes and numbers', () => {
  it('reads month names kept in Dutch, German, French or Spanish', () => {
    expect(flagged('my amputation was on 3 februari in the hospital', 'DATE')).toEqual(['3 februari']);
    expect(flagged('seit 3. Oktober on the tablets', 'DATE')).toEqual(['3. Oktober']);
    expect(flagged('le 12 février', 'DATE')).toEqual(['12 février']);
    expect(flagged("Today's a 6. May the spoons be with you", 'DATE')).toEqual([]);
    expect(flagged('ate 3 mars bars', 'DATE')).toEqual([]);
  });
  it('reads a lower-case town and postcode after a street, not a time', () => {
    const text = "it's 7 Larkspur Close, didcot ox11 7qr — key's under the pot";
    expect(flagged(text, 'POSTCODE')).toEqual(['ox11 7qr']);
    expect(flagged(text, 'LOCATION')).toEqual(['didcot']);
    expect(flagged('meet on Park Road at b1 2pm', 'POSTCODE')).toEqual([]);
  });
  it('flags a participant number as an ID, not a phone', () => {
    expect(flagged('Participant no. 430 718 295 for the quote', 'ID_NUMBER')).toEqual(['430 718 295']);
    expect(flagged('Participant no. 430 718 295 for the quote', 'PHONE')).toEqual([]);
  });
});

describe('places and organisations tied to the writer', () => {
  it('flags a town before "born and bred" and a town whose people the writer counts themself among', () => {
    expect(flagged('Castleford born and bred, limb fitting at the centre', 'LOCATION')).toEqual(['Castleford']);
    expect(flagged('Other Swindon parents, shall we write?', 'LOCATION')).toEqual(['Swindon']);
    expect(flagged('Any Tucson families been through it?', 'LOCATION')).toEqual(['Tucson']);
    expect(flagged('Other MS parents know', 'LOCATION')).toEqual([]);
  });
  it('flags a city district after a hyphen, and a town after "moved out of"', () => {
    expect(flagged('I am Lukas from Hamburg-Eimsbüttel', 'LOCATION')).toEqual(['Hamburg-Eimsbüttel']);
    expect(flagged('before we moved out of Kingston', 'LOCATION')).toEqual(['Kingston']);
    expect(flagged('Bath-time is hard', 'LOCATION')).toEqual([]);
  });
  it('reads a school or club named in brackets or as what it is', () => {
    expect(flagged('The school (Bishop Challoner) want him to do PE', 'ORGANIZATION')).toEqual(['Bishop Challoner']);
    expect(flagged('she goes to De Regenboog, a special school in Utrecht', 'ORGANIZATION')).toEqual(['De Regenboog']);
    expect(flagged('every Sunday at Merseyside Amputee FC', 'ORGANIZATION')).toEqual(['Merseyside Amputee FC']);
    expect(flagged('Sinus surgery (FESS), anyone had it?', 'ORGANIZATION')).toEqual([]);
  });
  it('reads an employer named with its office or by HR, and the office town as a town', () => {
    const text = "If anyone's at Aviva in the Norwich office, HR were great";
    expect(flagged(text, 'ORGANIZATION')).toEqual(['Aviva']);
    expect(flagged(text, 'LOCATION')).toEqual(['Norwich']);
    expect(flagged("Told HR at Sainsbury's head office", 'ORGANIZATION')).toEqual(['Sainsbury']);
    expect(flagged("I'm at Ohio State and it's hard", 'ORGANIZATION')).toEqual(['Ohio State']);
  });
});

describe('look-alikes that stay clean', () => {
  it.each([
    'My wig is an Ellen Wille piece.',
    'We use one of those Vivi Cap cases at the beach.',
    'Flew Aer Lingus last month. Ryanair is another story.',
    'Component tests: Ara h 2 at 4.1, baked egg next.',
    'We were looking at OIT but the list is long.',
    'Anyone going to the allergy show at Olympia?',
    "Ayanna Pressley's video about it still gets me.",
    'Sarah Gordy and Tommy Jessop on telly again.',
    'Groeten, and thanks for the socket advice.',
    'The Myasthenia Gravis Foundation of America pages helped.',
    'Ask for the GP Learning Disability Annual Health Check.',
    'Ronald McDonald House was a lifeline.',
  ])('%s', (text) => {
    expect([...flagged(text, 'PERSON'), ...flagged(text, 'ORGANIZATION'), ...flagged(text, 'LOCATION'), ...flagged(text, 'AGE')]).toEqual([]);
  });
});
