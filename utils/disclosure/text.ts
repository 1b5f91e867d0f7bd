// Small text helpers shared by the detectors. Everything works on UTF-16
// offsets because that is what editors and the DOM Range API use.

const COMBINING = /\p{M}+/gu;

/** Lower-case and strip accents so "Sjögren" matches "sjogren" and "ZOË" matches "zoe". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(COMBINING, '').replace(/[’‘]/gu, "'").toLowerCase();
}






/** Is position `i` the start of a sentence (only spaces/quotes since a full stop, line break or text start)? */
export function atSentenceStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0) {
    const ch = text[j] ?? '';
    if (ch !== '' && ' \t"“(\'‘*>-•\uFE0F\u200D'.includes(ch)) {
      j--;
      continue;
    }
    // An emoji ends a thought in forum posts as often as a full stop does ("…replacement 🙄 Doing…").
    return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === '\r' || ch === ':' || ch === '…' || (text.charCodeAt(j) >= 0x2000 && EMOJI_END.test(text.slice(Math.max(0, j - 1), j + 1)));
  }
  return true;
}

const EMOJI_END = /[\p{Extended_Pictographic}\p{Emoji_Modifier}]$/u;


/** The lower-cased text within `width` characters before `i`, for cue matching. */
export function before(text: string, i: number, width: number): string {
  return text.slice(Math.max(0, i - width), i).toLowerCase();
}

export function after(text: string, i: number, width: number): string {
  return text.slice(i, i + width).toLowerCase();
}

/** A set of words written as one '|'-separated string: smaller in the shipped bundle than an array of strings. */
export const wordSet = (words: string): Set<string> => new Set(words.split('|'));

/** Escape a literal so it can sit inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');
}

/** The text plus a lower-cased copy of the same length, so cue patterns can run without the slow case-insensitive Unicode mode. */
export interface ScanContext {
  text: string;
  lower: string;
}

export function makeContext(text: string): ScanContext {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few letters grow when lower-cased ("İ" → "i̇"); keep those as they were so offsets still line up.
    const parts: string[] = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      const l = ch.toLowerCase();
      parts.push(l.length === 1 ? l : ch);
    }
    lower = parts.join('');
  }
  return { text, lower };
}

/**
 * `s` without any trailing characters from `chars`. A loop, because a
 * "trailing run" pattern such as /[\s.]+$/ backtracks badly on long runs.
 */
export function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s.charAt(end - 1))) end--;
  return s.slice(0, end);
}

const LETTERISH = /[\p{L}\p{M}'’-]/u;

/** Start of the word (letters, marks, apostrophes, hyphens) that ends at `end`; `end` itself when there is none. */
export function wordStartBefore(text: string, end: number, max = 40): number {
  let i = end;
  while (i > 0 && end - i < max && LETTERISH.test(text.charAt(i - 1))) i--;
  return i;
}

/** Is the character just before `i` one of `chars`? Stands in for a leading look-behind, which makes V8 test every position. */
export function gluedTo(text: string, i: number, chars: string): boolean {
  return i > 0 && chars.includes(text.charAt(i - 1));
}
