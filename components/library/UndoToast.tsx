/**
 * "Tip deleted — Undo". Stays for about ten seconds, and longer while the
 * pointer or keyboard focus is on it, so nobody loses the chance to undo by
 * reading slowly. The region is always in the page so screen readers announce it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Tip } from '@/utils/library';

export const UNDO_MS = 10_000;

export function UndoToast(props: { tip: Tip | null; onUndo: (tip: Tip) => void; onExpire: () => void }) {
  const { tip } = props;
  const [held, setHeld] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const regionRef = useRef<HTMLDivElement>(null);

  // The undo button takes focus: the detail view it was on has just gone.
  useEffect(() => {
    if (tip) buttonRef.current?.focus();
  }, [tip]);

  useEffect(() => {
    if (!tip || held) return;
    const timer = setTimeout(props.onExpire, UNDO_MS);
    return () => clearTimeout(timer);
  }, [tip, held]);

  const release = (event: FocusEvent) => {
    if (!regionRef.current?.contains(event.relatedTarget as Node | null)) setHeld(false);
  };

  return (
    <div
      role="status"
      class={tip ? 'undo-toast' : 'undo-toast-empty'}
      ref={regionRef}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocusIn={() => setHeld(true)}
      onFocusOut={release}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && tip) props.onExpire();
      }}
    >
      {tip && (
        <>
          <span>Tip deleted.</span>
          <button type="button" ref={buttonRef} onClick={() => props.onUndo(tip)}>
            Undo
          </button>
        </>
      )}
    </div>
  );
}
