/**
 * Find a saved passage again in a page's text, the way the W3C Web Annotation
 * TextQuoteSelector is meant to be used: every place the exact words occur is
 * scored by how much of the saved prefix and suffix surrounds it, and the best
 * one wins. Whitespace differences (pages re-wrap text) don't matter.
 * Pure: works on strings; the caller maps the offsets back to the DOM.
 */

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1: how much of the saved context matched around it. */
  context: number;
}

/** Lower case, one unit for one unit, so offsets stay aligned ('İ' lowercases to two units: kept as is). */
function fold(ch: string): string {
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

/**
 * Collapses whitespace runs to one space and folds case, keeping a map from the
 * result back to offsets in the original text.
 */
function collapse(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!space && out.length > 0) {
        out += ' ';
        origin.push(i);
      }
      space = true;
    } else {
      out += fold(ch);
      origin.push(i);
      space = false;
    }
  }
  return { text: out, origin };
}

const norm = (s: string) => collapse(s).text;

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The best place for `quote` in `pageText`, or null when the exact words are not there. */
export function findQuote(pageText: string, quote: TextQuote): QuoteMatch | null {
  const exact = norm(quote.exact).trim();
  if (!exact) return null;
  const page = collapse(pageText);
  const haystack = page.text;
  const prefix = norm(quote.prefix);
  const suffix = norm(quote.suffix);
  let best: { at: number; score: number } | null = null;
  for (let at = haystack.indexOf(exact); at !== -1; at = haystack.indexOf(exact, at + 1)) {
    const before = haystack.slice(Math.max(0, at - prefix.length - 1), at).trimEnd();
    const after = haystack.slice(at + exact.length, at + exact.length + suffix.length + 1).trimStart();
    const score =
      (prefix.trim() ? commonSuffixLength(before, prefix.trimEnd()) / prefix.trim().length : 0) +
      (suffix.trim() ? commonPrefixLength(after, suffix.trimStart()) / suffix.trim().length : 0);
    if (!best || score > best.score) best = { at, score };
  }
  if (!best) return null;
  const contextParts = (prefix.trim() ? 1 : 0) + (suffix.trim() ? 1 : 0);
  const start = page.origin[best.at]!;
  const end = page.origin[best.at + exact.length - 1]! + 1;
  return { start, end, context: contextParts ? best.score / contextParts : 1 };
}
