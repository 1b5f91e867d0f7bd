/**
 * Dexie's liveQuery as a Preact hook: the value re-runs whenever the tables it
 * read change, in this page or any other extension page or the background
 * (Dexie forwards changes between them over a BroadcastChannel).
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

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
  useEffect(() => {
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
