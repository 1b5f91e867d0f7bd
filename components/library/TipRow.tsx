import type { Tip } from '@/utils/library';
import { STATUS_WORDS, showDate, whereFrom } from './labels';

/** Enough text for two lines; CSS clamps the rest. Line breaks become spaces so the clamp works. */
function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 240 ? `${flat.slice(0, 240)}…` : flat;
}

export interface RowPosition {
  index: number;
  setSize: number;
  top: number;
  height: number;
}

/**
 * One tip in the list. The button carries the tip's opening words as its name
 * and stretches over the whole row (CSS), so the row is one big target while a
 * screen reader hears the words first and the details after.
 */
export function TipRow(props: { tip: Tip; position: RowPosition; focusable: boolean; onOpen: (id: string) => void }) {
  const { tip, position } = props;
  const status = tip.verification.status;
  return (
    <li
      class="tip-row"
      aria-setsize={position.setSize}
      aria-posinset={position.index + 1}
      data-tip-id={tip.id}
      style={{ top: `${position.top}px`, height: `${position.height}px` }}
    >
      <button
        type="button"
        class="tip-row-open"
        data-index={position.index}
        tabIndex={props.focusable ? 0 : -1}
        onClick={() => props.onOpen(tip.id)}
      >
        {snippet(tip.text)}
      </button>
      <p class="tip-row-meta">
        <span class={`tip-status tip-status-${status}`}>{STATUS_WORDS[status]}</span> · Saved {showDate(tip.savedAt, 'short')}
      </p>
      <p class="tip-row-meta">
        {whereFrom(tip)}
        {tip.tags.length > 0 && <span class="tip-row-tags"> · Tags: {tip.tags.join(', ')}</span>}
      </p>
    </li>
  );
}

/** A row whose tip is still loading (fast scrolling). Not focusable: there is nothing to open yet. */
export function LoadingRow(props: { position: RowPosition }) {
  const { position } = props;
  return (
    <li
      class="tip-row tip-row-loading"
      aria-setsize={position.setSize}
      aria-posinset={position.index + 1}
      style={{ top: `${position.top}px`, height: `${position.height}px` }}
    >
      <span class="muted">Loading…</span>
    </li>
  );
}
