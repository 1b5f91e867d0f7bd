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
  if (Boolean(a.structural) !== Boolean(b.structural)) return a.structural ? -1 : 1;
  const bySeverity = SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
  if (bySeverity !== 0) return bySeverity;
  const byWeight = weight(b) - weight(a);
  if (byWeight !== 0) return byWeight;
  // Fixed tie-breaks keep the result the same whatever order detectors ran in.
  return a.start - b.start || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}

/** Move an offset off the middle of a surrogate pair, so spans never split an emoji or symbol. */
export function snapToCodePoint(text: string, i: number, direction: -1 | 1): number {
  if (i <= 0 || i >= text.length) return Math.max(0, Math.min(text.length, i));
  const here = text.charCodeAt(i);
  const prev = text.charCodeAt(i - 1);
  const splitsPair = here >= 0xdc00 && here <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff;
  return splitsPair ? i + direction : i;
}

/** Keep the best candidates of one overlapping cluster that do not overlap each other. */
function resolveCluster(cluster: Candidate[], out: Candidate[]): void {
  if (cluster.length === 1) {
    out.push(cluster[0] as Candidate);
    return;
  }
  cluster.sort(better);
  const kept: Candidate[] = [];
  for (const c of cluster) {
    let clear = true;
    for (const k of kept) {
      if (k.start < c.end && c.start < k.end) {
        clear = false;
        break;
      }
    }
    if (clear) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  for (const c of kept) out.push(c);
}

export function resolveOverlaps(text: string, candidates: readonly Candidate[]): Candidate[] {
  const spans: Candidate[] = [];
  for (const c of candidates) {
    const start = snapToCodePoint(text, c.start, -1);
    const end = snapToCodePoint(text, c.end, 1);
    if (end <= start || start < 0 || end > text.length) continue;
    spans.push(start === c.start && end === c.end ? c : { ...c, start, end });
  }
  // Greedy choice, best first, among candidates that overlap one another. Candidates in separate
  // clusters never compete, so each cluster (usually one or two spans) is settled on its own:
  // the same result as one global pass, without sorting a 1 MB paste's thousands of spans by weight.
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  for (const c of spans) {
    if (c.start >= clusterEnd && cluster.length > 0) {
      resolveCluster(cluster, kept);
      cluster = [];
    }
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  if (cluster.length > 0) resolveCluster(cluster, kept);
  return kept;
}
