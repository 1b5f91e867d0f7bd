/**
 * Finding tips again: word-prefix search over text, notes, tags, conditions and
 * group name (case- and accent-insensitive, every query word must match), plus
 * filters. Matching runs on index keys only (the multi-entry `*words` index and
 * the filter indexes); only the rows of the page asked for are read.
 */
import type { SpoonbookDb } from './db';
import { LibraryError, withReopen } from './errors';
import { indexedTip, SearchIndex, type IndexFilters, type IndexedTip } from './search-index';
import { canonicalIso, isIsoDate } from './normalize';
import { toTip } from './record';
import type { StoredTip, SupportType, Tip, VerificationStatus } from './types';
import { tokenize } from './words';

export { tokenize } from './words';

export interface SearchQuery {
  /** Words to find; each must start a word somewhere in the tip ("dizz" finds "dizziness"). */
  query?: string;
  /** The tip must have every one of these tags (exact values, as facetValues lists them). */
  tags?: string[];
  conditions?: string[];
  site?: string;
  supportType?: SupportType;
  status?: VerificationStatus;
  /** Saved on or after (inclusive). */
  from?: string | Date;
  /** Saved on or before (inclusive): pass the end of the day for a whole day. */
  to?: string | Date;
  /** Page size, 1–1000; default 50. */
  limit?: number;
  offset?: number;
}

export interface SearchResult {
  /** Newest saved first. */
  tips: Tip[];
  /** How many tips match in all (for "52 tips" and paging). */
  total: number;
}

function dateBound(value: string | Date | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const valid = typeof value === 'string' ? isIsoDate(value) : !Number.isNaN(value.getTime());
  if (!valid) throw new LibraryError('invalid-input', `The ${name} date for the search isn't a real date.`);
  return canonicalIso(value);
}

type Filters = IndexFilters;

/** Below this many matches, loading and sorting them beats walking the whole savedAt index. */
const SMALL_MATCH_SET = 500;

/**
 * The ids of every tip that matches, worked out from index keys alone (no rows
 * are read): one key list per query word and filter, intersected smallest first.
 */
async function matchingIds(db: SpoonbookDb, f: Filters): Promise<Set<string>> {
  const lists: Array<Promise<string[]>> = [];
  for (const word of f.words) lists.push(db.tips.where('words').startsWith(word).primaryKeys());
  for (const tag of f.tags ?? []) lists.push(db.tips.where('tags').equals(tag).primaryKeys());
  for (const condition of f.conditions ?? []) lists.push(db.tips.where('conditions').equals(condition).primaryKeys());
  if (f.site !== undefined) lists.push(db.tips.where('site').equals(f.site).primaryKeys());
  if (f.status !== undefined) lists.push(db.tips.where('verification.status').equals(f.status).primaryKeys());
  if (f.supportType !== undefined) lists.push(db.tips.where('supportType').equals(f.supportType).primaryKeys());
  if (f.from !== undefined || f.to !== undefined) {
    lists.push(db.tips.where('savedAt').between(f.from ?? '', f.to ?? '\uffff', true, true).primaryKeys());
  }
  const [smallest, ...others] = (await Promise.all(lists)).sort((a, b) => a.length - b.length);
  let ids = new Set(smallest);
  for (const list of others) {
    if (!ids.size) break;
    const kept = new Set<string>();
    for (const id of list) if (ids.has(id)) kept.add(id);
    ids = kept;
  }
  return ids;
}

/** Newest first; among tips saved in the same millisecond, the order IndexedDB's reverse scan gives. */
function newestFirst(a: StoredTip, b: StoredTip): number {
  if (a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

const present = (row: StoredTip | undefined): row is StoredTip => row !== undefined;

/**
 * Matching in memory; only the page's rows not already kept by the index are read,
 * so a page seen before costs no IndexedDB read at all.
 */
async function searchWithIndex(db: SpoonbookDb, index: SearchIndex, filters: Filters, offset: number, limit: number): Promise<SearchResult> {
  const matched = index.match(filters);
  const page = matched.slice(offset, offset + limit);
  const missing = page.filter((id) => !index.cachedTip(id));
  if (missing.length) {
    const rows = await withReopen(db, () => db.tips.bulkGet(missing));
    for (const row of rows) if (row) index.rememberTip(toTip(row));
  }
  // A tip deleted since the index was built is left out; the rebuild that follows puts total right.
  const tips = page.map((id) => index.cachedTip(id)).filter((tip): tip is Tip => tip !== undefined);
  return { total: matched.length, tips };
}

/**
 * Pass `index` (built from this database, see search-index.ts) to match in memory
 * and read only the page's rows; without it, matching reads IndexedDB's index keys.
 */
export async function searchTips(db: SpoonbookDb, query: SearchQuery = {}, index?: SearchIndex): Promise<SearchResult> {
  const limit = Math.min(1000, Math.max(1, Math.floor(query.limit ?? 50)));
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const filters: Filters = {
    words: tokenize(query.query ?? ''),
    tags: query.tags?.length ? query.tags : undefined,
    conditions: query.conditions?.length ? query.conditions : undefined,
    site: query.site || undefined,
    supportType: query.supportType,
    status: query.status,
    from: dateBound(query.from, 'start'),
    to: dateBound(query.to, 'end'),
  };
  const unfiltered = Object.values(filters).every((value) => value === undefined || (Array.isArray(value) && !value.length));

  if (index) return searchWithIndex(db, index, filters, offset, limit);

  return withReopen(db, () =>
    db.transaction('r', db.tips, async () => {
      if (unfiltered) {
        // The common case (panel just opened): one page straight off the savedAt index.
        const [total, rows] = await Promise.all([
          db.tips.count(),
          db.tips.orderBy('savedAt').reverse().offset(offset).limit(limit).toArray(),
        ]);
        return { total, tips: rows.map(toTip) };
      }
      const ids = await matchingIds(db, filters);
      if (ids.size <= SMALL_MATCH_SET) {
        const found = (await db.tips.bulkGet([...ids])).filter(present).sort(newestFirst);
        return { total: found.length, tips: found.slice(offset, offset + limit).map(toTip) };
      }
      // Many matches: take the page's ids in savedAt order from the index, then read only those rows.
      const page: string[] = [];
      let seen = 0;
      for (const id of await db.tips.orderBy('savedAt').reverse().primaryKeys()) {
        if (!ids.has(id)) continue;
        if (seen++ >= offset) page.push(id);
        if (page.length === limit) break;
      }
      return { total: ids.size, tips: (await db.tips.bulkGet(page)).filter(present).map(toTip) };
    }),
  );
}

/**
 * Rows read per step while building the index: a large library never sits in memory
 * whole, and a search typed meanwhile gets the main thread between steps.
 */
const INDEX_READ_CHUNK = 1000;

/**
 * Builds the in-memory search index from one pass over the tips, in primary-key
 * chunks within one transaction (so it is a consistent snapshot). Run it inside a
 * Dexie liveQuery to have it rebuilt whenever tips change.
 */
export async function loadSearchIndex(db: SpoonbookDb): Promise<SearchIndex> {
  return withReopen(db, () =>
    db.transaction('r', db.tips, async () => {
      const entries: IndexedTip[] = [];
      let last: string | undefined;
      for (;;) {
        const rows = await (last === undefined ? db.tips.orderBy(':id') : db.tips.where(':id').above(last)).limit(INDEX_READ_CHUNK).toArray();
        for (const row of rows) entries.push(indexedTip(row));
        if (rows.length < INDEX_READ_CHUNK) break;
        last = rows[rows.length - 1]!.id;
      }
      return new SearchIndex(entries);
    }),
  );
}

export interface FacetValues {
  tags: string[];
  conditions: string[];
  sites: string[];
  supportTypes: SupportType[];
  statuses: VerificationStatus[];
}

const byName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

/** The values in use, for the filter drop-downs (read from the indexes, not the rows). */
export async function facetValues(db: SpoonbookDb): Promise<FacetValues> {
  return withReopen(db, () =>
    db.transaction('r', db.tips, async () => {
      const keys = (index: string) => db.tips.orderBy(index).uniqueKeys().then((values) => values.map(String).sort(byName));
      const [tags, conditions, sites, supportTypes, statuses] = await Promise.all([
        keys('tags'),
        keys('conditions'),
        keys('site'),
        keys('supportType'),
        keys('verification.status'),
      ]);
      return {
        tags,
        conditions,
        sites,
        supportTypes: supportTypes as SupportType[],
        statuses: statuses as VerificationStatus[],
      };
    }),
  );
}
