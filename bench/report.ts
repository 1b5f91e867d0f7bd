// Plain-text tables for the disclosure bench, and the target checks.
import type { BundleSize } from './bundle-size';
import { mostCommon, type CorpusScore, type Example } from './evaluate';
import type { Prf } from './score';
import type { PasteTiming, Throughput } from './timing';

export function pct(x: number): string {
  return Number.isNaN(x) ? '   –  ' : `${(x * 100).toFixed(1).padStart(5)}%`;
}

function num(x: number, digits = 1): string {
  return Number.isNaN(x) ? '–' : x.toFixed(digits);
}

export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function prfRow(label: string, p: Prf): string[] {
  return [label, pct(p.precision), pct(p.recall), pct(p.f1), String(p.predicted), String(p.gold)];
}

export function corpusTable(s: CorpusScore): string {
  const rows = Object.entries(s.kindMatch.perKind).map(([k, p]) => prfRow(k, p));
  rows.push(prfRow('ALL (kind must match)', s.kindMatch.overall));
  rows.push(prfRow('ALL (any kind)', s.anyKind.overall));
  const lines = [
    `== ${s.name}: ${s.documents} documents ==`,
    table(['kind', 'precision', 'recall', 'F1', 'found', 'gold'], rows),
    `clean documents flagged: ${s.cleanFlagged}/${s.cleanDocuments} (${pct(s.cleanFlagRate).trim()})`,
  ];
  if (s.direct) {
    const d = s.direct;
    lines.push(
      `direct identifiers: recall ${pct(d.recallAnyKind.recall).trim()} any kind, ${pct(d.recallKindMatch.recall).trim()} kind must match ` +
        `(${d.recallAnyKind.gold} spans); precision ${pct(d.precisionDirectKinds).trim()} of direct-kind findings, ` +
        `${pct(d.precisionAllFindings).trim()} of all findings`,
    );
  }
  return lines.join('\n');
}

export function throughputRow(label: string, t: Throughput): string[] {
  return [label, String(t.documents), String(t.chars), num(t.totalMs, 0), num(t.charsPerMs, 0), num(t.p95Ms, 2), num(t.maxMs, 1)];
}

export const THROUGHPUT_HEADERS = ['detector / corpus', 'docs', 'chars', 'total ms', 'chars/ms', 'p95 ms/doc', 'max ms'];

export interface TargetCheck {
  target: string;
  measured: string;
  pass: boolean;
}

export interface TargetInputs {
  presidio: CorpusScore;
  wnut: CorpusScore;
  forum: CorpusScore;
  /** The sets written blind to the engine (bench/heldout-sets.ts), each with its label, oldest first. */
  heldout: ReadonlyArray<{ label: string; score: CorpusScore }>;
  speedRatio: number;
  paste: PasteTiming;
  size: BundleSize;
}

export const SIZE_LIMIT_BYTES = 150_000;

/** The three forum targets on another set of drafts (the held-out one). */
function forumChecks(label: string, s: CorpusScore): TargetCheck[] {
  const recall = s.direct?.recallAnyKind.recall ?? Number.NaN;
  const precision = s.direct?.precisionDirectKinds ?? Number.NaN;
  return [
    { target: `${label}: direct identifiers found ≥ 95 %`, measured: pct(recall), pass: recall >= 0.95 },
    { target: `${label}: direct-identifier precision ≥ 85 %`, measured: pct(precision), pass: precision >= 0.85 },
    { target: `${label}: clean drafts flagged ≤ 10 %`, measured: pct(s.cleanFlagRate), pass: s.cleanFlagRate <= 0.1 },
  ];
}

export function checkTargets(t: TargetInputs): TargetCheck[] {
  const d = t.forum.direct;
  const directRecall = d?.recallAnyKind.recall ?? Number.NaN;
  const directPrecision = d?.precisionDirectKinds ?? Number.NaN;
  return [
    { target: 'presidio-synth F1 ≥ 85 % (kind must match)', measured: pct(t.presidio.kindMatch.overall.f1), pass: t.presidio.kindMatch.overall.f1 >= 0.85 },
    { target: 'wnut17 F1 ≥ 75 % (kind must match)', measured: pct(t.wnut.kindMatch.overall.f1), pass: t.wnut.kindMatch.overall.f1 >= 0.75 },
    { target: 'forum direct identifiers found ≥ 95 %', measured: pct(directRecall), pass: directRecall >= 0.95 },
    { target: 'forum direct-identifier precision ≥ 85 %', measured: pct(directPrecision), pass: directPrecision >= 0.85 },
    { target: 'forum clean drafts flagged ≤ 10 %', measured: pct(t.forum.cleanFlagRate), pass: t.forum.cleanFlagRate <= 0.1 },
    ...t.heldout.flatMap((h) => forumChecks(h.label, h.score)),
    { target: 'throughput ≥ 4× compromise', measured: `${num(t.speedRatio)}×`, pass: t.speedRatio >= 4 },
    { target: '1 MB paste < 200 ms (median of 5)', measured: `${num(t.paste.medianMs, 0)} ms (max ${num(t.paste.maxMs, 0)})`, pass: t.paste.medianMs < 200 },
    { target: 'detector + data ≤ 150 KB minified', measured: `${(t.size.bytes / 1000).toFixed(1)} KB (${(t.size.gzipBytes / 1000).toFixed(1)} KB gzip)`, pass: t.size.bytes <= SIZE_LIMIT_BYTES },
  ];
}

export function targetsTable(checks: readonly TargetCheck[]): string {
  return table(['target', 'measured', ''], checks.map((c) => [c.target, c.measured.trim(), c.pass ? 'PASS' : 'MISS']));
}

function exampleLines(title: string, examples: readonly Example[], n: number): string[] {
  const top = mostCommon(examples, n);
  const byKind = new Map<string, number>();
  for (const e of examples) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  const kinds = [...byKind.entries()].sort((a, b) => b[1] - a[1]).map(([k, c]) => `${k} ${c}`).join(', ');
  return [
    `${title}: ${examples.length}${kinds ? ` (${kinds})` : ''}`,
    ...top.map(({ count, example: e }) => `  ${count > 1 ? `${count}× ` : ''}${e.kind.padEnd(13)} ${e.id.padEnd(15)} ${e.context}`),
  ];
}

/** The forum-set misses and false alarms, most common first; `n` per section. */
export function missReport(s: CorpusScore, n: number): string {
  return [
    ...exampleLines('Missed (no finding touched the gold span)', s.misses, n),
    '',
    ...exampleLines('False alarms (finding touched no gold span)', s.falseAlarms, n),
    '',
    ...exampleLines('Wrong kind (touched a gold span of another kind)', s.wrongKind, n),
    '',
    `Clean drafts flagged: ${s.flaggedCleanIds.join(', ') || 'none'}`,
  ].join('\n');
}
