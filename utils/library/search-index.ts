/**
 * An in-memory search index for the side panel. IndexedDB answers a word-prefix
 * query from index keys in tens to hundreds of milliseconds at 10,000 tips (it
 * reads every matching key each time); this answers the same query in about a
 * millisecond from a copy of the few fields search needs, built once from one
 * read. Pure: no IndexedDB here; the caller builds it and reads the page's rows.
 *
 * Results are exactly those of searchTips over IndexedDB: every query word must
 * start one of the tip's stored words, every filter must hold, newest saved first
 * and, for the same savedAt, highest id first (IndexedDB's reverse index order).
 */
import type { StoredTip, SupportType, Tip, VerificationStatus } from './types';

/** The part of a stored tip that search looks at. */
export interface IndexedTip {
  id: string;
  savedAt: string;
  /** The stored search words (StoredTip.words), already folded. */
  words: readonly string[];
  tags: readonly string[];
  conditions: readonly string[];
  site: string;
  supportType?: SupportType;
  status: VerificationStatus;
}

/** A search already normalised by searchTips: folded query words, canonical ISO dates, empty lists as undefined. */
export interface IndexFilters {
  words: string[];
  tags?: string[];
  conditions?: string[];
  site?: string;
  supportType?: SupportType;
  status?: VerificationStatus;
  /** Inclusive bounds on savedAt. */
  from?: string;
  to?: string;
}

export function indexedTip(row: StoredTip): IndexedTip {
  return {
    id: row.id,
    savedAt: row.savedAt,
    words: Array.isArray(row.words) ? row.words : [],
    tags: row.tags,
    conditions: row.conditions,
    site: row.site,
    supportType: row.supportType,
    status: row.verification.status,
  };
}

/** savedAt descending, then id descending: the order of a reverse walk of the savedAt index. */
function newestFirst(a: IndexedTip, b: IndexedTip): number {
  if (a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** First position in the sorted array whose value is not below `key` (code-unit order, as IndexedDB compares strings). */
function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Tips kept from recent reads; a few screens' worth for many searches, small next to the library. */
const ROW_CACHE_SIZE = 2000;

export class SearchIndex {
  /**
   * Tips already read from IndexedDB, most recently used last. Safe to reuse only
   * because an index is rebuilt (and this cache with it) whenever any tip changes.
   */
  private readonly rows = new Map<string, Tip>();

  /** Every tip without its words (the postings hold those), newest first; postings hold positions in this array. */
  private readonly tips: Array<Omit<IndexedTip, 'words'>>;
  /** Every distinct stored word, sorted, so a prefix is one contiguous run. */
  private readonly vocabulary: string[];
  /** For vocabulary[i], the positions of the tips holding it, ascending. */
  private readonly postings: Uint32Array[];

  constructor(rows: Iterable<IndexedTip>) {
    const sorted = [...rows].sort(newestFirst);
    const byWord = new Map<string, number[]>();
    sorted.forEach((tip, position) => {
      for (const word of new Set(tip.words)) {
        const list = byWord.get(word);
        if (list) list.push(position);
        else byWord.set(word, [position]);
      }
    });
    // Each tip's own word list is dropped: at 100,000 tips it would be millions of strings.
    this.tips = sorted.map(({ words: _words, ...rest }) => rest);
    this.vocabulary = [...byWord.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.postings = this.vocabulary.map((word) => Uint32Array.from(byWord.get(word)!));
  }

  /** How many tips the index holds. */
  get size(): number {
    return this.tips.length;
  }

  /** A tip read earlier through this index, if still kept. */
  cachedTip(id: string): Tip | undefined {
    const tip = this.rows.get(id);
    if (tip) {
      this.rows.delete(id);
      this.rows.set(id, tip);
    }
    return tip;
  }

  /** Keeps a tip just read, dropping the least recently used beyond the cache size. */
  rememberTip(tip: Tip): void {
    this.rows.delete(tip.id);
    this.rows.set(tip.id, tip);
    if (this.rows.size > ROW_CACHE_SIZE) this.rows.delete(this.rows.keys().next().value!);
  }

  /** The ids of every matching tip, newest first. */
  match(filters: IndexFilters): string[] {
    const count = this.tips.length;
    // hits[p] counts the query words tip p has matched so far; a word only counts a tip
    // that matched every earlier word, so words sharing a prefix never count twice.
    const hits = filters.words.length ? new Uint32Array(count) : undefined;
    for (const [term, prefix] of filters.words.entries()) {
      if (!hits) break;
      let any = false;
      for (let i = lowerBound(this.vocabulary, prefix); i < this.vocabulary.length && this.vocabulary[i]!.startsWith(prefix); i++) {
        for (const position of this.postings[i]!) {
          if (hits[position] === term) {
            hits[position] = term + 1;
            any = true;
          }
        }
      }
      if (!any) return [];
    }
    const needed = filters.words.length;
    const ids: string[] = [];
    for (let position = 0; position < count; position++) {
      if (hits && hits[position] !== needed) continue;
      const tip = this.tips[position]!;
      if (passes(tip, filters)) ids.push(tip.id);
    }
    return ids;
  }
}

function passes(tip: Omit<IndexedTip, 'words'>, f: IndexFilters): boolean {
  if (f.site !== undefined && tip.site !== f.site) return false;
  if (f.status !== undefined && tip.status !== f.status) return false;
  if (f.supportType !== undefined && tip.supportType !== f.supportType) return false;
  if (f.from !== undefined && tip.savedAt < f.from) return false;
  if (f.to !== undefined && tip.savedAt > f.to) return false;
  if (f.tags && !f.tags.every((tag) => tip.tags.includes(tag))) return false;
  if (f.conditions && !f.conditions.every((condition) => tip.conditions.includes(condition))) return false;
  return true;
}
