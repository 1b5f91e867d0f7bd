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
  it('finds house number + street, with the town that follows', () => {
    expect(flagged('Collection from 22 Hollybank Road, Sheffield S7 2FE or message me', 'ADDRESS')).toEqual(['22 Hollybank Road, Sheffield S7 2FE']);
    expect(flagged('we meet at 45 Church Street, Parramatta NSW 2150 monthly', 'ADDRESS')).toEqual(['45 Church Street, Parramatta NSW 2150']);
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
