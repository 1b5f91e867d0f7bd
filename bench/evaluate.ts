// Score one detector's predictions on one corpus, in both matching modes,
// and collect the concrete misses and false alarms for the report.
import type { Corpus } from './corpus';
import {
  addCounts, emptyCounts, overall, overlaps, perKind, scoreDocument,
  type Counts, type GoldSpan, type PredictedSpan, type Prf,
} from './score';

const ENTITY_KINDS: ReadonlySet<string> = new Set(['PERSON', 'LOCATION', 'ORGANIZATION']);

export interface Example {
  id: string;
  kind: string;
  text: string;
  context: string;
}

export interface DirectScore {
  recallAnyKind: Prf;
  recallKindMatch: Prf;
  /** Of the findings of direct kinds, how many touch some gold span. */
  precisionDirectKinds: number;
  /** Of all findings, how many touch some gold span. */
  precisionAllFindings: number;
}

export interface CorpusScore {
  name: string;
  documents: number;
  kindMatch: { overall: Prf; perKind: Record<string, Prf> };
  anyKind: { overall: Prf };
  /** Kind-match P/R/F1 over PERSON, LOCATION and ORGANIZATION only: what compromise also finds. */
  entities: Prf;
  cleanDocuments: number;
  cleanFlagged: number;
  cleanFlagRate: number;
  direct?: DirectScore;
  /** Gold spans no finding touched. */
  misses: Example[];
  /** Findings that touched no gold span. */
  falseAlarms: Example[];
  /** Findings that touched a gold span of another kind (kind-match mode only). */
  wrongKind: Example[];
  /** Clean documents that got a finding. */
  flaggedCleanIds: string[];
}

function example(id: string, text: string, span: { start: number; end: number }, kind: string): Example {
  const from = Math.max(0, span.start - 30);
  const to = Math.min(text.length, span.end + 30);
  const context = `${from > 0 ? '…' : ''}${text.slice(from, span.start)}[${text.slice(span.start, span.end)}]${text.slice(span.end, to)}${to < text.length ? '…' : ''}`;
  return { id, kind, text: text.slice(span.start, span.end), context: context.replace(/\s+/g, ' ') };
}

function goldLabelAt(gold: readonly GoldSpan[], p: PredictedSpan): string {
  return gold.filter((g) => g.label !== 'OTHER' && overlaps(g, p)).map((g) => g.label).join('/');
}

export function evaluateCorpus(corpus: Corpus, predictions: ReadonlyArray<readonly PredictedSpan[]>): CorpusScore {
  const strict: Counts = emptyCounts();
  const loose: Counts = emptyCounts();
  const misses: Example[] = [];
  const falseAlarms: Example[] = [];
  const wrongKind: Example[] = [];
  const flaggedCleanIds: string[] = [];
  let cleanDocuments = 0;

  corpus.docs.forEach((doc, i) => {
    const preds = predictions[i] ?? [];
    const s = scoreDocument(doc.spans, preds, corpus.scope, 'kind');
    const a = scoreDocument(doc.spans, preds, corpus.scope, 'any');
    addCounts(strict, s.counts);
    addCounts(loose, a.counts);
    if (a.clean) {
      cleanDocuments++;
      if (a.flagged) flaggedCleanIds.push(doc.id);
    }
    for (const m of a.misses) misses.push(example(doc.id, doc.text, m, m.label));
    for (const f of a.falseAlarms) falseAlarms.push(example(doc.id, doc.text, f, f.kind));
    for (const f of s.falseAlarms) {
      const gold = goldLabelAt(doc.spans, f);
      if (gold) wrongKind.push(example(doc.id, doc.text, f, `${f.kind} (gold ${gold})`));
    }
  });

  const result: CorpusScore = {
    name: corpus.name,
    documents: corpus.docs.length,
    kindMatch: { overall: overall(strict), perKind: perKind(strict) },
    anyKind: { overall: overall(loose) },
    entities: overall(strict, ENTITY_KINDS),
    cleanDocuments,
    cleanFlagged: flaggedCleanIds.length,
    cleanFlagRate: cleanDocuments === 0 ? Number.NaN : flaggedCleanIds.length / cleanDocuments,
    misses,
    falseAlarms,
    wrongKind,
    flaggedCleanIds,
  };
  if (corpus.direct) {
    const directAny = overall(loose, corpus.direct);
    result.direct = {
      recallAnyKind: directAny,
      recallKindMatch: overall(strict, corpus.direct),
      precisionDirectKinds: directAny.precision,
      precisionAllFindings: overall(loose).precision,
    };
  }
  return result;
}

/** Group examples by kind + lower-cased text, most frequent first. */
export function mostCommon(examples: readonly Example[], n: number): Array<{ count: number; example: Example }> {
  const groups = new Map<string, { count: number; example: Example }>();
  for (const e of examples) {
    const key = `${e.kind}|${e.text.toLowerCase()}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { count: 1, example: e });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.example.id.localeCompare(b.example.id)).slice(0, n);
}
