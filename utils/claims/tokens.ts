// Splits text into sentences and words, keeping UTF-16 offsets so that flags can
// point back at the exact characters the person wrote.

export interface Token {
  /** The word as written, with curly apostrophes made straight. */
  text: string;
  /** Lower-case form used for matching. */
  norm: string;
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
}

// Letters/digits, optionally joined by an apostrophe or a dot (don't, 2.5mg, e.g);
// '%' and '&' are kept as their own tokens so "20% off" and "A&E" can be matched;
// ',' ';' ':' are kept so that a pattern can't run across a clause break
// ("don't give up, it took…" is not "give up it").
// Every repetition needs a separator first, so matching stays linear.
const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*|[%&,;:]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replaceAll('’', "'");
    tokens.push({ text: raw, norm: raw.toLowerCase(), start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return tokens;
}

// Words that end with a full stop without ending the sentence.
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'e.g', 'i.e', 'vs', 'etc', 'approx', 'no', 'prof', 'sr']);

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
}

function lastWordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && !isSpace(text[i - 1])) i--;
  return text.slice(i, end).toLowerCase().replace(/^[("'“‘]+/u, '');
}

/**
 * Sentence spans: a run of . ! ? … followed by a space (or the end), or a line break,
 * ends a sentence, except after common abbreviations ("Dr. Patel", "St. John's wort").
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') {
      push(i);
      start = i + 1;
      i++;
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i;
      while (j < text.length && '.!?…)"\'”’'.includes(text[j] ?? '')) j++;
      if (isSpace(text[j]) && !(ch === '.' && j === i + 1 && ABBREVIATIONS.has(lastWordBefore(text, i)))) {
        push(j);
        start = j;
      }
      i = j;
      continue;
    }
    i++;
  }
  push(text.length);
  return spans;
}
