// Runs a cue pattern only where one of its first words is written.
//
// A cue pattern such as /\b(?:i live in|we moved to|…)/ opens with dozens of words. Scanned over a
// whole paste, the regex engine tries every one of them at every character: 4–7 ms a megabyte for
// each such pattern. Here the text's words are listed once, in one pass, and each pattern is then
// tried (sticky) only at the words it can start with. The first words are read from the pattern's
// own source, so they cannot drift from it; a pattern this reader cannot follow is refused outright.
import type { ScanContext } from './text';

const BUCKETS = 8192;
const MASK = BUCKETS - 1;

/** The bucket of a word's leading run of a–z letters (the empty run for words that open with a digit). */
function bucketOf(h: number): number {
  return (h ^ (h >>> 13)) & MASK;
}

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

// ---- Reading a pattern's first words from its source ----------------------------------------

/**
 * The words (leading a–z runs) a match of `pattern` can start with, read from its source by a small
 * parser that follows letters until each branch's first word ends. The pattern must open with `\b`,
 * and no branch may start with anything but a letter or digit; otherwise this throws, so a pattern
 * is never indexed wrongly.
 */
export function firstWords(pattern: RegExp): string[] {
  const src = pattern.source;
  let i = 2;
  // The reason is for whoever reads the stack trace; the position says where in the source.
  const fail = (why: string): never => {
    throw new Error(`unindexable at ${i}: ${why}`);
  };
  if (!src.startsWith('\\b')) fail('no leading \\b');
  if (/[im]/u.test(pattern.flags)) fail('flag');
  const done = new Set<string>();
  // One character after each open run: a letter grows it, anything else ends it.
  const step = (open: Set<string>, chars: string[]): Set<string> => {
    const out = new Set<string>();
    for (const s of open) {
      for (const c of chars) {
        if (c >= 'a' && c <= 'z') out.add(s + c);
        else if (s === '' && !/[\d_]/u.test(c)) fail(`starts with ${c}`);
        else done.add(s);
      }
    }
    return out;
  };
  const any = (open: Set<string>): Set<string> => (open.size > 0 ? fail('any letter') : open);
  const escaped = (e: string): string[] | undefined => {
    if (e === 's' || e === 'n' || e === 't' || e === 'r') return [' '];
    if (e === 'd') return ['0'];
    if (/[a-zA-Z]/u.test(e)) {
      if (src.charAt(i) === '{') i = src.indexOf('}', i) + 1;
      return undefined;
    }
    return [e];
  };
  const charClass = (open: Set<string>): Set<string> => {
    if (src.charAt(i) === '^') fail('negated');
    const chars: string[] = [];
    let letters = false;
    while (i < src.length && src.charAt(i) !== ']') {
      const c = src.charAt(i++);
      const cs = c === '\\' ? escaped(src.charAt(i++)) : [c];
      if (!cs) letters = true;
      else if (src.charAt(i) === '-' && src.charAt(i + 1) !== ']') {
        i++;
        const end = src.charAt(i++);
        const to = (end === '\\' ? escaped(src.charAt(i++))?.[0] : end) ?? '';
        const [from] = cs as [string];
        // A range reaching into a–z could start a word with any letter.
        if (!(from > 'z' || to < 'a')) letters = true;
        chars.push(from);
      } else chars.push(...cs);
    }
    i++;
    return letters ? any(open) : step(open, chars);
  };
  const atom = (open: Set<string>): Set<string> => {
    const c = src.charAt(i++);
    if (c === '(') {
      const look = /^\?<?[=!]/u.exec(src.slice(i, i + 3))?.[0];
      if (look) i += look.length;
      else if (src.startsWith('?:', i)) i += 2;
      else if (src.charAt(i) === '?') fail('group');
      // A look-around only narrows a match down; it cannot change the word it starts with.
      const inner = alternatives(look ? new Set() : open);
      if (src.charAt(i++) !== ')') fail('group');
      return look ? open : inner;
    }
    if (c === '[') return charClass(open);
    if (c === '\\') {
      const e = src.charAt(i++);
      if (e === 'b' || e === 'B') return open;
      const cs = escaped(e);
      return cs ? step(open, cs) : any(open);
    }
    if (c === '^') return open;
    if (c === '$') {
      for (const s of open) done.add(s);
      return new Set();
    }
    return c === '.' ? any(open) : step(open, [c]);
  };
  /** [min, max] of a quantifier at `i` ("?", "+", "{1,3}"…), read past; undefined when there is none. */
  const quantifier = (): number[] | undefined => {
    const m = /^(?:([?*+])|\{(\d+)(,(\d*))?\})\??/u.exec(src.slice(i, i + 12));
    if (!m) return undefined;
    i += m[0].length;
    const [, q, min, comma, max] = m;
    return q ? [q === '+' ? 1 : 0, q === '?' ? 1 : Infinity] : [Number(min), comma ? Number(max || Infinity) : Number(min)];
  };
  const sequence = (open: Set<string>): Set<string> => {
    let current = open;
    while (i < src.length && src.charAt(i) !== '|' && src.charAt(i) !== ')') {
      const at = i;
      let once = atom(current);
      const q = quantifier();
      if (!q) {
        current = once;
        continue;
      }
      const [min = 0, max = 0] = q;
      const result = new Set(min === 0 ? current : []);
      for (let k = 1; ; k++) {
        if (k >= min) for (const s of once) result.add(s);
        if (k >= max || once.size === 0) break;
        if (k >= 8) fail('repeat');
        const after = i;
        i = at;
        once = atom(once);
        i = after;
      }
      current = result;
    }
    return current;
  };
  function alternatives(open: Set<string>): Set<string> {
    const result = new Set(sequence(open));
    while (src.charAt(i) === '|') {
      i++;
      for (const s of sequence(open)) result.add(s);
    }
    return result;
  }
  for (const s of alternatives(new Set(['']))) done.add(s);
  if (i !== src.length) fail('unbalanced');
  return [...done].sort();
}

// ---- Running a pattern at its words -----------------------------------------------------------

export interface IndexedCue {
  /** The pattern as written (global), for tests and the ReDoS check. */
  pattern: RegExp;
  sticky: RegExp;
  table: Uint8Array;
}

/** Every cue indexed so far, so tests can check each one against the plain scan. */
export const INDEXED_CUES: IndexedCue[] = [];

export function indexedCue(pattern: RegExp): IndexedCue {
  const table = new Uint8Array(BUCKETS);
  for (const w of firstWords(pattern)) table[bucketOf(hashLetters(w))] = 1;
  const cue = { pattern, sticky: new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`), table };
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
