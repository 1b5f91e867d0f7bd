// The forum drafts are written with inline labels, `I'm {{PERSON|Sarah}}`,
// because hand-counted offsets rot the moment a sentence is edited. This
// turns one marked-up draft into plain text plus UTF-16 spans.

export const CORPUS_LABELS = [
  'PERSON', 'EMAIL', 'PHONE', 'ADDRESS', 'POSTCODE', 'DATE', 'DOB', 'ID_NUMBER', 'LOCATION',
  'ORGANIZATION', 'URL', 'HANDLE', 'CARD', 'IBAN', 'IP', 'AGE', 'OTHER',
] as const;

export type CorpusLabel = (typeof CORPUS_LABELS)[number];

export interface LabelledSpan {
  start: number;
  end: number;
  label: CorpusLabel;
}

export interface LabelledText {
  text: string;
  spans: LabelledSpan[];
}

const MARK = /\{\{([A-Z_]+)\|([^{}|]+)\}\}/g;

function isLabel(s: string): s is CorpusLabel {
  return (CORPUS_LABELS as readonly string[]).includes(s);
}

/**
 * Parse `{{LABEL|shown text}}` marks. Throws on unknown labels, unbalanced
 * braces, and spans with edge whitespace, so a typo in a draft fails loudly
 * instead of producing a silently wrong gold span.
 */
export function parseMarkup(source: string): LabelledText {
  let text = '';
  const spans: LabelledSpan[] = [];
  let last = 0;
  for (const m of source.matchAll(MARK)) {
    const [whole, label = '', shown = ''] = m;
    if (!isLabel(label)) throw new Error(`Unknown label ${label} in: ${source}`);
    if (shown.trim() !== shown) throw new Error(`Span has edge whitespace: "${shown}"`);
    text += source.slice(last, m.index);
    const start = text.length;
    text += shown;
    spans.push({ start, end: text.length, label });
    last = m.index + whole.length;
  }
  text += source.slice(last);
  if (text.includes('{{') || text.includes('}}')) throw new Error(`Unbalanced mark in: ${source}`);
  return { text, spans };
}
