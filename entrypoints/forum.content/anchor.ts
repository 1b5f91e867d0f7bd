/** Finds a saved passage on the page (text-quote), scrolls to it and marks it. */
import { findQuote, type TextQuote } from '@/utils/anchor/text-quote';
import { PageHighlighter } from '@/utils/editor/highlight';
import { rangeForOffsets, readDraftText } from '@/utils/editor/text';

let highlighter: PageHighlighter | null = null;

function isQuote(value: unknown): value is TextQuote {
  const q = value as TextQuote | null;
  return !!q && typeof q.exact === 'string' && typeof q.prefix === 'string' && typeof q.suffix === 'string' && q.exact.length <= 100_000;
}

export function showQuote(doc: Document, quote: unknown): boolean {
  if (!isQuote(quote) || !doc.body) return false;
  const page = readDraftText(doc.body);
  const match = findQuote(page.text, quote);
  if (!match) return false;
  highlighter ??= new PageHighlighter(doc.defaultView as Window & typeof globalThis);
  highlighter.show(page.map, [{ start: match.start, end: match.end, severity: 'medium' }]);
  rangeForOffsets(page.map, match.start, match.end, doc)?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  return true;
}
