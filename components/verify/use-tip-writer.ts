/**
 * Keeps one tip in step with the library while the person edits it: changes show
 * at once, writes go to IndexedDB one after another (so quick taps can't
 * overwrite each other), and a failed write shows its reason and puts back what
 * is really stored.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { LibraryError, getTip, updateTip, type SpoonbookDb, type Tip, type TipPatch } from '@/utils/library';

const FALLBACK_ERROR = "Spoonbook couldn't save that just now. Please try again.";

export function errorMessage(error: unknown): string {
  return error instanceof LibraryError ? error.message : FALLBACK_ERROR;
}

export function useTipWriter(db: SpoonbookDb, tip: Tip) {
  const [current, setCurrent] = useState(tip);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(tip);
  const pending = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const adopt = (next: Tip) => {
    latest.current = next;
    setCurrent(next);
  };

  // A newer stored copy from the parent (another view, the background) wins, unless our own writes are still going.
  useEffect(() => {
    const known = latest.current;
    if (tip.id !== known.id || (pending.current === 0 && tip.updatedAt > known.updatedAt)) adopt(tip);
  }, [tip]);

  /** Shows `optimistic` now (if given) and stores `patch`. Resolves to the stored tip, or null after an error. */
  const write = async (patch: TipPatch, optimistic?: Tip): Promise<Tip | null> => {
    const id = tip.id;
    if (optimistic) adopt(optimistic);
    pending.current += 1;
    const run = queue.current.then(() => updateTip(db, id, patch));
    queue.current = run.catch(() => undefined);
    try {
      const saved = await run;
      pending.current -= 1;
      if (pending.current === 0) adopt(saved);
      setError(null);
      return saved;
    } catch (failure) {
      pending.current -= 1;
      setError(errorMessage(failure));
      const stored = await getTip(db, id).catch(() => undefined);
      if (stored && pending.current === 0) adopt(stored);
      return null;
    }
  };

  return { current, latest, write, error, setError };
}
