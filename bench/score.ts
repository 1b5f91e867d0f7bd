// Span scoring for the disclosure bench. Pure: no I/O, no timing.
//
// Rules (the issue asks to "count a hit when spans overlap"):
// - A gold span is found when some counted prediction overlaps it (and, in
//   kind-match mode, has a compatible kind).
// - A prediction is correct when it overlaps some gold span (compatible kind
//   in kind-match mode). Several predictions on one gold span each count.
// - OTHER gold spans are "don't care": never missed, and a prediction that
//   touches only OTHER spans is not counted at all.
// - A prediction of a kind outside the corpus scope that touches no gold
//   span is not counted (the corpus simply does not annotate that kind).
// - Predictions whose kind the corpus lacks are folded first (DOB → DATE),
//   and ADDRESS/POSTCODE are compatible (a postcode is part of an address).

export interface GoldSpan {
  start: number;
  end: number;
  label: string;
}

export interface PredictedSpan {
  start: number;
  end: number;
  kind: string;
}

export type MatchMode = 'kind' | 'any';

/** Kinds to rename when the corpus has no label for them. */
const FOLDS: Readonly<Record<string, string>> = { DOB: 'DATE' };

/** Unordered pairs treated as the same thing for kind matching. */
const COMPATIBLE: ReadonlyArray<readonly [string, string]> = [['ADDRESS', 'POSTCODE']];

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function foldKind(kind: string, scope: ReadonlySet<string>): string {
  if (scope.has(kind)) return kind;
  return FOLDS[kind] ?? kind;
}

export function kindsCompatible(predicted: string, gold: string): boolean {
  if (predicted === gold) return true;
  return COMPATIBLE.some(([a, b]) => (a === predicted && b === gold) || (b === predicted && a === gold));
}

export interface Counts {
  /** gold spans per label */
  gold: Record<string, number>;
  /** gold spans found per label */
  found: Record<string, number>;
  /** counted predictions per (folded) kind */
  predicted: Record<string, number>;
  /** correct predictions per (folded) kind */
  correct: Record<string, number>;
}

export function emptyCounts(): Counts {
  return { gold: {}, found: {}, predicted: {}, correct: {} };
}

function bump(rec: Record<string, number>, key: string, by = 1): void {
  rec[key] = (rec[key] ?? 0) + by;
}

export function addCounts(into: Counts, from: Counts): Counts {
  for (const key of ['gold', 'found', 'predicted', 'correct'] as const) {
    for (const [k, v] of Object.entries(from[key])) bump(into[key], k, v);
  }
  return into;
}

export interface DocumentScore {
  counts: Counts;
  /** gold spans nobody found */
  misses: GoldSpan[];
  /** counted predictions that were wrong (kind is the folded kind) */
  falseAlarms: PredictedSpan[];
  /** the document has no gold span besides OTHER */
  clean: boolean;
  /** it has at least one counted prediction */
  flagged: boolean;
}

export function scoreDocument(
  gold: readonly GoldSpan[],
  predictions: readonly PredictedSpan[],
  scope: ReadonlySet<string>,
  mode: MatchMode,
): DocumentScore {
  const real = gold.filter((g) => g.label !== 'OTHER');
  const dontCare = gold.filter((g) => g.label === 'OTHER');
  const counts = emptyCounts();
  const falseAlarms: PredictedSpan[] = [];
  const foundGold = new Set<number>();
  let flagged = false;

  for (const p of predictions) {
    const kind = foldKind(p.kind, scope);
    const touched = real.map((g, i) => [g, i] as const).filter(([g]) => overlaps(p, g));
    if (touched.length === 0) {
      if (!scope.has(kind)) continue;
      if (dontCare.some((g) => overlaps(p, g))) continue;
    }
    flagged = true;
    bump(counts.predicted, kind);
    const matching = touched.filter(([g]) => mode === 'any' || kindsCompatible(kind, g.label));
    if (matching.length > 0) {
      bump(counts.correct, kind);
      for (const [, i] of matching) foundGold.add(i);
    } else {
      falseAlarms.push({ start: p.start, end: p.end, kind });
    }
  }

  const misses: GoldSpan[] = [];
  real.forEach((g, i) => {
    bump(counts.gold, g.label);
    if (foundGold.has(i)) bump(counts.found, g.label);
    else misses.push(g);
  });
  return { counts, misses, falseAlarms, clean: real.length === 0, flagged };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  /** denominators, so a reader can tell 1/1 from 900/1000 */
  predicted: number;
  gold: number;
}

function ratio(a: number, b: number): number {
  return b === 0 ? Number.NaN : a / b;
}

export function prf(correct: number, predicted: number, found: number, gold: number): Prf {
  const precision = ratio(correct, predicted);
  const recall = ratio(found, gold);
  // No predictions and no gold: undefined. One side empty: the other side
  // scored nothing useful, so F1 is 0.
  let f1: number;
  if (Number.isNaN(precision) && Number.isNaN(recall)) f1 = Number.NaN;
  else if (Number.isNaN(precision) || Number.isNaN(recall) || precision + recall === 0) f1 = 0;
  else f1 = (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, predicted, gold };
}

function sum(rec: Record<string, number>, keys?: ReadonlySet<string>): number {
  return Object.entries(rec).reduce((acc, [k, v]) => (keys && !keys.has(k) ? acc : acc + v), 0);
}

/** Micro-averaged P/R/F1 over every kind, or only over `kinds` when given. */
export function overall(counts: Counts, kinds?: ReadonlySet<string>): Prf {
  return prf(
    sum(counts.correct, kinds),
    sum(counts.predicted, kinds),
    sum(counts.found, kinds),
    sum(counts.gold, kinds),
  );
}

/** P/R/F1 for each kind seen either in gold or in predictions. */
export function perKind(counts: Counts): Record<string, Prf> {
  const kinds = new Set([...Object.keys(counts.gold), ...Object.keys(counts.predicted)]);
  const out: Record<string, Prf> = {};
  for (const k of [...kinds].sort()) {
    out[k] = prf(counts.correct[k] ?? 0, counts.predicted[k] ?? 0, counts.found[k] ?? 0, counts.gold[k] ?? 0);
  }
  return out;
}

/** Nearest-rank percentile of a list of numbers (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? hi) + hi) / 2;
}
