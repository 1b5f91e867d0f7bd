// Wall-clock measurements. Kept out of unit tests on purpose: timings are
// noisy on shared machines and belong in the bench.
import { performance } from 'node:perf_hooks';
import { median, percentile } from './score';

export interface Throughput {
  documents: number;
  chars: number;
  totalMs: number;
  charsPerMs: number;
  p95Ms: number;
  maxMs: number;
}

export function summariseTimes(texts: readonly string[], perDocMs: readonly number[]): Throughput {
  const chars = texts.reduce((a, t) => a + t.length, 0);
  const totalMs = perDocMs.reduce((a, b) => a + b, 0);
  return {
    documents: texts.length,
    chars,
    totalMs,
    charsPerMs: chars / totalMs,
    p95Ms: percentile(perDocMs, 95),
    maxMs: perDocMs.reduce((a, b) => Math.max(a, b), 0),
  };
}

/** Run `fn` over the first `warmUp` texts untimed (JIT warm-up), then over all texts timed. */
export function timeEach<T>(texts: readonly string[], fn: (text: string) => T, warmUp = texts.length): {
  results: T[];
  perDocMs: number[];
} {
  for (const t of texts.slice(0, warmUp)) fn(t);
  const perDocMs: number[] = [];
  const results: T[] = [];
  for (const t of texts) {
    const t0 = performance.now();
    results.push(fn(t));
    perDocMs.push(performance.now() - t0);
  }
  return { results, perDocMs };
}

/** A realistic long paste: drafts joined by blank lines until it reaches `bytes` of UTF-8. */
export function buildPaste(texts: readonly string[], bytes: number): string {
  if (texts.length === 0) throw new Error('no texts to build a paste from');
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = texts[i % texts.length] ?? '';
    parts.push(t);
    size += Buffer.byteLength(t, 'utf8') + 2;
  }
  return parts.join('\n\n');
}

export interface PasteTiming {
  chars: number;
  bytes: number;
  findings: number;
  firstMs: number;
  medianMs: number;
  maxMs: number;
  runs: number[];
}

export function timePaste(paste: string, fn: (text: string) => readonly unknown[], runs = 5): PasteTiming {
  let t0 = performance.now();
  const findings = fn(paste).length;
  const firstMs = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    t0 = performance.now();
    fn(paste);
    times.push(performance.now() - t0);
  }
  return {
    chars: paste.length,
    bytes: Buffer.byteLength(paste, 'utf8'),
    findings,
    firstMs,
    medianMs: median(times),
    maxMs: Math.max(...times),
    runs: times,
  };
}
