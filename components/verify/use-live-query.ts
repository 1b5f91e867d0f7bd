/**
 * Re-runs a Dexie query whenever the tables it read change (in this page or, via
 * Dexie's cross-tab broadcast, in the background), so lists stay current
 * without a reload.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveResult<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: unknown };

export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ state: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ state: 'ready', value }),
      error: (error: unknown) => setResult({ state: 'error', error }),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on.
  }, deps);
  return result;
}
