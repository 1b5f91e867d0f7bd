import { describe, expect, it } from 'vitest';
import { flagged, seen } from './helpers';

describe('postcodes', () => {
  it('finds full UK postcodes, Canadian postal codes and Eircodes', () => {
    expect(flagged('we are in LS6 2AB now', 'POSTCODE')).toEqual(['LS6 2AB']);
    expect(flagged('postcode sw1a1aa', 'POSTCODE')).toEqual(['sw1a1aa']);
    expect(flagged('mail to K1A 0B1 Ottawa', 'POSTCODE')).toEqual(['K1A 0B1']);
    expect(flagged('Eircode D02 X285 for the parcel', 'POSTCODE')).toEqual(['D02 X285']);
  });
  it('finds a US ZIP only next to a state or a cue', () => {
    expect(flagged('my zip code is 90210', 'POSTCODE')).toEqual(['90210']);
    expect(flagged('Springfield, IL 62704', 'ADDRESS').join()).toContain('62704');
    expect(flagged('I walked 90210 steps this year', 'POSTCODE')).toEqual([]);
  });
  it('rejects unknown UK areas and keeps districts for where-cues only', () => {
    expect(flagged('model ZZ9 9ZZ', 'POSTCODE')).toEqual([]);
    expect(flagged('anyone near LS6?', 'POSTCODE')).toEqual(['LS6']);
    expect(flagged('my LS6 cable broke', 'POSTCODE')).toEqual([]);
  });
  it('suggests keeping only the area of a full postcode', () => {
    const f = seen('postcode M20 2AB');
    expect(f[0]?.kind).toBe('POSTCODE');
  });
});

describe('street addresses', () => {
  it('finds house number + street, and the town and postcode after it as parts of their own', () => {
    const text = 'Collection from 22 Hollybank Road, Sheffield S7 2FE or message me';
    expect(flagged(text, 'ADDRESS')).toEqual(['22 Hollybank Road']);
    expect(flagged(text, 'LOCATION')).toEqual(['Sheffield']);
    expect(flagged(text, 'POSTCODE')).toEqual(['S7 2FE']);
    const aus = 'we meet at 45 Church Street, Parramatta NSW 2150 monthly';
    expect(flagged(aus, 'ADDRESS')).toEqual(['45 Church Street']);
    expect(flagged(aus, 'LOCATION')).toEqual(['Parramatta']);
    expect(flagged(aus, 'POSTCODE')).toEqual(['2150']);
  });
  it('reads a pasted postal address line by line: street and flat, town, country, postcode', () => {
    const text = 'Billing address: Sara Schwarz\n    28245 Puruntie 82 Apt. 595\n   LAPPEENRANTA\n    Finland 53650';
    expect(flagged(text, 'ADDRESS')).toEqual(['28245 Puruntie 82 Apt. 595']);
    expect(flagged(text, 'LOCATION')).toEqual(['LAPPEENRANTA', 'Finland']);
    expect(flagged(text, 'POSTCODE')).toEqual(['53650']);
    expect(flagged('> 20789 Allika 46\n> Suite 501\n> Riisa', 'ADDRESS')).toEqual(['20789 Allika 46\n> Suite 501']);
    // A town named after the street wins over reading it as a person's name.
    expect(flagged('here: 370 Fourth Avenue Apt. 397, Mora de Rubielos, Spain', 'LOCATION')).toEqual(['Mora de Rubielos', 'Spain']);
  });
  it('ends the address at ordinary words and field labels', () => {
    expect(flagged('we meet at 14 Chapel Lane, Bramhall, every other Thursday. Text me', 'LOCATION')).toEqual(['Bramhall']);
    expect(flagged('14 Chapel Lane, Bramhall\nMobile: 07700 900123', 'LOCATION')).toEqual(['Bramhall']);
    expect(flagged('Day 3 Methotrexate 15\nfeeling rough', 'ADDRESS')).toEqual([]);
  });
  it('finds European street-first layouts and PO boxes', () => {
    expect(flagged('I live at Koskikatu 25 in the centre', 'ADDRESS')).toEqual(['Koskikatu 25']);
    expect(flagged('send to PO Box 1234 please', 'ADDRESS')).toEqual(['PO Box 1234']);
  });
  it('does not take counts and distances for addresses', () => {
    expect(flagged('I walked 2 miles in the park today', 'ADDRESS')).toEqual([]);
    expect(flagged('took 3 tablets and went to the park', 'ADDRESS')).toEqual([]);
  });
});

describe('home town', () => {
  it('finds the town after a home cue, in any case', () => {
    expect(flagged('Hi, I live in Leeds and', 'LOCATION')).toEqual(['Leeds']);
    expect(flagged('hello from Cork!', 'LOCATION')).toEqual(['Cork']);
    expect(flagged('i live in manchester lol', 'LOCATION')).toEqual(['manchester']);
    expect(flagged('We moved to Milton Keynes last year', 'LOCATION')).toEqual(['Milton Keynes']);
  });
  it('does not flag countries, regions or states of being', () => {
    expect(flagged("I'm from the UK", 'LOCATION')).toEqual([]);
    expect(flagged("I'm in Agony today", 'LOCATION')).toEqual([]);
    expect(flagged('I live in hope', 'LOCATION')).toEqual([]);
    expect(flagged('Flying to Canada in August', 'LOCATION')).toEqual([]);
  });
});
