import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SpoonbookDb } from '@/utils/library/db';
import { saveTip, updateTip } from '@/utils/library/save';
import { facetValues, loadSearchIndex, searchTips, searchTips as realSearchTips, tokenize, type SearchQuery } from '@/utils/library/search';
import type { SaveTipInput } from '@/utils/library/schema';
import type { Tip } from '@/utils/library/types';
import { toStoredTip } from '@/utils/library/record';
import { freshDb, steppingClock, tipInput } from './helpers';

const SAMPLES: Array<Partial<SaveTipInput>> = [
  { text: 'Magnesium before bed helped my sleep a lot', tags: ['sleep', 'supplements'], conditions: ['Fibromyalgia'], site: 'facebook', supportType: 'practical' },
  { text: 'Dizziness got better once I drank more water and added salt', tags: ['POTS tips'], conditions: ['POTS'], site: 'reddit', supportType: 'practical' },
  { text: 'The physio at the Café clinic was kind', notes: 'Ask about pacing', tags: ['physio'], conditions: ['ME/CFS'], site: 'discourse', supportType: 'emotional' },
  { text: 'Sleep hygiene: no screens; magnesium spray on feet', tags: ['sleep'], conditions: ['Fibromyalgia', 'ME/CFS'], site: 'facebook', supportType: 'informational' },
  { text: "I'm not alone — that helped more than any pill", tags: [], conditions: [], site: 'phpbb', supportType: 'emotional' },
  { text: 'Résumé of what the rheumatologist said about methotrexate', tags: ['clinic'], conditions: ['RA'], site: 'xenforo' },
];

let db: SpoonbookDb;
let saved: Tip[];

beforeAll(async () => {
  db = freshDb('search');
  const clock = steppingClock('2025-01-01T00:00:00.000Z');
  saved = [];
  for (const [i, sample] of SAMPLES.entries()) {
    const { tip } = await saveTip(db, tipInput({ group: undefined, notes: '', pageUrl: `https://example.org/t/${i}`, ...sample }), { now: clock });
    saved.push(tip);
  }
  await updateTip(db, saved[5]!.id, { verification: { status: 'discussed' } });
});

afterAll(() => db.close());

const ids = (tips: Tip[]) => tips.map((tip) => SAMPLES.findIndex((s) => s.text === tip.text));

describe.each([
  ['reading IndexedDB', false],
  ['with the in-memory index', true],
])('searchTips (%s)', (_, useIndex) => {
  const searchTips = async (database: SpoonbookDb, query?: SearchQuery) =>
    realSearchTips(database, query, useIndex ? await loadSearchIndex(database) : undefined);

  it('lists everything newest first when there is no query or filter', async () => {
    const result = await searchTips(db);
    expect(result.total).toBe(6);
    expect(ids(result.tips)).toEqual([5, 4, 3, 2, 1, 0]);
  });

  it('matches word prefixes', async () => {
    expect(ids((await searchTips(db, { query: 'dizz' })).tips)).toEqual([1]);
    expect(ids((await searchTips(db, { query: 'magnes' })).tips)).toEqual([3, 0]);
    expect((await searchTips(db, { query: 'agnesium' })).total).toBe(0);
  });

  it('ignores case and accents, on both sides', async () => {
    expect(ids((await searchTips(db, { query: 'cafe' })).tips)).toEqual([2]);
    expect(ids((await searchTips(db, { query: 'CAFÉ' })).tips)).toEqual([2]);
    expect(ids((await searchTips(db, { query: 'resume' })).tips)).toEqual([5]);
    expect(ids((await searchTips(db, { query: 'IM NOT' })).tips)).toEqual([4]);
  });

  it('requires every query word (AND)', async () => {
    expect(ids((await searchTips(db, { query: 'magnesium sleep' })).tips)).toEqual([3, 0]);
    expect(ids((await searchTips(db, { query: 'magnesium bed' })).tips)).toEqual([0]);
    expect((await searchTips(db, { query: 'magnesium water' })).total).toBe(0);
  });

  it('searches notes, tags and conditions too', async () => {
    expect(ids((await searchTips(db, { query: 'pacing' })).tips)).toEqual([2]);
    expect(ids((await searchTips(db, { query: 'supplem' })).tips)).toEqual([0]);
    expect(ids((await searchTips(db, { query: 'fibro' })).tips)).toEqual([3, 0]);
  });

  it('treats a query with no words as no query', async () => {
    expect((await searchTips(db, { query: ' ?! ' })).total).toBe(6);
  });

  it('filters by tags (all of them), conditions, site, support type and status', async () => {
    expect(ids((await searchTips(db, { tags: ['sleep'] })).tips)).toEqual([3, 0]);
    expect(ids((await searchTips(db, { tags: ['sleep', 'supplements'] })).tips)).toEqual([0]);
    expect(ids((await searchTips(db, { conditions: ['ME/CFS'] })).tips)).toEqual([3, 2]);
    expect(ids((await searchTips(db, { site: 'facebook' })).tips)).toEqual([3, 0]);
    expect(ids((await searchTips(db, { supportType: 'emotional' })).tips)).toEqual([4, 2]);
    expect(ids((await searchTips(db, { status: 'discussed' })).tips)).toEqual([5]);
    expect(ids((await searchTips(db, { status: 'unverified', site: 'facebook', query: 'spray' })).tips)).toEqual([3]);
  });

  it('filters by saved date, inclusive at both ends', async () => {
    const result = await searchTips(db, { from: saved[1]!.savedAt, to: new Date(saved[3]!.savedAt) });
    expect(ids(result.tips)).toEqual([3, 2, 1]);
    expect(ids((await searchTips(db, { query: 'magnesium', from: saved[1]!.savedAt })).tips)).toEqual([3]);
  });

  it('pages with limit and offset, reporting the full total', async () => {
    const page = await searchTips(db, { limit: 2, offset: 2 });
    expect(page.total).toBe(6);
    expect(ids(page.tips)).toEqual([3, 2]);
    const filteredPage = await searchTips(db, { query: 'helped', limit: 1, offset: 1 });
    expect(filteredPage.total).toBe(2);
    expect(ids(filteredPage.tips)).toEqual([0]);
  });

  it('refuses a date that is not a date', async () => {
    await expect(searchTips(db, { from: 'last week' })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('returns plain tips without the stored search fields', async () => {
    const [tip] = (await searchTips(db, { query: 'dizz' })).tips;
    expect(tip).not.toHaveProperty('words');
    expect(tip).not.toHaveProperty('dedupeKey');
  });
});

describe('facetValues', () => {
  it('lists the values in use, sorted', async () => {
    expect(await facetValues(db)).toEqual({
      tags: ['clinic', 'physio', 'POTS tips', 'sleep', 'supplements'],
      conditions: ['Fibromyalgia', 'ME/CFS', 'POTS', 'RA'],
      sites: ['discourse', 'facebook', 'phpbb', 'reddit', 'xenforo'],
      supportTypes: ['emotional', 'informational', 'practical'],
      statuses: ['discussed', 'unverified'],
    });
  });
});

describe('searchTips against a brute-force oracle (property)', () => {
  const VOCAB = ['pain', 'painful', 'pacing', 'sleep', 'salt', 'sälz', 'Rest', 'rash', 'water', 'walk'];
  const TAGS = ['a', 'b', 'c'];
  const SITES = ['facebook', 'reddit'];

  it('gives exactly the tips a linear scan would, in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            words: fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 5 }),
            tags: fc.subarray(TAGS),
            site: fc.constantFrom(...SITES),
          }),
          { maxLength: 12 },
        ),
        fc.record({
          query: fc.array(fc.constantFrom('pa', 'pain', 'sl', 'sal', 'salz', 'r', 're', 'wa', 'x', 'REST'), { maxLength: 2 }).map((q) => q.join(' ')),
          tags: fc.subarray(TAGS, { maxLength: 2 }),
          site: fc.option(fc.constantFrom(...SITES), { nil: undefined }),
          limit: fc.integer({ min: 1, max: 5 }),
          offset: fc.integer({ min: 0, max: 4 }),
        }),
        async (rows, query: SearchQuery) => {
          const local = freshDb('oracle');
          const clock = steppingClock();
          const all: Tip[] = [];
          for (const [i, row] of rows.entries()) {
            const input = tipInput({ text: `${row.words.join(' ')} ${i}`, tags: row.tags, site: row.site, group: undefined, conditions: [] });
            all.push((await saveTip(local, input, { now: clock })).tip);
          }
          const queryWords = tokenize(query.query ?? '');
          const expected = all
            .filter((tip) => {
              const words = tokenize(`${tip.text} ${tip.notes} ${tip.tags.join(' ')}`);
              return (
                queryWords.every((q) => words.some((w) => w.startsWith(q))) &&
                (query.tags ?? []).every((tag) => tip.tags.includes(tag)) &&
                (query.site === undefined || tip.site === query.site)
              );
            })
            .reverse();
          const page = expected.slice(query.offset, (query.offset ?? 0) + (query.limit ?? 50)).map((t) => t.id);
          const index = await loadSearchIndex(local);
          for (const result of [await searchTips(local, query), await searchTips(local, query, index)]) {
            expect(result.total).toBe(expected.length);
            expect(result.tips.map((t) => t.id)).toEqual(page);
          }
          local.close();
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('searchTips with many matches (the index-walk path, and the in-memory index)', () => {
  it('pages through 1,200 tips exactly as a linear scan would, ties included', async () => {
    const local = freshDb('many');
    const words = ['pain', 'pacing', 'sleep', 'salt'];
    const tips: Tip[] = Array.from({ length: 1200 }, (_, i) => {
      // Every third pair of tips shares a savedAt, to check the tie order matches both paths.
      const savedAt = new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 2) * 60_000).toISOString();
      const text = `${words[i % 4]} ${words[(i * 7) % 4]} tip ${i}`;
      return {
        id: `00000000-0000-4000-8000-${String((i * 7919) % 100_000).padStart(12, '0')}`,
        text,
        quote: { exact: text, prefix: '', suffix: '' },
        pageUrl: `https://example.org/${i}`,
        pageTitle: '',
        site: i % 3 ? 'facebook' : 'reddit',
        savedAt,
        updatedAt: savedAt,
        tags: i % 5 ? [] : ['five'],
        conditions: [],
        notes: '',
        verification: { status: 'unverified', checklist: {}, sourcesNote: '', onClinicianList: false },
      };
    });
    await local.tips.bulkAdd(await Promise.all(tips.map(toStoredTip)));
    const byNewest = [...tips].sort((a, b) => (a.savedAt !== b.savedAt ? (a.savedAt < b.savedAt ? 1 : -1) : a.id < b.id ? 1 : -1));

    const cases: Array<[SearchQuery, (t: Tip) => boolean]> = [
      [{ query: 'p' }, (t) => /\bp/.test(t.text)],
      [{ query: 'pa', site: 'facebook' }, (t) => /\bpa/.test(t.text) && t.site === 'facebook'],
      [{ site: 'facebook' }, (t) => t.site === 'facebook'],
      [{ query: 'tip', tags: ['five'] }, (t) => t.tags.includes('five')],
      [{ from: tips[100]!.savedAt, to: tips[1000]!.savedAt }, (t) => t.savedAt >= tips[100]!.savedAt && t.savedAt <= tips[1000]!.savedAt],
    ];
    const index = await loadSearchIndex(local);
    expect(index.size).toBe(1200);
    cases.push([{}, () => true], [{ query: 'pa sa' }, (t) => /\bpa/.test(t.text) && /\bsa/.test(t.text)]);
    for (const [query, predicate] of cases) {
      const expected = byNewest.filter(predicate).map((t) => t.id);
      for (const [offset, limit] of [[0, 50], [1, 7], [517, 100], [expected.length - 3, 50]] as const) {
        for (const result of [await searchTips(local, { ...query, offset, limit }), await searchTips(local, { ...query, offset, limit }, index)]) {
          expect(result.total).toBe(expected.length);
          expect(result.tips.map((t) => t.id)).toEqual(expected.slice(Math.max(0, offset), Math.max(0, offset) + limit));
        }
      }
    }
    local.close();
  });
});
