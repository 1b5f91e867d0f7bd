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
  /** The coded gaps, 13 bits to every two characters (see decodeBits). */
  bits: string;
  /** Known words the hashes would wrongly accept ("a|b|c"): first names that are not ordinary words, and so on. */
  except?: string;
}

/**
 * The bits are stored as text, 13 bits to every two characters of a 91-letter alphabet (91² ≥ 2¹³)
 * without quote or backslash, so they sit in JSON unescaped: 6.5 bits a character, where
 * base-85 gives 6.4 and base64 6.
 */
export const ALPHABET = "!#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~";

export function decodeBits(s: string): Uint8Array {
  const lookup = new Int16Array(128);
  for (let i = 0; i < 91; i++) lookup[ALPHABET.charCodeAt(i)] = i;
  const out = new Uint8Array(((s.length >> 1) * 13) >> 3);
  let acc = 0;
  let held = 0;
  let o = 0;
  for (let i = 0; i + 1 < s.length; i += 2) {
    acc = (acc << 13) | ((lookup[s.charCodeAt(i)] ?? 0) + 91 * (lookup[s.charCodeAt(i + 1)] ?? 0));
    held += 13;
    while (held >= 8) {
      held -= 8;
      out[o++] = (acc >>> held) & 0xff;
    }
    acc &= (1 << held) - 1;
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

  /** The fields of a WordSetData, in order (positional, which keeps the bundle smaller). */
  constructor(range: number, rice: number, bits: string, except?: string) {
    this.range = range;
    this.hashes = new Set(decodeGaps(decodeBits(bits), rice));
    this.except = new Set(except ? except.split('|') : []);
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
