// Picks the words worth searching for on trusted sites: medicine, supplement and
// condition names, as the person wrote them.
import { DRUG_CLASSES, classEntries, LISTS } from './lexicons';
import { tokenize } from './tokens';
import { WordList } from './word-list';

const NAMES = new WordList([
  ...DRUG_CLASSES.flatMap(classEntries),
  ...(LISTS.get('supplement') ?? []),
  ...(LISTS.get('condition') ?? []),
]);

/** Up to `max` distinct key terms from `text`, in order of appearance. */
export function keyTerms(text: string, max = 4): string[] {
  const tokens = tokenize(text);
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i < tokens.length && out.length < max; i++) {
    const to = NAMES.endsAt(tokens, i)[0];
    if (to === undefined) continue;
    const first = tokens[i];
    const last = tokens[to - 1];
    if (!first || !last) continue;
    const term = text.slice(first.start, last.end);
    const key = term.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(term);
    }
    i = to - 1;
  }
  return out;
}
