// A compact set of words for the name, place and medicine lexicons: each word is stored
// only as a hash, and the sorted hashes as Golomb–Rice coded gaps (about `rice` + 1.5 bits
// a word, a fifth less than a Bloom filter with the same false "yes" rate). That keeps the
// lexicons inside the content script's size budget. A false "yes" (1 in 2^rice for a word
// not in the list) only ever adds a weak hint; detectors never act on it alone.

export interface WordSetData {
  /** Hashes are taken modulo this: the number of words × 2^rice. */
  range: number;
  /** Bits of each gap's remainder; the false "yes" rate is about 2^-rice. */
  rice: number;
  /** The coded gaps, base-85 (see ALPHABET). */
  bits: string;
  /** Known words the hashes would wrongly accept ("a|b|c"): first names that are not ordinary words, and so on. */
  except?: string;
}

/**
 * The bits are stored as base-85 text (5 characters per 4 bytes) over an alphabet without
 * quote or backslash, so they sit in JSON unescaped and take 6% less room than base64.
 */
export const ALPHABET = '!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]_abcdefghijklmnopqrstuvwxyz';

export function decodeBase85(s: string): Uint8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < 85; i++) lookup[ALPHABET.charCodeAt(i)] = i;
  const out = new Uint8Array(Math.floor(s.length / 5) * 4);
  let o = 0;
  for (let i = 0; i + 5 <= s.length; i += 5) {
    let value = 0;
    for (let j = 0; j < 5; j++) value = value * 85 + Math.max(0, lookup[s.charCodeAt(i + j)] ?? 0);
    out[o++] = (value >>> 24) & 0xff;
    out[o++] = (value >>> 16) & 0xff;
    out[o++] = (value >>> 8) & 0xff;
    out[o++] = value & 0xff;
  }
  return out;
}

/** FNV-1a with MurmurHash3's final avalanche, so words a letter apart ("isabel", "isobel") land far apart. */
export function wordHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The sorted hashes back from their Rice-coded gaps: a run of 1s and a 0 for the quotient, then
 * `rice` bits. The zero bits that pad the last byte read as gaps of 0, which repeat the last hash.
 */
export function decodeGaps(bytes: Uint8Array, rice: number): number[] {
  const out: number[] = [];
  let bit = 0;
  let value = 0;
  const read = (): number => {
    const b = ((bytes[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1;
    bit++;
    return b;
  };
  const end = bytes.length * 8;
  while (bit + rice < end) {
    let quotient = 0;
    while (bit < end && read() === 1) quotient++;
    let rest = 0;
    for (let i = 0; i < rice; i++) rest = rest * 2 + read();
    value += quotient * 2 ** rice + rest;
    out.push(value);
  }
  return out;
}

/** Answers remembered per set before the memory is cleared (a few hundred KB at most). */
const MEMO_LIMIT = 20000;

export class WordSet {
  private readonly hashes: ReadonlySet<number>;
  private readonly range: number;
  private readonly except: ReadonlySet<string>;
  private readonly memo = new Map<string, boolean>();

  constructor(data: WordSetData) {
    this.range = data.range;
    this.hashes = new Set(decodeGaps(decodeBase85(data.bits), data.rice));
    this.except = new Set(data.except ? data.except.split('|') : []);
  }

  /** `key` must already be folded (lower case, no accents). */
  has(key: string): boolean {
    // A paste asks about the same few thousand words again and again: remembering the answers
    // saves about 10 ms on a 1 MB paste over hashing each time.
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const answer = key.length > 0 && this.range > 0 && this.hashes.has(wordHash(key) % this.range) && !this.except.has(key);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(key, answer);
    return answer;
  }
}
