// Read a draft as plain text and map string offsets back to the DOM.
//
// The draft guard scans a plain string, then needs DOM ranges for what it found
// (to highlight, or to select before replacing). Rich editors (Lexical,
// ProseMirror, CKEditor, Froala) keep the draft in text nodes split across
// <p>/<span>/<br>, so we walk the editor's DOM once, build the string and keep
// a list of text runs: each run says which slice of the string came from which
// text node. Synthetic characters (newlines for <br> and block edges) belong to
// no node; a range that starts or ends on one snaps to the nearest real text.
//
// Pure: takes elements, never touches a global document or window.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start a new line when rendered (a subset of CSS display:block/list-item/table parts). */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);

/** Never part of what a person wrote or reads. */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** One slice of the draft string that came from one text node. */
export interface TextRun {
  /** Offset in the draft string where this run starts (UTF-16 code units). */
  readonly start: number;
  /** Offset in the draft string where this run ends (exclusive). */
  readonly end: number;
  readonly node: Text;
  /** Offset inside `node.data` that corresponds to `start`. */
  readonly nodeOffset: number;
}

/** How offsets in a draft string relate to the editor. */
export type DraftTextMap =
  | {
      /** A <textarea> or <input>: offsets are offsets into `.value` (use setSelectionRange/setRangeText). */
      readonly kind: 'value';
      readonly element: HTMLTextAreaElement | HTMLInputElement;
      readonly text: string;
    }
  | {
      /** A contenteditable editor: offsets map to text nodes through `runs` (sorted by `start`). */
      readonly kind: 'dom';
      readonly root: Element;
      readonly text: string;
      readonly runs: readonly TextRun[];
    };

export interface DraftText {
  readonly text: string;
  readonly map: DraftTextMap;
}

/** A point in the DOM, as used by Range.setStart/setEnd. */
export interface DomPoint {
  readonly node: Node;
  readonly offset: number;
}

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

/** Newlines wanted before the next text when leaving/entering this element (2 for <p>, as innerText does). */
function blockBreaks(el: Element): number {
  return el.tagName === 'P' ? 2 : 1;
}

/**
 * Read what the person has written in `el` (a textarea/input, or the root of a
 * contenteditable editor). For contenteditable the text follows the rendered
 * lines: <br> is "\n", a block edge is "\n" ("\n\n" around <p>), and a <br>
 * that is the last thing in its block adds nothing (browsers draw no extra line
 * for it; Lexical and ProseMirror add one to keep empty lines open).
 */
export function readDraftText(el: Element): DraftText {
  if (isTextField(el)) {
    const text = el.value;
    return { text, map: { kind: 'value', element: el, text } };
  }

  const runs: TextRun[] = [];
  let text = '';
  // Newlines owed because a block started or ended; collapsed (max), emitted before the next text.
  let pendingBlock = 0;
  // <br>s seen since the last text; the last one is dropped if its block ends first.
  let pendingBr = 0;

  const flushBreaks = (): void => {
    const brs = pendingBr;
    const owed = text.length === 0 ? brs : pendingBlock + brs;
    if (owed > 0) text += '\n'.repeat(owed);
    pendingBlock = 0;
    pendingBr = 0;
  };

  const requestBlockBreak = (count: number): void => {
    if (text.length === 0 && pendingBr === 0) return; // no leading newlines
    pendingBlock = Math.max(pendingBlock, count);
  };

  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      flushBreaks();
      runs.push({ start: text.length, end: text.length + data.length, node: node as Text, nodeOffset: 0 });
      text += data;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_ELEMENTS.has(tag)) return;
    if (tag === 'BR') {
      pendingBr += 1;
      return;
    }
    const isBlock = BLOCK_ELEMENTS.has(tag);
    if (isBlock) {
      // A trailing <br> inside the previous block is not a line of its own.
      requestBlockBreak(blockBreaks(element));
    }
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
    if (isBlock) {
      if (pendingBr > 0) pendingBr -= 1;
      requestBlockBreak(blockBreaks(element));
    }
  };

  for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
  // Breaks still pending here would only be trailing newlines: nothing to scan or highlight.

  return { text, map: { kind: 'dom', root: el, text, runs } };
}

/** Index of the first run whose end is > offset (binary search). */
function firstRunEndingAfter(runs: readonly TextRun[], offset: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((runs[mid] as TextRun).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The DOM point for a string offset. `forward` (for a range start) prefers the
 * start of the following text when the offset sits on a run boundary or a
 * synthetic newline; `backward` (for a range end) prefers the end of the
 * preceding text. Keeping both ends inside text nodes gives the tight,
 * single-node selections that editors handle best.
 */
export function domPointAt(map: DraftTextMap, offset: number, affinity: 'forward' | 'backward'): DomPoint | null {
  if (map.kind !== 'dom' || map.runs.length === 0) return null;
  const runs = map.runs;
  const clamped = Math.max(0, Math.min(offset, map.text.length));
  if (affinity === 'forward') {
    const index = firstRunEndingAfter(runs, clamped);
    const run = runs[index];
    if (!run) {
      const last = runs[runs.length - 1] as TextRun;
      return { node: last.node, offset: last.nodeOffset + (last.end - last.start) };
    }
    if (clamped >= run.start) return { node: run.node, offset: run.nodeOffset + (clamped - run.start) };
    return { node: run.node, offset: run.nodeOffset };
  }
  // backward: the last run whose start is < offset
  const index = firstRunEndingAfter(runs, clamped - 1);
  const run = runs[index];
  if (run && clamped > run.start) {
    return { node: run.node, offset: run.nodeOffset + (Math.min(clamped, run.end) - run.start) };
  }
  const previous = runs[index - 1];
  if (previous) return { node: previous.node, offset: previous.nodeOffset + (previous.end - previous.start) };
  const first = runs[0] as TextRun;
  return { node: first.node, offset: first.nodeOffset };
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Widen [start, end) so it never cuts an emoji or other astral character in half. */
export function snapToCodePoints(text: string, start: number, end: number): [number, number] {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  if (s > 0 && isLowSurrogate(text.charCodeAt(s)) && isHighSurrogate(text.charCodeAt(s - 1))) s -= 1;
  if (e > 0 && e < text.length && isLowSurrogate(text.charCodeAt(e)) && isHighSurrogate(text.charCodeAt(e - 1))) e += 1;
  return [s, e];
}

/**
 * A live DOM Range covering draft offsets [start, end), for highlighting or for
 * selecting before a replacement. Returns null for textareas/inputs (their text
 * is not in the DOM: use the offsets with setSelectionRange/setRangeText), for
 * an empty editor, or when the editor has re-rendered and the mapped nodes are
 * gone (read the draft again and retry).
 */
export function rangeForOffsets(map: DraftTextMap, start: number, end: number, doc: Document): Range | null {
  if (map.kind !== 'dom') return null;
  const [s, e] = snapToCodePoints(map.text, start, end);
  const from = domPointAt(map, s, 'forward');
  const to = domPointAt(map, e, 'backward');
  if (!from || !to) return null;
  if (!map.root.contains(from.node) || !map.root.contains(to.node)) return null;
  if ((from.node as Text).data.length < from.offset || (to.node as Text).data.length < to.offset) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  if (range.collapsed) {
    // Only synthetic characters were covered (a newline between blocks): a caret where the next text starts.
    const caret = doc.createRange();
    caret.setStart(from.node, from.offset);
    caret.collapse(true);
    return caret;
  }
  return range;
}
