// The person's own words to watch for (their name, children's names, town,
// employer…). Matched case- and accent-insensitively on word boundaries,
// possessives included ("Jake's"), and always reported as high.
import { candidateOf } from './candidate';
import type { Candidate, PersonalTerm, PersonalTermCategory, QuasiFacet } from './types';
import { escapeRegExp, fold } from './text';

const MAX_TERMS = 500;
const MAX_TERM_LENGTH = 100;

export interface NormalisedTerm {
  folded: string;
  category: PersonalTermCategory;
}

export function normaliseTerms(terms: ReadonlyArray<string | PersonalTerm> | undefined): NormalisedTerm[] {
  if (!terms) return [];
  const seen = new Set<string>();
  const out: NormalisedTerm[] = [];
  for (const t of terms.slice(0, MAX_TERMS)) {
    const raw = typeof t === 'string' ? t : t?.term;
    if (typeof raw !== 'string') continue;
    const folded = fold(raw).replace(/\s+/gu, ' ').trim().slice(0, MAX_TERM_LENGTH);
    // One letter would match everywhere; it cannot be what the person meant.
    if ([...folded].length < 2 || seen.has(folded)) continue;
    seen.add(folded);
    out.push({ folded, category: (typeof t === 'string' ? undefined : t.category) ?? 'other' });
  }
  // Longer terms first so "Sarah Jenkins" wins over "Sarah" in the alternation.
  return out.sort((a, b) => b.folded.length - a.folded.length);
}

/**
 * One pattern for all terms. Every term is escaped, so a term like "a+b" or
 * "(x)" is matched literally; the pattern is a plain alternation of literals
 * between look-arounds and cannot backtrack badly.
 */
export function personalTermPattern(terms: readonly NormalisedTerm[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const body = terms.map((t) => escapeRegExp(t.folded).replace(/ /gu, '\\s{1,3}')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * Lower-case, accent-free copy of `text` plus, for each of its code units, the
 * span of `text` it came from, so matches map back to the original offsets.
 */
export function foldWithOffsets(text: string): { folded: string; from: Int32Array; to: Int32Array } {
  const parts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      parts.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i] as string);
      from.push(i);
      to.push(i + 1);
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? code;
    const width = cp > 0xffff ? 2 : 1;
    const isLone = width === 1 && code >= 0xd800 && code <= 0xdfff;
    const f = isLone ? '\ufffd' : fold(String.fromCodePoint(cp));
    for (let k = 0; k < f.length; k++) {
      from.push(i);
      to.push(i + width);
    }
    parts.push(f);
    i += width;
  }
  return { folded: parts.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}

const FACETS: Partial<Record<PersonalTermCategory, QuasiFacet>> = {
  town: 'town', employer: 'employer', school: 'school', hospital: 'hospital', family: 'family', clinician: 'clinician',
};

export function detectPersonalTerms(text: string, terms: readonly NormalisedTerm[]): Candidate[] {
  const pattern = personalTermPattern(terms);
  if (!pattern) return [];
  const { folded, from, to } = foldWithOffsets(text);
  const byFolded = new Map(terms.map((t) => [t.folded, t.category]));
  const out: Candidate[] = [];
  for (const m of folded.matchAll(pattern)) {
    if (m[0].length === 0) continue;
    const start = from[m.index];
    const end = to[m.index + m[0].length - 1];
    if (start === undefined || end === undefined) continue;
    const category = byFolded.get(m[0].replace(/\s+/gu, ' ')) ?? 'other';
    out.push(candidateOf('PERSONAL_TERM', start, end, 'high', 2, { facet: FACETS[category], detail: category }));
  }
  return out;
}
