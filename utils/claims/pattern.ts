// A small word-pattern language for the rules in data/*.json. It works on tokens,
// not characters, so rules read like the phrases they describe and matching time
// grows with sentence length times a small constant (gaps are bounded).
//
//   stopped taking          words in order
//   stop|quit               either word
//   miss_out|skip           '_' joins words inside one alternative ("miss out" or "skip")
//   statin*                 any ending
//   @medicine               a named word list (may hold phrases)
//   [my|your]               optional element
//   ...3                    skip up to 3 words
//   #num  #dose             a number (or number word); a number with a unit (400mg, 10 units)
//   ^                       start of the sentence
import type { Token } from './tokens';
import { WordList } from './word-list';

type Element =
  | { kind: 'words'; list: WordList | null; num: boolean; dose: boolean; optional: boolean }
  | { kind: 'gap'; max: number }
  | { kind: 'start' };

export interface CompiledPattern {
  source: string;
  elements: readonly Element[];
}

export interface TokenMatch {
  /** Index of the first matched token. */
  from: number;
  /** Index just past the last matched token. */
  to: number;
}

const NUMBER = /^\d+(?:[.,]\d+)?$/u;
const DOSE = /^\d+(?:\.\d+)?(?:mgs?|mcg|ug|µg|g|iu|mls?|units?|mmol)$/u;
const GAP = /^\.\.\.(\d)$/u;
// A literal alternative: word characters, with the joiners the tokenizer understands.
const LITERAL = /^=?[\p{L}\p{N}%&][\p{L}\p{N}'’%&_/-]*\*?$/u;

export type ListLookup = (name: string) => readonly string[] | undefined;

function compileElement(raw: string, lookup: ListLookup, source: string): Element {
  if (raw === '^') return { kind: 'start' };
  const gap = GAP.exec(raw);
  if (gap) return { kind: 'gap', max: Number(gap[1]) };
  const optional = raw.startsWith('[') && raw.endsWith(']');
  const body = optional ? raw.slice(1, -1) : raw;
  const entries: string[] = [];
  let num = false;
  let dose = false;
  for (const alt of body.split('|')) {
    if (alt === '#num') num = true;
    else if (alt === '#dose') dose = true;
    else if (alt.startsWith('@')) {
      const list = lookup(alt.slice(1));
      if (!list) throw new Error(`Unknown word list ${alt} in pattern "${source}"`);
      entries.push(...list);
    } else if (LITERAL.test(alt)) {
      entries.push(alt.replaceAll('_', ' '));
    } else {
      throw new Error(`Bad word "${alt}" in pattern "${source}"`);
    }
  }
  if (entries.length === 0 && !num && !dose) throw new Error(`Empty element in pattern "${source}"`);
  return { kind: 'words', list: entries.length > 0 ? new WordList(entries) : null, num, dose, optional };
}

export function compilePattern(source: string, lookup: ListLookup): CompiledPattern {
  const parts = source.trim().split(/\s+/u);
  const elements = parts.map((p) => compileElement(p, lookup, source));
  const first = elements[0];
  const last = elements[elements.length - 1];
  if (!first || !last || first.kind === 'gap' || last.kind === 'gap') {
    throw new Error(`Pattern "${source}" must start and end with a word`);
  }
  return { source, elements };
}

function isNumberToken(token: Token | undefined, numberWords: WordList, tokens: readonly Token[], i: number): number[] {
  if (!token) return [];
  if (NUMBER.test(token.norm)) return [i + 1];
  return numberWords.endsAt(tokens, i);
}

/** Ends of a dose starting at tokens[i]: "400mg", or a number followed by a unit word. */
function doseEnds(tokens: readonly Token[], i: number, units: WordList, numberWords: WordList): number[] {
  const token = tokens[i];
  if (!token) return [];
  if (DOSE.test(token.norm)) return [i + 1];
  const ends: number[] = [];
  for (const e of isNumberToken(token, numberWords, tokens, i)) {
    ends.push(...units.endsAt(tokens, e));
  }
  return ends;
}

export interface MatchContext {
  units: WordList;
  numberWords: WordList;
}

function matchFrom(p: CompiledPattern, ei: number, tokens: readonly Token[], ti: number, ctx: MatchContext): number {
  const el = p.elements[ei];
  if (!el) return ti;
  switch (el.kind) {
    case 'start':
      return ti === 0 ? matchFrom(p, ei + 1, tokens, ti, ctx) : -1;
    case 'gap':
      for (let g = 0; g <= el.max && ti + g <= tokens.length; g++) {
        const r = matchFrom(p, ei + 1, tokens, ti + g, ctx);
        if (r >= 0) return r;
      }
      return -1;
    default: {
      const ends = el.list ? el.list.endsAt(tokens, ti) : [];
      if (el.num) ends.push(...isNumberToken(tokens[ti], ctx.numberWords, tokens, ti));
      if (el.dose) ends.push(...doseEnds(tokens, ti, ctx.units, ctx.numberWords));
      for (const e of ends) {
        const r = matchFrom(p, ei + 1, tokens, e, ctx);
        if (r >= 0) return r;
      }
      return el.optional ? matchFrom(p, ei + 1, tokens, ti, ctx) : -1;
    }
  }
}

/** Non-overlapping matches, left to right. `accept` can veto a match (e.g. "no cure"). */
export function findMatches(
  p: CompiledPattern,
  tokens: readonly Token[],
  ctx: MatchContext,
  accept: (m: TokenMatch) => boolean = () => true,
): TokenMatch[] {
  const out: TokenMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const to = matchFrom(p, 0, tokens, i, ctx);
    if (to > i && accept({ from: i, to })) {
      out.push({ from: i, to });
      i = to;
    } else {
      i++;
    }
  }
  return out;
}
