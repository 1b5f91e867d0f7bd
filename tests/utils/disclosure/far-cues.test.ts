// Kinds read from the seventh held-out set: owners, replies, shop handles, double first names,
// French street order, towns after a street, place-named clinics, and numbers that are not ages.
import { describe, expect, it } from 'vitest';
import { covers, flagged } from './helpers';

describe('names without a cue', () => {
  it('flags a known first name that owns something at a sentence start', () => {
    expect(flagged("Long week. Priyanka's scan is on Friday.", 'PERSON')).toEqual(['Priyanka']);
    expect(flagged("Kwabena's PSA came back clear.", 'PERSON')).toEqual(['Kwabena']);
  });
  it('leaves eponyms, charities and conditions that look like owners', () => {
    expect(flagged("Todd's paralysis can follow a seizure.", 'PERSON')).toEqual([]);
    expect(flagged("Addison's has been rough this week.", 'PERSON')).toEqual([]);
    expect(flagged("We gave to Harriet's Hope and Matthew's Friends this year.", 'PERSON')).toEqual([]);
  });
  it('flags a reply that opens with a name and "we"', () => {
    expect(flagged('Valentina we went through the same thing with the pump.', 'PERSON')).toEqual(['Valentina']);
    expect(flagged('Sue my employer? No, never.', 'PERSON')).toEqual([]);
  });
  it('reads a double first name as a first name, unless it is part of a condition', () => {
    expect(flagged('Write to Jean-Philippe Gagnon if you can.', 'PERSON')).toEqual(['Jean-Philippe Gagnon']);
    expect(flagged('Send it to me: Marie-Claude Tremblay, 118 rue', 'PERSON')).toEqual(['Marie-Claude Tremblay']);
    expect(flagged('A lovely hobby. Marie-Claude Tremblay, 118 rue Saint-Jean', 'PERSON')).toEqual(['Marie-Claude Tremblay']);
    expect(covers('Charcot-Marie-Tooth is a nerve disease.', 'Charcot-Marie-Tooth')).toBe(false);
    expect(covers('I have Guillain-Barré Syndrome and a cold.', 'Syndrome')).toBe(false);
  });
});

describe('handles before "on" and a platform', () => {
  it('flags an account name with a tell, or a long run of words', () => {
    expect(flagged("follow me bendy_bex on TikTok", 'HANDLE')).toEqual(['bendy_bex']);
    expect(flagged("she's niasbeadbox on Etsy", 'HANDLE')).toEqual(['niasbeadbox']);
    expect(flagged("I'm BeccaBakes on Etsy", 'HANDLE')).toEqual(['BeccaBakes']);
  });
  it('leaves ordinary words before "on" a platform', () => {
    for (const text of ["I'm active on Instagram", "he's hopeless on facebook", "she's brilliant on youtube", "i'm everywhere on instagram"]) {
      expect(flagged(text, 'HANDLE'), text).toEqual([]);
    }
  });
});

describe('addresses and places', () => {
  it('reads a French street with the number first, and the town and postcode after it', () => {
    const text = 'Écrivez-moi : 42 rue des Lilas, Montréal QC H2X 1Y4';
    expect(flagged(text, 'ADDRESS')).toEqual(['42 rue des Lilas']);
    expect(flagged(text, 'LOCATION')).toEqual(['Montréal']);
    expect(flagged(text, 'POSTCODE')).toEqual(['H2X 1Y4']);
    expect(flagged('12 chemin de la Côte-Sainte-Catherine', 'ADDRESS')).toEqual(['12 chemin de la Côte-Sainte-Catherine']);
    expect(flagged('She took 2 rue tablets', 'ADDRESS')).toEqual([]);
  });
  it('flags the town after a street and "in"', () => {
    expect(flagged('Dad is on his own on Carlton Road in Longton now.', 'LOCATION')).toContain('Longton');
  });
  it('flags a town after "just moved to", but not a day or a medicine', () => {
    expect(flagged('Just moved to Portobello and need a GP.', 'LOCATION')).toEqual(['Portobello']);
    expect(flagged('The infusion just moved to Tuesday.', 'LOCATION')).toEqual([]);
    expect(flagged('We just moved to Humira.', 'LOCATION')).toEqual([]);
  });
  it('flags a town whose last word says it is a place', () => {
    expect(flagged('I lost my bag around Sowerby Bridge on Friday.', 'LOCATION')).toEqual(['Sowerby Bridge']);
  });
  it('reads a clinic named after a place as one clinic, a clinic named by what it treats as none', () => {
    expect(flagged('My GP at Rutland Medical Clinic retired.', 'ORGANIZATION')).toEqual(['Rutland Medical Clinic']);
    expect(flagged('The Stroke Unit was great.', 'ORGANIZATION')).toEqual([]);
  });
});

describe('ages', () => {
  it('flags "my age (58)" and a mokopuna\'s age', () => {
    expect(flagged('GP says it is fine at my age (58), apparently.', 'AGE')).toEqual(['58']);
    expect(flagged('My mokopuna is 9 and loves it.', 'AGE')).toEqual(['9']);
  });
  it('leaves a test result after the test name, and years since treatment', () => {
    expect(flagged('Nurse explained my eGFR. 52, stage 3a.', 'AGE')).toEqual([]);
    expect(flagged('She checked my HbA1c. 48, which is borderline.', 'AGE')).toEqual([]);
    expect(flagged("I'm 4 years post and still tired.", 'AGE')).toEqual([]);
  });
});
