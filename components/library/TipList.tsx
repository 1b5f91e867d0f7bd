/**
 * The list of tips, windowed: only the rows on screen (plus a few either side)
 * are in the page, so 10,000 tips scroll as smoothly as 10. Rows have one fixed
 * height, set in CSS in em (so it grows with the person's text size) and read
 * back from a probe element. Arrow keys, Page Up/Down, Home and End move
 * between rows; only one row is a Tab stop.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Tip } from '@/utils/library';
import { LoadingRow, TipRow, type RowPosition } from './TipRow';

/** Used until the probe can be measured (and in test DOMs without layout). */
const DEFAULT_ROW_HEIGHT = 128;
const DEFAULT_VIEW_HEIGHT = 600;
/** Rows rendered beyond each edge of the visible area, so short scrolls show no gaps. */
const OVERSCAN = 4;

export interface TipWindow {
  /** Index of tips[0] within the whole result. */
  offset: number;
  tips: Tip[];
}

export interface TipListProps {
  total: number;
  window: TipWindow;
  /** True while the results shown are for an earlier search. */
  busy: boolean;
  initialScrollTop: number;
  /** A tip to focus when the list appears (coming back from its detail view). */
  focusId?: string;
  /** Changes whenever the search or filters change: the list goes back to the top. */
  resetKey: string;
  onRangeChange: (first: number, last: number) => void;
  onScroll: (top: number) => void;
  onOpen: (id: string) => void;
}

const NAV_KEYS = ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'];

export function TipList(props: TipListProps) {
  const { total, window: data } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const probeRef = useRef<HTMLDivElement>(null);
  const [rowHeight, setRowHeight] = useState(DEFAULT_ROW_HEIGHT);
  const [viewHeight, setViewHeight] = useState(DEFAULT_VIEW_HEIGHT);
  const [scrollTop, setScrollTop] = useState(props.initialScrollTop);
  const [activeIndex, setActiveIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const resetKey = useRef(props.resetKey);
  const frame = useRef(0);

  const tipAt = (index: number): Tip | undefined => data.tips[index - data.offset];

  // Measure the row height from CSS and the box's own height, now and when the panel is resized.
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => {
      const probe = probeRef.current?.getBoundingClientRect().height ?? 0;
      if (probe > 0) setRowHeight(Math.round(probe));
      if (box.clientHeight > 0) setViewHeight(box.clientHeight);
    };
    measure();
    box.scrollTop = props.initialScrollTop;
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(box);
    return () => {
      observer?.disconnect();
      cancelAnimationFrame(frame.current);
    };
    // Mount only: later scrolling is the person's.
  }, []);

  // A new search starts at the top.
  useLayoutEffect(() => {
    if (resetKey.current === props.resetKey) return;
    resetKey.current = props.resetKey;
    if (boxRef.current) boxRef.current.scrollTop = 0;
    setScrollTop(0);
    setActiveIndex(0);
  }, [props.resetKey]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(total - 1, Math.ceil((scrollTop + viewHeight) / rowHeight) + OVERSCAN);

  useEffect(() => {
    props.onRangeChange(first, last);
  }, [first, last]);

  // Coming back from a tip: focus its row if it is still in the list.
  useEffect(() => {
    if (!props.focusId) return;
    const local = data.tips.findIndex((tip) => tip.id === props.focusId);
    if (local >= 0) {
      setActiveIndex(data.offset + local);
      pendingFocus.current = data.offset + local;
    }
  }, []);

  // Focus follows the keyboard once the row is on screen and loaded.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const button = boxRef.current?.querySelector<HTMLButtonElement>(`button[data-index="${pendingFocus.current}"]`);
    if (button) {
      button.focus();
      pendingFocus.current = null;
    }
  });

  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const top = boxRef.current?.scrollTop ?? 0;
      setScrollTop(top);
      props.onScroll(top);
    });
  };

  const moveTo = (index: number) => {
    const box = boxRef.current;
    const target = Math.max(0, Math.min(total - 1, index));
    setActiveIndex(target);
    pendingFocus.current = target;
    if (!box) return;
    // Rows next to the screen are already rendered (overscan): focus now, so fast repeated keys all count.
    const ready = box.querySelector<HTMLButtonElement>(`button[data-index="${target}"]`);
    if (ready) {
      ready.focus();
      pendingFocus.current = null;
    }
    let top = box.scrollTop;
    if (target * rowHeight < top) top = target * rowHeight;
    else if ((target + 1) * rowHeight > top + viewHeight) top = (target + 1) * rowHeight - viewHeight;
    if (top !== box.scrollTop) {
      box.scrollTop = top;
      setScrollTop(top);
      props.onScroll(top);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!NAV_KEYS.includes(event.key) || !(event.target instanceof HTMLElement) || !event.target.dataset.index) return;
    // A key pressed before focus caught up with the last one continues from where it is going.
    const current = pendingFocus.current ?? Number(event.target.dataset.index);
    const page = Math.max(1, Math.floor(viewHeight / rowHeight) - 1);
    const next: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: total - 1,
    };
    event.preventDefault();
    moveTo(next[event.key] ?? current);
  };

  const onFocusIn = (event: FocusEvent) => {
    const index = (event.target as HTMLElement | null)?.dataset?.index;
    if (index !== undefined) setActiveIndex(Number(index));
  };

  const loaded: number[] = [];
  for (let index = first; index <= last; index++) if (tipAt(index)) loaded.push(index);
  const tabStop = loaded.includes(activeIndex) ? activeIndex : loaded[0];

  const rows = [];
  for (let index = first; index <= last; index++) {
    const position: RowPosition = { index, setSize: total, top: index * rowHeight, height: rowHeight };
    const tip = tipAt(index);
    rows.push(
      tip ? (
        <TipRow key={tip.id} tip={tip} position={position} focusable={index === tabStop} onOpen={props.onOpen} />
      ) : (
        <LoadingRow key={`loading-${index}`} position={position} />
      ),
    );
  }

  return (
    <div class="tip-list-box" ref={boxRef} onScroll={onScroll} style={{ height: `${Math.max(1, total) * rowHeight}px` }}>
      <div class="tip-row-probe" ref={probeRef} aria-hidden="true" />
      <ul
        class="tip-list"
        role="list"
        aria-label="Saved tips"
        aria-busy={props.busy ? 'true' : 'false'}
        style={{ height: `${total * rowHeight}px` }}
        onKeyDown={onKeyDown}
        onFocusIn={onFocusIn}
      >
        {rows}
      </ul>
    </div>
  );
}
