// Detectors overlap ("Leeds" inside "Leeds General Infirmary", a card number
// that is also phone-shaped). Keep one finding per stretch of text: the most
// serious, then the surest, then the longest.
import type { Candidate, Severity } from './types';

const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/**
 * Severity first; then how sure the detector is, with a bonus for length so an
 * address wins over the postcode inside it and a full name over its first name.
 */
function weight(c: Candidate): number {
  return c.confidence + Math.min(c.end - c.start, 60) / 100;
}

function better(a: Candidate, b: Candidate): number {
  if (a.kind === 'PERSONAL_TERM' && b.kind !== 'PERSONAL_TERM') return -1;
  if (b.kind === 'PERSONAL_TERM' && a.kind !== 'PERSONAL_TERM') return 1;
  if (a.structural !== b.structural) return a.structural ? -1 : 1;
  const bySeverity = SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
  if (bySeverity !== 0) return bySeverity;
  const byWeight = weight(b) - weight(a);
  if (byWeight !== 0) return byWeight;
  // Fixed tie-breaks keep the result the same whatever order detectors ran in.
  return a.start - b.start || a.kind.localeCompare(b.kind);
}

/** Move an offset off the middle of a surrogate pair, so spans never split an emoji or symbol. */
export function snapToCodePoint(text: string, i: number, direction: -1 | 1): number {
  if (i <= 0 || i >= text.length) return Math.max(0, Math.min(text.length, i));
  const here = text.charCodeAt(i);
  const prev = text.charCodeAt(i - 1);
  const splitsPair = here >= 0xdc00 && here <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff;
  return splitsPair ? i + direction : i;
}

export function resolveOverlaps(text: string, candidates: readonly Candidate[]): Candidate[] {
  const sorted: Candidate[] = [];
  for (const c of candidates) {
    const start = snapToCodePoint(text, c.start, -1);
    const end = snapToCodePoint(text, c.end, 1);
    if (end <= start || start < 0 || end > text.length) continue;
    sorted.push(start === c.start && end === c.end ? c : { ...c, start, end });
  }
  sorted.sort(better);
  // Kept spans stay sorted by start, so each check looks at two neighbours only.
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid] as Candidate).start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if (prev && prev.end > c.start) continue;
    if (next && next.start < c.end) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}
