import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SearchIndex, type IndexedTip, type IndexFilters } from '@/utils/library/search-index';
import { SUPPORT_TYPES, VERIFICATION_STATUSES } from '@/utils/library/types';

const tip = (id: string, savedAt: string, words: string[], more: Partial<IndexedTip> = {}): IndexedTip => ({
  id,
  savedAt,
  words,
  tags: [],
  conditions: [],
  site: 'facebook',
  status: 'unverified',
  ...more,
});

describe('SearchIndex', () => {
  const index = new SearchIndex([
    tip('a', '2025-01-01T00:00:00.000Z', ['pain', 'pacing']),
    tip('b', '2025-01-02T00:00:00.000Z', ['pain', 'sleep'], { tags: ['x'], site: 'reddit' }),
    tip('c', '2025-01-02T00:00:00.000Z', ['salt', 'water'], { conditions: ['POTS'], status: 'checked' }),
    tip('d', '2025-01-03T00:00:00.000Z', ['zz'], { supportType: 'emotional' }),
  ]);

  it('lists everything newest first, ties by highest id first', () => {
    expect(index.size).toBe(4);
    expect(index.match({ words: [] })).toEqual(['d', 'c', 'b', 'a']);
  });

  it('matches word prefixes and needs every word', () => {
    expect(index.match({ words: ['pa'] })).toEqual(['b', 'a']);
    expect(index.match({ words: ['pa', 'sl'] })).toEqual(['b']);
    expect(index.match({ words: ['ain'] })).toEqual([]);
    expect(index.match({ words: ['zzz'] })).toEqual([]);
    expect(index.match({ words: ['\uffff'] })).toEqual([]);
  });

  it('counts a tip once per query word even when several of its words share the prefix', () => {
    // "pa" matches both "pain" and "pacing" in tip a; the second word must still be required.
    expect(index.match({ words: ['pa', 'water'] })).toEqual([]);
    expect(index.match({ words: ['pa', 'pai'] })).toEqual(['b', 'a']);
  });

  it('applies the filters', () => {
    expect(index.match({ words: [], tags: ['x'] })).toEqual(['b']);
    expect(index.match({ words: [], conditions: ['POTS'] })).toEqual(['c']);
    expect(index.match({ words: [], site: 'reddit' })).toEqual(['b']);
    expect(index.match({ words: [], status: 'checked' })).toEqual(['c']);
    expect(index.match({ words: [], supportType: 'emotional' })).toEqual(['d']);
    expect(index.match({ words: [], from: '2025-01-02T00:00:00.000Z', to: '2025-01-02T00:00:00.000Z' })).toEqual(['c', 'b']);
  });

  it('handles an empty library', () => {
    expect(new SearchIndex([]).match({ words: ['a'] })).toEqual([]);
    expect(new SearchIndex([]).match({ words: [] })).toEqual([]);
  });

  it('agrees with a linear scan (property)', () => {
    const word = fc.constantFrom('a', 'ab', 'abc', 'b', 'ba', 'é', 'z\u{1F600}', 'zz');
    const row = fc.record({
      savedAt: fc.constantFrom('2025-01-01', '2025-01-02', '2025-01-03'),
      words: fc.uniqueArray(word, { maxLength: 4 }),
      tags: fc.subarray(['t1', 't2']),
      conditions: fc.subarray(['c1', 'c2']),
      site: fc.constantFrom('s1', 's2'),
      supportType: fc.option(fc.constantFrom(...SUPPORT_TYPES), { nil: undefined }),
      status: fc.constantFrom(...VERIFICATION_STATUSES),
    });
    const filters: fc.Arbitrary<IndexFilters> = fc.record(
      {
        words: fc.uniqueArray(fc.constantFrom('a', 'ab', 'b', 'z', 'é', 'q'), { maxLength: 3 }),
        tags: fc.subarray(['t1', 't2'], { minLength: 1 }),
        conditions: fc.subarray(['c1', 'c2'], { minLength: 1 }),
        site: fc.constantFrom('s1', 's2'),
        supportType: fc.constantFrom(...SUPPORT_TYPES),
        status: fc.constantFrom(...VERIFICATION_STATUSES),
        from: fc.constantFrom('2025-01-01', '2025-01-02'),
        to: fc.constantFrom('2025-01-02', '2025-01-03'),
      },
      { requiredKeys: ['words'] },
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), filters, (rows, f) => {
        const tips = rows.map((r, i) => ({ ...r, id: `id${(i * 7) % 20}-${i}` }));
        const expected = tips
          .filter(
            (t) =>
              f.words.every((q) => t.words.some((w) => w.startsWith(q))) &&
              (f.tags ?? []).every((x) => t.tags.includes(x)) &&
              (f.conditions ?? []).every((x) => t.conditions.includes(x)) &&
              (f.site === undefined || t.site === f.site) &&
              (f.supportType === undefined || t.supportType === f.supportType) &&
              (f.status === undefined || t.status === f.status) &&
              (f.from === undefined || t.savedAt >= f.from) &&
              (f.to === undefined || t.savedAt <= f.to),
          )
          .sort((x, y) => (x.savedAt !== y.savedAt ? (x.savedAt < y.savedAt ? 1 : -1) : x.id < y.id ? 1 : -1))
          .map((t) => t.id);
        expect(new SearchIndex(tips).match(f)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
