// Groups capitalised words into runs ("Sarah Jenkins", "St Mary's Hospital",
// "Newcastle upon Tyne") that may name a person, place or organisation. Only
// capitalised words are visited, so a 1 MB paste stays fast.
import { atSentenceStart, fold, wordSet } from '../text';

export interface Word {
  start: number;
  end: number;
  text: string;
  /** folded, without a trailing possessive */
  key: string;
  possessive: boolean;
  allCaps: boolean;
  initial: boolean;
}

export interface Chunk {
  start: number;
  end: number;
  words: Word[];
  /** The first word opens a sentence, where capitals say nothing. */
  sentenceStart: boolean;
}

/** Tried only where a capital could start and the word is not plain ASCII. */
export const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*(?:['’](?!\p{L}))?/uy;
const GLUED_BEFORE = /[\p{L}\p{M}\d'’_-]/u;

function gluedBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const code = text.charCodeAt(i - 1);
  // "O'Neill" is one word, but "'Noor's feeds" opens a quote: an apostrophe glues only after a letter.
  if (code === 39 || code === 0x2019) return i > 1 && /[\p{L}\d]/u.test(text.charAt(i - 2));
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
  const ch = code >= 0xdc00 && code <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text.charAt(i - 1);
  return GLUED_BEFORE.test(ch);
}

/** Lower-case words allowed inside a run: "Isle of Man", "Ludwig van Beethoven", "Stratford-upon-Avon". */
// Not "and": "the US and Canada" is two places, not one name.
const CONNECTORS = wordSet('of|upon|on|de|del|della|der|den|ten|ter|van|von|da|di|du|dos|das|do|la|le|bin|ibn|al|el|y|&|the|under');
// Not 'in': "Ninewells in Dundee", "Foundation in Australia" are two names, each read on its own.

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}

function makeWord(text: string, start: number, raw: string): Word {
  // Possessive: "Jake's", "James'" (straight or curly apostrophe).
  let bareLength = raw.length;
  const last = raw.charCodeAt(raw.length - 1);
  const beforeLast = raw.charCodeAt(raw.length - 2);
  if (last === 39 || last === 0x2019) bareLength -= 1;
  else if ((last === 115 || last === 83) && (beforeLast === 39 || beforeLast === 0x2019)) bareLength -= 2;
  const bare = raw.slice(0, bareLength);
  const ascii = isAscii(bare);
  let allCaps = bare.length > 1;
  if (ascii) {
    for (let i = 1; i < bare.length && allCaps; i++) {
      const c = bare.charCodeAt(i);
      if (c >= 97 && c <= 122) allCaps = false;
    }
  } else {
    allCaps = allCaps && bare === bare.toUpperCase() && bare !== bare.toLowerCase();
  }
  return {
    start,
    end: start + raw.length,
    text: raw,
    key: ascii ? bare.toLowerCase() : fold(bare),
    possessive: bareLength !== raw.length,
    allCaps,
    initial: bare.length === 1 || (bare.length === 2 && text[start + 1] === '.'),
  };
}

/** The text between two words links them into one run? */
function joins(gap: string, previous: Word): boolean {
  if (gap === ' ' || gap === '-' || gap === '\u00a0') return !previous.possessive;
  if (previous.initial && (gap === '. ' || gap === '.')) return true;
  const m = /^ ([a-z&]{1,5}) $/u.exec(gap);
  if (m?.[1] && CONNECTORS.has(m[1])) return true;
  return /^ [a-z]{1,5}-$|^-[a-z]{1,5}-$/u.test(gap) && CONNECTORS.has(gap.replace(/[\s-]/gu, ''));
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The capitalised word starting at `i`, or '' when there is none. Plain ASCII
 * words are read with a character loop; anything else goes to the Unicode
 * pattern, which is slower but only runs where it is needed.
 */
function wordAt(text: string, i: number): string {
  const first = text.charCodeAt(i);
  if (first >= 65 && first <= 90) {
    let j = i + 1;
    for (;;) {
      const c = text.charCodeAt(j);
      if (isAsciiLetter(c)) j++;
      else if ((c === 39 || c === 45 || c === 0x2019) && isAsciiLetter(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    const stop = text.charCodeAt(j);
    if (stop < 0x80 || Number.isNaN(stop)) {
      // A trailing apostrophe ("James'") belongs to the word when no letter follows it.
      return (stop === 39) && !isAsciiLetter(text.charCodeAt(j + 1)) ? text.slice(i, j + 1) : text.slice(i, j);
    }
  }
  CAPITALISED_WORD.lastIndex = i;
  return CAPITALISED_WORD.exec(text)?.[0] ?? '';
}

/**
 * Where a capitalised word could start: ASCII capitals, Latin-1 capitals, and anything past
 * U+0100 (checked properly by wordAt). A regex finds these about twice as fast as a loop over
 * every character of a paste.
 */
export const CAPITAL_START = /[A-Z\u00c0-\u00de\u0100-\udbff\uf900-\uffef]/g;

/**
 * Hands each run to `visit` as soon as it is complete, so a long paste's runs die young
 * instead of all living until the last one is read (which made garbage collection slow).
 */
export function forEachChunk(text: string, visit: (chunk: Chunk) => void): void {
  let current: Chunk | undefined;
  const capital = new RegExp(CAPITAL_START);
  for (let m = capital.exec(text); m; m = capital.exec(text)) {
    const at = m.index;
    if (gluedBefore(text, at)) continue;
    const raw = wordAt(text, at);
    if (!raw) continue;
    capital.lastIndex = at + raw.length;
    // "LS6", "M60", "B12": letters run into digits are a code, never a name or a place.
    const after = text.charCodeAt(at + raw.length);
    if (after >= 48 && after <= 57) continue;
    const word = makeWord(text, at, raw);
    const last = current?.words[current.words.length - 1];
    if (current && last && word.start - last.end <= 8 && joins(text.slice(last.end, word.start), last)) {
      current.words.push(word);
      current.end = word.end;
      continue;
    }
    if (current) visit(current);
    current = { start: word.start, end: word.end, words: [word], sentenceStart: atSentenceStart(text, word.start) };
  }
  if (current) visit(current);
}

/** A run made of `words[from..to)`, keeping the offsets right. */
export function subChunk(chunk: Chunk, from: number, to: number, text: string): Chunk | undefined {
  const words = chunk.words.slice(from, to);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return undefined;
  return {
    start: first.start,
    end: last.end,
    words,
    sentenceStart: from === 0 ? chunk.sentenceStart : atSentenceStart(text, first.start),
  };
}

export const CHUNK_PATTERNS: readonly RegExp[] = [CAPITALISED_WORD, GLUED_BEFORE, CAPITAL_START];
