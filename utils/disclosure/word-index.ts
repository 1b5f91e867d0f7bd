// Runs a cue pattern only where one of its first words is written.
//
// A cue pattern such as /\b(?:i live in|we moved to|…)/ opens with dozens of words. Scanned over a
// whole paste, the regex engine tries every one of them at every character: 4–7 ms a megabyte for
// each such pattern. Here the text's words are listed once, in one pass, and each pattern is then
// tried (sticky) only at the words it can start with. Those first words are read from each pattern's
// own source by cue-words.ts when data/cue-words.json is generated, and stored as hash buckets;
// a test checks the stored buckets still match every pattern, so they cannot drift from it.
import { rice as storedRice } from './data/cue-words.json';
import { decodeBits, decodeGaps } from './lexicon/word-set';
import type { ScanContext } from './text';

const BUCKETS = 8192;
const MASK = BUCKETS - 1;

/** The bucket of a word's leading run of a–z letters (the empty run for words that open with a digit). */
function bucketOf(h: number): number {
  return (h ^ (h >>> 13)) & MASK;
}

/** The bucket a first word (a run of a–z letters, '' for a digit) falls in. */
export const bucketOfWord = (word: string): number => bucketOf(hashLetters(word));

function hashLetters(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** Every word start in the lower-cased text (where `\b` puts a word character after a non-word one). */
export interface WordIndex {
  count: number;
  pos: Int32Array;
  bucket: Uint16Array;
}

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;

export function buildWordIndex(lower: string): WordIndex {
  const n = lower.length;
  const cap = (n >> 1) + 1;
  const pos = new Int32Array(cap);
  const bucket = new Uint16Array(cap);
  let count = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (!isWordChar(c)) {
      inWord = false;
      continue;
    }
    if (inWord) continue;
    inWord = true;
    let h = 0;
    let j = i;
    for (; j < n; j++) {
      const d = lower.charCodeAt(j);
      if (d < 97 || d > 122) break;
      h = (Math.imul(h, 31) + d) | 0;
    }
    pos[count] = i;
    bucket[count] = bucketOf(h);
    count++;
    if (j > i) i = j - 1;
  }
  return { count, pos, bucket };
}

const cache = new WeakMap<ScanContext, WordIndex>();

function indexOf(ctx: ScanContext): WordIndex {
  let index = cache.get(ctx);
  if (!index) {
    index = buildWordIndex(ctx.lower);
    cache.set(ctx, index);
  }
  return index;
}

// ---- Running a pattern at its words -----------------------------------------------------------

export interface IndexedCue {
  name: string;
  /** The pattern as written (global), for tests and the ReDoS check. */
  pattern: RegExp;
  sticky: RegExp;
  table: Uint8Array;
}

/** Every cue the detectors index, so tests can check each one against its source and the plain scan. */
export const INDEXED_CUES: IndexedCue[] = [];

/** A cue that runs `pattern` only at words whose bucket is in `buckets`. */
export function cueAt(name: string, pattern: RegExp, buckets: Iterable<number>): IndexedCue {
  const table = new Uint8Array(BUCKETS);
  for (const b of buckets) table[b] = 1;
  return { name, pattern, sticky: new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`), table };
}

/** The cue `name`, with `coded`: its first-word buckets, the key `name` of data/cue-words.json. */
export function indexedCue(name: string, pattern: RegExp, coded: string): IndexedCue {
  const cue = cueAt(name, pattern, decodeGaps(decodeBits(coded), storedRice));
  INDEXED_CUES.push(cue);
  return cue;
}

/** The same matches, in the same order, as `ctx.lower.matchAll(cue.pattern)`. */
export function cueMatches(ctx: ScanContext, cue: IndexedCue): RegExpExecArray[] {
  const index = indexOf(ctx);
  const { pos, bucket, count } = index;
  const { sticky, table } = cue;
  const lower = ctx.lower;
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let k = 0; k < count; k++) {
    if (table[bucket[k] as number] === 0) continue;
    const p = pos[k] as number;
    if (p < from) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(lower);
    if (!m) continue;
    out.push(m);
    from = Math.max(p + 1, m.index + m[0].length);
  }
  return out;
}
