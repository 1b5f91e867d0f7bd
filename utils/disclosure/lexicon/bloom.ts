// A Bloom filter answers "is this word probably in the list?" in a fraction of
// the space of the list itself, which keeps the name and place lexicons inside
// the content script's size budget. A false "yes" (about 1 in 100 for words not
// in the list) only ever adds a weak hint; detectors never act on it alone.

export interface BloomData {
  /** Number of bits. */
  m: number;
  /** Number of hash functions. */
  k: number;
  /** The bit array, base-85 (see ALPHABET). */
  bits: string;
  /** Known words the bits would wrongly accept ("a|b|c"): first names that are not ordinary words, and so on. */
  except?: string;
}

/**
 * The bits are stored as base-85 text (5 characters per 4 bytes) over an
 * alphabet without quote or backslash, so they sit in JSON unescaped and take
 * 6% less room than base64.
 */
export const ALPHABET = '!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]_abcdefghijklmnopqrstuvwxyz';

function decodeBase85(s: string, byteLength: number): Uint8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < 85; i++) lookup[ALPHABET.charCodeAt(i)] = i;
  const out = new Uint8Array(Math.ceil(byteLength / 4) * 4);
  let o = 0;
  for (let i = 0; i + 5 <= s.length; i += 5) {
    let value = 0;
    for (let j = 0; j < 5; j++) value = value * 85 + Math.max(0, lookup[s.charCodeAt(i + j)] ?? 0);
    out[o++] = (value >>> 24) & 0xff;
    out[o++] = (value >>> 16) & 0xff;
    out[o++] = (value >>> 8) & 0xff;
    out[o++] = value & 0xff;
  }
  return out.subarray(0, byteLength);
}

function fmix32(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Two independent 32-bit string hashes (FNV-1a and a multiplicative variant) for double hashing. */
export function hashPair(key: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  // A final avalanche (MurmurHash3's fmix32) so names a letter apart ("isabel", "isobel") land far apart.
  return [fmix32(h1), fmix32(h2) | 1];
}

export function bloomIndexes(key: string, m: number, k: number): number[] {
  const [a, b] = hashPair(key);
  const out: number[] = [];
  for (let i = 0; i < k; i++) out.push(((a + Math.imul(i, b)) >>> 0) % m);
  return out;
}

/** Answers remembered per filter before the memory is cleared (a few hundred KB at most). */
const MEMO_LIMIT = 20000;

export class BloomFilter {
  private readonly bytes: Uint8Array;
  private readonly m: number;
  private readonly k: number;
  private readonly except: ReadonlySet<string>;
  private readonly memo = new Map<string, boolean>();

  constructor(data: BloomData) {
    this.bytes = decodeBase85(data.bits, Math.ceil(data.m / 8));
    this.m = data.m;
    this.k = data.k;
    this.except = new Set(data.except ? data.except.split('|') : []);
  }

  /** `key` must already be folded (lower case, no accents). */
  has(key: string): boolean {
    // A paste asks about the same few thousand words again and again: remember the answers.
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const answer = this.lookup(key);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(key, answer);
    return answer;
  }

  private lookup(key: string): boolean {
    if (key.length === 0 || this.m === 0) return false;
    // Runs once per distinct word (has() remembers answers), so the pair array costs little.
    const [a, b] = hashPair(key);
    for (let i = 0; i < this.k; i++) {
      const bit = ((a + Math.imul(i, b)) >>> 0) % this.m;
      if (((this.bytes[bit >> 3] ?? 0) & (1 << (bit & 7))) === 0) return false;
    }
    return !this.except.has(key);
  }
}
