// compromise as the reference NLP library: people, places and organisations
// with character offsets, mapped to our kinds.
import nlp from 'compromise';
import type { PredictedSpan } from './score';

interface OffsetTerm {
  text: string;
  offset: { start: number; length: number };
}

// compromise includes edge punctuation ("Leeds,") in its offsets.
const LEADING = /^[\s"'(),.:;?![\]{}]+/;
const TRAILING = /[\s"'(),.:;?![\]{}]+$/;

function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  const slice = text.slice(start, end);
  const lead = LEADING.exec(slice)?.[0].length ?? 0;
  const trail = TRAILING.exec(slice.slice(lead))?.[0].length ?? 0;
  if (lead + trail >= slice.length) return null;
  return { start: start + lead, end: end - trail };
}

export function compromiseFindings(text: string): PredictedSpan[] {
  const doc = nlp(text);
  const out: PredictedSpan[] = [];
  const groups: Array<[string, OffsetTerm[]]> = [
    ['PERSON', doc.people().json({ offset: true }) as OffsetTerm[]],
    ['LOCATION', doc.places().json({ offset: true }) as OffsetTerm[]],
    ['ORGANIZATION', doc.organizations().json({ offset: true }) as OffsetTerm[]],
  ];
  for (const [kind, terms] of groups) {
    for (const t of terms) {
      const span = trimmed(text, t.offset.start, t.offset.start + t.offset.length);
      if (span) out.push({ ...span, kind });
    }
  }
  return out;
}
