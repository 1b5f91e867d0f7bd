// The hashed word sets: every listed word is found, exceptions are refused, and the false "yes"
// rate for words not in a list stays near 2^-rice.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeBits, decodeGaps, wordHash, WordSet, type WordSetData } from '@/utils/disclosure/lexicon/word-set';
import { fold } from '@/utils/disclosure/text';

const setOf = (d: WordSetData): WordSet => new WordSet(d.range, d.rice, d.bits, d.except);
const data = (name: string): WordSetData => JSON.parse(readFileSync(path.resolve(process.cwd(), 'utils/disclosure/data', name), 'utf8')) as WordSetData;
const listOf = (joined: string): string[] => joined.split('|').filter(Boolean).map(fold);

describe('WordSet', () => {
  it('decodes gaps into the sorted hashes, all inside the range, one per listed word at most', () => {
    const d = data('medical.set.json');
    const hashes = decodeGaps(decodeBits(d.bits), d.rice);
    // The padding bits of the last byte can only repeat the last hash.
    const distinct = [...new Set(hashes)];
    for (let i = 1; i < hashes.length; i++) expect(hashes[i] as number).toBeGreaterThanOrEqual(hashes[i - 1] as number);
    expect(distinct.length).toBeGreaterThan(1000);
    expect(distinct.length).toBeLessThanOrEqual(d.range / 2 ** d.rice);
    expect(hashes[hashes.length - 1] as number).toBeLessThan(d.range);
  });

  it('finds every word of the lists it was built from', () => {
    const medical = setOf(data('medical.set.json'));
    const lists = JSON.parse(readFileSync(path.resolve(process.cwd(), 'utils/disclosure/data/medical-terms.json'), 'utf8')) as Record<string, string>;
    const drugs = JSON.parse(readFileSync(path.resolve(process.cwd(), 'utils/disclosure/data/drugs.json'), 'utf8')) as { names: string };
    const words = [...listOf(lists.eponyms ?? ''), ...listOf(lists.terms ?? ''), ...listOf(lists.devices ?? ''), ...listOf(drugs.names)];
    expect(words.length).toBeGreaterThan(1000);
    expect(words.filter((w) => !medical.has(w))).toEqual([]);
    const regions = setOf(data('regions.set.json'));
    const regionLists = JSON.parse(readFileSync(path.resolve(process.cwd(), 'utils/disclosure/data/regions.json'), 'utf8')) as { names: string; countyTowns: string };
    // Irish counties named after their town are left out on purpose: they are read as towns.
    const countyTowns = new Set(listOf(regionLists.countyTowns));
    expect(countyTowns.size).toBeGreaterThan(0);
    expect(listOf(regionLists.names).filter((w) => !countyTowns.has(w) && !regions.has(w))).toEqual([]);
    for (const town of countyTowns) expect(regions.has(town), town).toBe(false);
  });

  it('refuses its exceptions even though their hashes collide', () => {
    const d = data('first-names.set.json');
    const names = setOf(d);
    const except = (d.except ?? '').split('|').filter(Boolean);
    expect(except.length).toBeGreaterThan(0);
    const hashes = new Set(decodeGaps(decodeBits(d.bits), d.rice));
    for (const word of except) {
      expect(hashes.has(wordHash(word) % d.range), word).toBe(true);
      expect(names.has(word), word).toBe(false);
    }
  });

  it('says a false "yes" to about 1 in 2^rice words not in the list', () => {
    for (const file of ['first-names.set.json', 'towns.set.json', 'medical.set.json']) {
      const d = data(file);
      const set = setOf(d);
      let yes = 0;
      const tries = 200_000;
      for (let i = 0; i < tries; i++) if (set.has(`zq${i.toString(36)}x`)) yes++;
      expect(yes / tries, file).toBeLessThan(2 * 2 ** -d.rice);
    }
  });

  it('says no to the empty word', () => {
    expect(setOf(data('towns.set.json')).has('')).toBe(false);
  });
});
