/**
 * Dexie's liveQuery as a Preact hook: the value re-runs whenever the tables it
 * read change, in this page or any other extension page or the background
 * (Dexie forwards changes between them over a BroadcastChannel).
 */
import { liveQuery } from 'dexie';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SpoonbookDb } from '@/utils/library';
import { loadSearchIndex } from '@/utils/library/search';
import type { SearchIndex } from '@/utils/library/search-index';

export interface LiveResult<T> {
  /** The newest value, kept while a changed query loads so the screen doesn't flash. */
  value: T | undefined;
  /** The key the value was computed for; differs from the current key while loading. */
  loadedKey: string | undefined;
  error: unknown;
}

/**
 * Runs `querier` live. Change `key` whenever the query itself changes (not when
 * data does); pass `null` to run nothing yet (e.g. for a section that is closed).
 */
export function useLiveQuery<T>(querier: () => Promise<T>, key: string | null): LiveResult<T> {
  const [state, setState] = useState<LiveResult<T>>({ value: undefined, loadedKey: undefined, error: undefined });
  // A layout effect, not useEffect: Preact runs effects only after the next animation
  // frame, which would add up to a frame (~16 ms) to every search before it even starts.
  useLayoutEffect(() => {
    if (key === null) return;
    const subscription = liveQuery(querier).subscribe({
      next: (value) => setState({ value, loadedKey: key, error: undefined }),
      error: (error: unknown) => setState((previous) => ({ ...previous, loadedKey: key, error })),
    });
    return () => subscription.unsubscribe();
    // The key stands for everything the querier closes over.
  }, [key]);
  return state;
}

export interface LiveSearchIndex {
  /** Undefined until first built (search then reads IndexedDB directly). */
  index: SearchIndex | undefined;
  /** Goes up each time the index is rebuilt: put it in the list query's key so results follow. */
  generation: number;
}

/**
 * The library's in-memory search index, rebuilt whenever any tip changes (here,
 * in another extension page, or in the background). Pass `enabled: false` to hold
 * off the one full read, e.g. until the first page of tips is on screen.
 */
export function useSearchIndex(db: SpoonbookDb, enabled: boolean): LiveSearchIndex {
  const built = useLiveQuery(() => loadSearchIndex(db), enabled ? 'search-index' : null);
  const current = useRef<LiveSearchIndex>({ index: undefined, generation: 0 });
  if (built.value !== undefined && built.value !== current.current.index) {
    current.current = { index: built.value, generation: current.current.generation + 1 };
  }
  return current.current;
}
