// Reads, from a cue pattern's own source, the words a match can start with. Used when
// data/cue-words.json is generated (generate-cue-words.ts) and by the tests that check it;
// the shipped guard only loads the stored buckets, so this parser stays out of the bundle.
import { ALPHABET } from './lexicon/word-set';
import { bucketOfWord } from './word-index';

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


/** The sorted, distinct buckets of `words`. */
export function cueBuckets(words: readonly string[]): number[] {
  return [...new Set(words.map(bucketOfWord))].sort((a, b) => a - b);
}

/** Sorted buckets as Rice-coded gaps, 13 bits to every two characters (read back by decodeGaps and decodeBits). */
export function encodeBuckets(buckets: readonly number[], rice: number): string {
  const bits: number[] = [];
  let previous = 0;
  for (const b of buckets) {
    const gap = b - previous;
    previous = b;
    for (let q = gap >> rice; q > 0; q--) bits.push(1);
    bits.push(0);
    for (let i = rice - 1; i >= 0; i--) bits.push((gap >> i) & 1);
  }
  // Whole bytes, as the lexicon sets: decodeBits returns only the whole bytes it holds.
  while (bits.length % 8 !== 0) bits.push(0);
  let out = '';
  for (let i = 0; i < bits.length; i += 13) {
    let value = 0;
    for (let j = 0; j < 13; j++) value = value * 2 + (bits[i + j] ?? 0);
    out += `${ALPHABET[value % 91] ?? ''}${ALPHABET[Math.floor(value / 91)] ?? ''}`;
  }
  return out;
}
