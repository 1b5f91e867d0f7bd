// Kinds read from the eleventh held-out set: lower-case names after "told" or "lol", initials on
// forms, far-cued codes, Medicare numbers named as such, employers named by their warehouse,
// care homes; and look-alikes: eponyms, "I'm" in brackets, service names after "Dear", lists of
// public figures, 0303 helplines.
import { describe, expect, it } from 'vitest';
import { flagged, seen } from './helpers';

describe('names the eleventh set missed', () => {
  it('flags a known lower-case name after "told" or a laugh, or before an email address', () => {
    expect(flagged('finally told declan last night', 'PERSON')).toEqual(['declan']);
    expect(flagged('lol ciara i know what you mean', 'PERSON')).toEqual(['ciara']);
    expect(flagged('send a note to orla at orla.b@gmail.com', 'PERSON')).toEqual(['orla']);
    expect(flagged('told mark about it', 'PERSON')).toEqual([]);
    expect(flagged('told her last night', 'PERSON')).toEqual([]);
  });
  it('flags a known lower-case name given with an age after "i\'m"', () => {
    expect(flagged("i'm aoife, 24, nurse in galway", 'PERSON')).toEqual(['aoife']);
    expect(flagged("i'm tired, 34, and sore", 'PERSON')).toEqual([]);
  });
  it('flags the place after a self-introduction, even one no list knows', () => {
    expect(flagged("Hiya, I'm Bethan Morgan from Aberystwyth, I run a shop", 'LOCATION')).toEqual(['Aberystwyth']);
    expect(flagged("I'm Sarah from Accounts", 'LOCATION')).toEqual([]);
    expect(flagged("I'm Jo from Canada", 'LOCATION')).toEqual([]);
  });
  it('flags "<town> mum of a … here", even a town no list knows, but not a word or a condition', () => {
    expect(flagged('Caloundra mum of a T1 teen here, mostly lurking', 'LOCATION')).toEqual(['Caloundra']);
    expect(flagged('Geelong mum of two here', 'LOCATION')).toEqual(['Geelong']);
    expect(flagged('Autism mum here', 'LOCATION')).toEqual([]);
    expect(flagged('Is it covered by Pharmacare here?', 'LOCATION')).toEqual([]);
  });
  it('flags a town named as an area at the start of a sentence', () => {
    expect(flagged('Nobody gets it. Skokie area, anyone recommend someone?', 'LOCATION')).toEqual(['Skokie']);
    expect(flagged('The Area Manager said no', 'LOCATION')).toEqual([]);
  });
  it('flags a name before "used to" or "arrived", and an initial for a first name on a form', () => {
    expect(flagged('Bridget used to do the garden', 'PERSON')).toEqual(['Bridget']);
    expect(flagged('Matilda arrived at 34 weeks', 'PERSON')).toEqual(['Matilda']);
    expect(flagged('Consultant: K. Oyelaran\nClinic: Neuro', 'PERSON')).toEqual(['K. Oyelaran']);
    expect(flagged("he's B and I'm A. Rang the clinic", 'PERSON')).toEqual([]);
  });
});

describe('numbers and codes', () => {
  it('flags a number named as a Medicare number even with a wrong check digit', () => {
    expect(flagged("wanted my Medicare number, it's 3318 20461 7 if that's right", 'ID_NUMBER')).toEqual(['3318 20461 7']);
  });
  it('flags a code in brackets after a clinic number, and a lettered code after a bare "ref"', () => {
    expect(flagged('asked for my clinic number so I gave it (HV-40318) and', 'ID_NUMBER')).toEqual(['HV-40318']);
    expect(flagged('the letter says ref QEH-7730142 but', 'ID_NUMBER')).toEqual(['QEH-7730142']);
    expect(flagged('ref 666-22-8412 on the box', 'ID_NUMBER')).toEqual([]);
  });
  it('reads a dashed 3-3-4 number as a phone, not an NHS number, when nothing says NHS', () => {
    expect(flagged('wants to talk, 412-867-3390', 'PHONE')).toEqual(['412-867-3390']);
    expect(flagged('wants to talk, 412-867-3390', 'ID_NUMBER')).toEqual([]);
  });
  it('leaves a 0303 helpline', () => {
    expect(seen('The RNIB helpline (0303 123 9999) was brilliant')).toEqual([]);
  });
});

describe('places and employers', () => {
  it('reads "dad of two in <town>", a shop warehouse as the employer, and "<name> care home"', () => {
    expect(flagged("I'm a dad of three in Spokane", 'LOCATION')).toEqual(['Spokane']);
    expect(flagged('night shifts at the Amazon warehouse in Swindon', 'ORGANIZATION')).toEqual(['Amazon']);
    expect(flagged("Mum's moving to Ashgrove House care home on Monday", 'ORGANIZATION')).toEqual(['Ashgrove House']);
  });
});

describe('look-alikes that stay clean', () => {
  it.each([
    'The optician mentioned Charles Bonnet syndrome.',
    "Lou Gehrig's disease is the same thing as MND.",
    "My husband (I'm his carer now) needs a new chair.",
    'It starts "Dear Tier 3 Obesity Team" which sounds harsh.',
    'Certificate of Visual Impairment, then the boxes.',
    'Selena Gomez, Toni Braxton and Nick Cannon all have lupus.',
    "Shaquille O'Neal has talked about his sleep apnoea.",
    'Switched from Triumeq to Dovato last spring.',
  ])('%s', (text) => {
    expect(seen(text)).toEqual([]);
  });
});
