// A supplement or food named in the same sentence as a medicine from a class it is
// known to affect (turmeric with warfarin, St John's wort with sertraline…).
import { classEntries, DRUG_CLASSES, SUPPLEMENTS, type DrugClass } from './lexicons';
import type { TokenMatch } from './pattern';
import type { Token } from './tokens';
import { WordList } from './word-list';

const supplementLists = SUPPLEMENTS.map((s) => ({ list: new WordList(s.names), classes: s.classes }));
const classLists = new Map<DrugClass, WordList>(DRUG_CLASSES.map((c) => [c, new WordList(classEntries(c))]));

function mentions(list: WordList, tokens: readonly Token[]): TokenMatch[] {
  const out: TokenMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const ends = list.endsAt(tokens, i);
    const to = ends[0];
    if (to !== undefined) {
      out.push({ from: i, to });
      i = to - 1;
    }
  }
  return out;
}

export interface InteractionMatch {
  /** One span covering both names. */
  match: TokenMatch;
  /** The supplement and the medicine. */
  cores: TokenMatch[];
}

/** The closest supplement–medicine pair in the sentence. */
export function findInteraction(tokens: readonly Token[]): InteractionMatch | null {
  let best: InteractionMatch | null = null;
  for (const s of supplementLists) {
    const sups = mentions(s.list, tokens);
    if (sups.length === 0) continue;
    for (const cls of s.classes) {
      const drugs = mentions(classLists.get(cls) ?? new WordList([]), tokens);
      for (const a of sups) {
        for (const b of drugs) {
          if (a.from < b.to && b.from < a.to) continue; // same words: "CBD" is not a drug here
          const match = { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
          if (!best || match.to - match.from < best.match.to - best.match.from) best = { match, cores: [a, b] };
        }
      }
    }
  }
  return best;
}
