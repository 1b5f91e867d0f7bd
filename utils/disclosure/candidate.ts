// Shorthands for the candidates the detectors build most often. Each object literal repeated its
// field names, and the detector ships in the content script, where every byte is loaded.
import type { Candidate, FindingKind, QuasiFacet, Severity } from './types';

/** A town, street or neighbourhood tied to the writer. */
export function placeAt(start: number, end: number, confidence: number, severity: Severity = 'medium', facet: QuasiFacet = 'town', detail: string | undefined = 'town', structural?: boolean): Candidate {
  const c: Candidate = { start, end, kind: 'LOCATION', severity, confidence, facet, detail };
  if (structural) c.structural = true;
  return c;
}

/** A person's name; `detail` picks the reason shown ('own name', 'first name', 'full name'…). */
export function personAt(start: number, end: number, severity: Severity, confidence: number, detail: string): Candidate {
  return { start, end, kind: 'PERSON', severity, confidence, detail };
}

/** Any other candidate; `more` carries the optional fields (facet, detail, structural). */
export function candidateOf(kind: FindingKind, start: number, end: number, severity: Severity, confidence: number, more?: Partial<Candidate>): Candidate {
  return { start, end, kind, severity, confidence, ...more };
}
