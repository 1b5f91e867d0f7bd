/**
 * Marks findings in the page without touching the editor's DOM.
 * Contenteditable editors: the CSS Custom Highlight API, under a neutral random
 * name (the registry is readable by the page), registered only while a composer
 * has focus and findings. Textareas (and browsers without the API): a mirror of
 * the text, drawn under our closed shadow root exactly over the field.
 */
import type { DraftTextMap } from './text';
import { rangeForOffsets } from './text';

export interface Mark {
  start: number;
  end: number;
  severity: 'high' | 'medium' | 'low';
}

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}

type HighlightCtor = new (...ranges: Range[]) => unknown;

export class PageHighlighter {
  readonly names: Record<Mark['severity'], string>;
  private registry: HighlightRegistry | null;
  private Highlight: HighlightCtor | null;
  private styled = false;

  constructor(private readonly win: Window & typeof globalThis) {
    const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
    this.registry = css?.highlights ?? null;
    this.Highlight = ((win as unknown as { Highlight?: HighlightCtor }).Highlight ?? null);
    const id = Math.random().toString(36).slice(2, 8);
    this.names = { high: `h${id}a`, medium: `h${id}b`, low: `h${id}c` };
  }

  get supported(): boolean {
    return this.registry !== null && this.Highlight !== null;
  }

  /** ::highlight() rules must live in the page's own styles. */
  private ensureStyles(): void {
    if (this.styled) return;
    this.styled = true;
    const rules =
      `::highlight(${this.names.high}){background-color:rgba(255,170,0,.35);text-decoration:underline wavy #b34700;text-decoration-thickness:2px}` +
      `::highlight(${this.names.medium}){background-color:rgba(255,210,80,.28);text-decoration:underline wavy #8a6d00}` +
      `::highlight(${this.names.low}){text-decoration:underline dotted #6b6b6b}`;
    const doc = this.win.document;
    try {
      const sheet = new this.win.CSSStyleSheet();
      sheet.replaceSync(rules);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      // Firefox content scripts can't always adopt sheets across worlds; a plain style element works.
      const style = doc.createElement('style');
      style.textContent = rules;
      (doc.head ?? doc.documentElement).append(style);
    }
  }

  show(map: DraftTextMap, marks: readonly Mark[]): void {
    if (!this.registry || !this.Highlight) return;
    this.ensureStyles();
    for (const severity of ['high', 'medium', 'low'] as const) {
      const ranges = marks
        .filter((mark) => mark.severity === severity)
        .map((mark) => rangeForOffsets(map, mark.start, mark.end, this.win.document))
        .filter((range): range is Range => range !== null);
      if (ranges.length) this.registry.set(this.names[severity], new this.Highlight(...ranges));
      else this.registry.delete(this.names[severity]);
    }
  }

  clear(): void {
    if (!this.registry) return;
    for (const name of Object.values(this.names)) this.registry.delete(name);
  }
}

const MIRRORED_STYLES = [
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight', 'textTransform',
  'wordSpacing', 'textIndent', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'boxSizing', 'tabSize', 'direction',
] as const;

/**
 * A copy of a textarea's text, laid out identically, with findings wrapped in
 * <mark>s; the copy's text is transparent so only the marks show over the field.
 * Built from text nodes only: the draft is never parsed as HTML.
 */
export function renderMirror(layer: HTMLElement, field: HTMLTextAreaElement | HTMLInputElement, marks: readonly Mark[]): void {
  const doc = layer.ownerDocument;
  const view = doc.defaultView;
  const rect = field.getBoundingClientRect();
  const computed = view?.getComputedStyle(field);
  const style = layer.style;
  style.position = 'fixed';
  style.left = `${rect.left}px`;
  style.top = `${rect.top}px`;
  style.width = `${rect.width}px`;
  style.height = `${rect.height}px`;
  style.overflow = 'hidden';
  style.pointerEvents = 'none';
  style.whiteSpace = field.tagName === 'TEXTAREA' ? 'pre-wrap' : 'pre';
  style.overflowWrap = 'break-word';
  style.color = 'transparent';
  style.borderStyle = 'solid';
  style.borderColor = 'transparent';
  style.margin = '0';
  if (computed) for (const key of MIRRORED_STYLES) style[key] = computed[key];

  const inner = doc.createElement('div');
  const text = field.value;
  let cursor = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    if (mark.start < cursor) continue;
    inner.append(doc.createTextNode(text.slice(cursor, mark.start)));
    const el = doc.createElement('mark');
    el.className = `sb-mark sb-${mark.severity}`;
    el.textContent = text.slice(mark.start, mark.end);
    inner.append(el);
    cursor = mark.end;
  }
  inner.append(doc.createTextNode(`${text.slice(cursor)}\u200b`));
  inner.style.transform = `translate(${-field.scrollLeft}px, ${-field.scrollTop}px)`;
  layer.replaceChildren(inner);
}
