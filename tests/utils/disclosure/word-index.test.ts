// The word index must be a pure speed-up: every cue pattern it runs gives exactly the matches a plain
// scan of the whole text gives, on the corpora and on generated text.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '@/utils/disclosure/index';
import { makeContext } from '@/utils/disclosure/text';
import { cueBuckets, firstWords } from '@/utils/disclosure/cue-words';
import { buildWordIndex, cueAt, cueMatches, INDEXED_CUES, type IndexedCue } from '@/utils/disclosure/word-index';
import { buildForumCorpus } from '../../../bench/forum-drafts/index';
import { HELDOUT_SETS } from '../../../bench/heldout-sets';

const SLOW = { timeout: 120_000 };

/** Index, text and groups of each match: what the detectors read. */
const shape = (ms: Iterable<RegExpMatchArray>): string[] => [...ms].map((m) => `${m.index}:${JSON.stringify([...m])}`);

function plain(text: string, cue: IndexedCue): string[] {
  return shape(makeContext(text).lower.matchAll(cue.pattern));
}

function indexed(text: string, cue: IndexedCue): string[] {
  return shape(cueMatches(makeContext(text), cue));
}

describe('firstWords', () => {
  it('reads the words a pattern can start with, optional letters and all', () => {
    expect(firstWords(/\b(?:i'?m|we\sare)\s/gu)).toEqual(['i', 'im', 'we']);
    expect(firstWords(/\b(?:my|our)\s(?:son|daughter)/gu)).toEqual(['my', 'our']);
    expect(firstWords(/\bnum[ée]ro\b/gu)).toEqual(['num', 'numero']);
    expect(firstWords(/\b(?:work(?:s|ed)?|job)\s(?:at|for)/gu)).toEqual(['job', 'work', 'worked', 'works']);
    // A word that opens with a digit is listed under the empty run of letters.
    expect(firstWords(/\b\d{1,2}\s?yo\b/gu)).toEqual(['']);
  });

  it('refuses patterns it cannot follow, rather than indexing them wrongly', () => {
    expect(() => firstWords(/(?:i'?m|we)\s/gu)).toThrow(/leading/u);
    expect(() => firstWords(/\b(?:hi|[,.]\s)/gu)).toThrow(/starts with ,/u);
    expect(() => firstWords(/\b[a-z]+\sfrom/gu)).toThrow(/any letter/u);
    expect(() => firstWords(/\b(?:hi|\p{L}x)/gu)).toThrow(/any letter/u);
    expect(() => firstWords(/\bhello/giu)).toThrow(/flag/u);
  });
});

describe('buildWordIndex', () => {
  it('lists word starts the way \\b sees them', () => {
    const index = buildWordIndex("i'm 34, née_x café2 -ok");
    expect([...index.pos.slice(0, index.count)]).toEqual([0, 2, 4, 8, 10, 14, 18, 21]);
  });
});

describe('cueMatches', () => {
  it('indexes every cue the detectors run this way', () => {
    expect(INDEXED_CUES.length).toBeGreaterThanOrEqual(15);
  });

  it('stores, for every cue, the buckets of the first words its source allows (regenerate cue-words.json when this fails)', () => {
    for (const cue of INDEXED_CUES) {
      const stored = [...cue.table.keys()].filter((b) => cue.table[b] === 1);
      expect(stored, `${cue.name}: run npx tsx utils/disclosure/data/generate-cue-words.ts`).toEqual(cueBuckets(firstWords(cue.pattern)));
    }
  });

  it('finds only whole-word starts, like the plain scan', () => {
    const pattern = /\b(?:i'?m|is)\s(?:in|at)\s/gu;
    const cue = cueAt('test', pattern, cueBuckets(firstWords(pattern)));
    const text = "This is at swim. I'm in Leeds; im at home; this is in";
    expect(indexed(text, cue)).toEqual(plain(text, cue));
    expect(indexed(text, cue).length).toBe(3);
  });

  it('gives the plain scan’s matches on every draft and corpus text', SLOW, () => {
    const texts = [...buildForumCorpus(), ...HELDOUT_SETS.flatMap((s) => s.build())].map((d) => d.text);
    for (const file of ['presidio-synth.jsonl', 'wnut17.jsonl']) {
      for (const line of readFileSync(`../shared/corpora/${file}`, 'utf8').trim().split('\n')) texts.push((JSON.parse(line) as { text: string }).text);
    }
    // One long text too, so matches near each other and index growth are exercised.
    texts.push(texts.slice(0, 400).join('\n\n'));
    let matches = 0;
    for (const cue of INDEXED_CUES) {
      for (const text of texts) {
        const want = plain(text, cue);
        matches += want.length;
        expect(indexed(text, cue), `${cue.pattern.source.slice(0, 40)} on ${text.slice(0, 60)}`).toEqual(want);
      }
    }
    expect(matches).toBeGreaterThan(1000);
  });

  it('gives the plain scan’s matches on generated text built from the cues’ own words', SLOW, () => {
    const words = [...new Set(INDEXED_CUES.flatMap((c) => c.pattern.source.match(/[a-zé]{2,}/gu) ?? []))];
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...words) },
      { weight: 4, arbitrary: fc.constantFrom(' ', ' ', ' ', "'", '’', ',', '.', '(', ')', '\n', '-', '_', 'é', 'I', 'Leeds', '\ud83d') },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 2000 }).map(String) },
      { weight: 1, arbitrary: fc.constantFrom('/', ':', 'th', 'st', 'f', 'm', 'a', 'the', 'my') },
    );
    const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (const cue of INDEXED_CUES) expect(indexed(t, cue)).toEqual(plain(t, cue));
      }),
      { numRuns: 1000 },
    );
  });
});
