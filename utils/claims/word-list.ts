// A set of words and multi-word phrases, matched against a token stream.
// Lookup goes through a map keyed by first word, so matching costs the same
// however long the list grows; no regular expressions are built from data.
import { tokenize, type Token } from './tokens';

interface Entry {
  words: string[];
  caseSensitive: boolean;
  /** Last word is a prefix ("statin*" matches statins). */
  prefix: boolean;
}

function parseEntry(raw: string): Entry | null {
  let text = raw.trim();
  const caseSensitive = text.startsWith('=');
  if (caseSensitive) text = text.slice(1);
  const prefix = text.endsWith('*');
  if (prefix) text = text.slice(0, -1);
  const words = tokenize(text).map((t) => (caseSensitive ? t.text : t.norm));
  return words.length > 0 ? { words, caseSensitive, prefix } : null;
}

function possessiveBase(norm: string): string | null {
  if (norm.endsWith("'s")) return norm.slice(0, -2);
  if (norm.endsWith("s'")) return norm.slice(0, -1);
  return null;
}

function wordMatches(token: Token, word: string, entry: Entry, isLast: boolean): boolean {
  const form = entry.caseSensitive ? token.text : token.norm;
  if (form === word) return true;
  if (isLast && entry.prefix && form.startsWith(word)) return true;
  // "my GP's advice", "the neurologist's okay": a possessive still names the same thing.
  const base = possessiveBase(form);
  return base !== null && base === word;
}

export class WordList {
  private readonly byFirst = new Map<string, Entry[]>();
  private readonly prefixFirst: Entry[] = [];
  readonly size: number;

  constructor(entries: readonly string[]) {
    let size = 0;
    for (const raw of entries) {
      const entry = parseEntry(raw);
      if (!entry) continue;
      size++;
      const first = entry.words[0] ?? '';
      if (entry.prefix && entry.words.length === 1) {
        this.prefixFirst.push(entry);
        continue;
      }
      const key = first.toLowerCase();
      const bucket = this.byFirst.get(key);
      if (bucket) bucket.push(entry);
      else this.byFirst.set(key, [entry]);
    }
    this.size = size;
  }

  /** Token indices just past each entry that starts at tokens[i], longest first. */
  endsAt(tokens: readonly Token[], i: number): number[] {
    const token = tokens[i];
    if (!token) return [];
    const ends = new Set<number>();
    const candidates = [...(this.byFirst.get(token.norm) ?? [])];
    const base = possessiveBase(token.norm);
    if (base !== null) candidates.push(...(this.byFirst.get(base) ?? []));
    for (const entry of [...candidates, ...this.prefixFirst]) {
      const n = entry.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const t = tokens[i + k];
        ok = t !== undefined && wordMatches(t, entry.words[k] ?? '', entry, k === n - 1);
      }
      if (ok) ends.add(i + n);
    }
    return [...ends].sort((a, b) => b - a);
  }
}
