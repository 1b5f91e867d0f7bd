// The guard checks phone numbers with libphonenumber-js's own steps instead of its public
// `parsePhoneNumber(…).isValid()` (which brings 5.6 KB of formatting code along). These tests
// hold it to the public API's answer on every number-shaped run in the test corpora and on
// thousands of generated numbers in the layouts people write, for each country the guard serves.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import { isValidPhoneNumber } from '@/utils/disclosure/patterns/phone-parse';
import { PHONE_CANDIDATE } from '@/utils/disclosure/patterns/phone';
import metadataJson from '@/utils/disclosure/data/phone-metadata.json';
import { buildForumCorpus } from '../../../bench/forum-drafts/index';
import { HELDOUT_SETS } from '../../../bench/heldout-sets';

const metadata = metadataJson as unknown as MetadataJson;
// The five countries the metadata keeps, no country, and two it does not keep (read as no country).
const COUNTRIES: (CountryCode | undefined)[] = [undefined, 'GB', 'IE', 'US', 'CA', 'AU', 'NZ', 'FR'];

const publicAnswer = (text: string, country?: CountryCode): boolean =>
  (country ? parsePhoneNumberFromString(text, country, metadata) : parsePhoneNumberFromString(text, metadata))?.isValid() ?? false;

function corpusTexts(): string[] {
  const shared = path.resolve(process.cwd(), '../shared/corpora');
  const lines = ['presidio-synth.jsonl', 'wnut17.jsonl'].flatMap((f) => readFileSync(path.join(shared, f), 'utf8').split('\n').filter(Boolean));
  const docs = [...buildForumCorpus(), ...HELDOUT_SETS.flatMap((s) => s.build())];
  return [...lines.map((l) => (JSON.parse(l) as { text: string }).text), ...docs.map((d) => d.text)];
}

describe('phone numbers checked by the library steps', () => {
  it('agrees with the public API on every number-shaped run in the corpora, for every country', () => {
    const runs = new Set<string>();
    for (const text of corpusTexts()) for (const m of text.toLowerCase().matchAll(PHONE_CANDIDATE)) runs.add(text.slice(m.index, m.index + m[0].length));
    expect(runs.size).toBeGreaterThan(500);
    let valid = 0;
    for (const run of runs) {
      for (const country of COUNTRIES) {
        const expected = publicAnswer(run, country);
        if (expected) valid++;
        expect([run, country, isValidPhoneNumber(run, metadata, country)]).toEqual([run, country, expected]);
      }
    }
    // Both answers occur, so agreement is not agreement on "no".
    expect(valid).toBeGreaterThan(100);
  });

  it('agrees with the public API on generated numbers in common layouts', () => {
    const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^\\d{${min},${max}}$`));
    const layout = fc.tuple(
      fc.constantFrom('', '+', '00', '(', '+44 ', '+353 ', '+1 ', '+61 ', '+31 ', '+49 ', '+33 ', '0', '011 '),
      fc.array(digits(1, 5), { minLength: 1, maxLength: 5 }),
      fc.constantFrom(' ', '-', '.', ') ', ''),
      fc.constantFrom('', ' ext. 12', ' x 301', ' ext 4'),
    ).map(([lead, groups, sep, ext]) => `${lead}${groups.join(sep)}${ext}`);
    // The shapes numbers really take in each country, filled with random digits.
    const SHAPES = ['07### ######', '+44 7### ######', '(0##) #### ####', '01### ######', '###-###-####', '(###) ###-####', '+1 ### ### ####', '1-###-###-####', '04## ### ###', '+61 4## ### ###', '(0#) #### ####', '08# ### ####', '+353 8# ### ####', '0# #### ###', '00 44 ## #### ####'];
    const shaped = fc.tuple(fc.constantFrom(...SHAPES), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }))
      .map(([shape, fill]) => { let i = 0; return shape.replace(/#/gu, () => String(fill[i++ % fill.length])); });
    let valid = 0;
    for (const [text, country] of fc.sample(fc.tuple(fc.oneof(layout, shaped), fc.constantFrom(...COUNTRIES)), { numRuns: 5000, seed: 20261122 })) {
      const expected = publicAnswer(text, country);
      if (expected) valid++;
      expect([text, country, isValidPhoneNumber(text, metadata, country)]).toEqual([text, country, expected]);
    }
    expect(valid).toBeGreaterThan(500);
  });

  it('says yes to real numbers of each country and no to near misses', () => {
    expect(isValidPhoneNumber('07700 900123', metadata, 'GB')).toBe(true);
    expect(isValidPhoneNumber('+44 7700 900123', metadata)).toBe(true);
    expect(isValidPhoneNumber('(212) 555-0142', metadata, 'US')).toBe(publicAnswer('(212) 555-0142', 'US'));
    expect(isValidPhoneNumber('087 123 4567', metadata, 'IE')).toBe(true);
    expect(isValidPhoneNumber('0412 345 678', metadata, 'AU')).toBe(true);
    expect(isValidPhoneNumber('07700 900123', metadata)).toBe(false);
    expect(isValidPhoneNumber('0770 09', metadata, 'GB')).toBe(false);
    expect(isValidPhoneNumber('not a number', metadata, 'GB')).toBe(false);
  });
});
