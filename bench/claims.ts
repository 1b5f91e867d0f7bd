// Measures the risky-claim checker on the labelled forum-style sentences in
// tests/corpora/claims.jsonl. Run: npx tsx bench/claims.ts [--split=dev|held-out|all] [--quiet]
// A sentence counts as flagged at tier T when its highest flag is T.
// Split: ids with an even number are "dev" (looked at while writing rules), odd are "held-out".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkClaims, overallTier, type OverallTier } from '../utils/claims/index';

interface Row {
  id: string;
  text: string;
  tier: OverallTier;
  category?: string;
}

const TIERS: readonly OverallTier[] = ['high', 'medium', 'low', 'none'];

function load(): Row[] {
  const file = path.resolve(process.cwd(), 'tests/corpora/claims.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
}

const idNumber = (id: string): number => Number(id.replace(/\D/gu, ''));
const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '  –  ');
const pad = (s: string, n: number): string => s.padEnd(n);

interface Result {
  row: Row;
  predicted: OverallTier;
  /** What the tier would be if lowered flags were dropped instead of kept one step down. */
  predictedIfDropped: OverallTier;
  categories: string[];
}

function report(label: string, results: Result[], showMisses: boolean): void {
  const matrix = new Map<string, number>();
  const key = (g: OverallTier, p: OverallTier): string => `${g}>${p}`;
  for (const r of results) matrix.set(key(r.row.tier, r.predicted), (matrix.get(key(r.row.tier, r.predicted)) ?? 0) + 1);
  const cell = (g: OverallTier, p: OverallTier): number => matrix.get(key(g, p)) ?? 0;

  console.log(`\n=== ${label}: ${results.length} sentences ===`);
  console.log(`${pad('tier', 8)} ${pad('precision', 10)} ${pad('recall', 8)} ${pad('f1', 7)} gold  predicted`);
  let macroP = 0;
  let macroR = 0;
  for (const t of TIERS) {
    const tp = cell(t, t);
    const gold = TIERS.reduce((n, p) => n + cell(t, p), 0);
    const predicted = TIERS.reduce((n, g) => n + cell(g, t), 0);
    const p = tp / predicted;
    const r = tp / gold;
    macroP += Number.isFinite(p) ? p : 0;
    macroR += Number.isFinite(r) ? r : 0;
    console.log(`${pad(t, 8)} ${pad(fmt(p), 10)} ${pad(fmt(r), 8)} ${pad(fmt((2 * p * r) / (p + r)), 7)} ${String(gold).padStart(4)}  ${String(predicted).padStart(4)}`);
  }
  const correct = TIERS.reduce((n, t) => n + cell(t, t), 0);
  console.log(`overall  accuracy ${fmt(correct / results.length)}  macro precision ${fmt(macroP / TIERS.length)}  macro recall ${fmt(macroR / TIERS.length)}`);
  // Any flag at all versus none: what the person notices first.
  const flaggedTp = results.filter((r) => r.row.tier !== 'none' && r.predicted !== 'none').length;
  const flaggedPred = results.filter((r) => r.predicted !== 'none').length;
  const flaggedGold = results.filter((r) => r.row.tier !== 'none').length;
  console.log(`any flag precision ${fmt(flaggedTp / flaggedPred)}  recall ${fmt(flaggedTp / flaggedGold)}`);
  // High or medium ("needs a real check") versus low/none.
  const serious = (t: OverallTier): boolean => t === 'high' || t === 'medium';
  const sTp = results.filter((r) => serious(r.row.tier) && serious(r.predicted)).length;
  console.log(`high+medium precision ${fmt(sTp / results.filter((r) => serious(r.predicted)).length)}  recall ${fmt(sTp / results.filter((r) => serious(r.row.tier)).length)}`);

  // Sensitivity: the spec lowers a flag one step on a referral or negation. How would
  // dropping such flags altogether change things?
  const alt = TIERS.map((t) => {
    const tp = results.filter((r) => r.row.tier === t && r.predictedIfDropped === t).length;
    const p = tp / results.filter((r) => r.predictedIfDropped === t).length;
    const rec = tp / results.filter((r) => r.row.tier === t).length;
    return `${t} ${fmt(p)}/${fmt(rec)}`;
  });
  console.log(`if lowered flags were dropped (precision/recall): ${alt.join('  ')}`);

  console.log('\nconfusion (rows gold, columns predicted)');
  console.log(`${pad('', 8)}${TIERS.map((t) => t.padStart(8)).join('')}`);
  for (const g of TIERS) console.log(`${pad(g, 8)}${TIERS.map((p) => String(cell(g, p)).padStart(8)).join('')}`);

  if (!showMisses) return;
  const misses = results.filter((r) => r.predicted !== r.row.tier);
  console.log(`\nmisses (${misses.length})`);
  for (const m of misses) {
    const got = m.categories.length > 0 ? ` [${m.categories.join(', ')}]` : '';
    console.log(`${m.row.id} gold=${m.row.tier}${m.row.category ? `/${m.row.category}` : ''} got=${m.predicted}${got}  ${m.row.text}`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const split = args.find((a) => a.startsWith('--split='))?.slice('--split='.length) ?? 'all';
  const quiet = args.includes('--quiet');
  const rows = load();
  const results: Result[] = rows.map((row) => {
    const flags = checkClaims(row.text);
    return { row, predicted: overallTier(flags), predictedIfDropped: overallTier(flags.filter((f) => !f.lowered)), categories: flags.map((f) => `${f.tier}:${f.category}${f.lowered ? `(lowered: ${f.lowered})` : ''}`) };
  });
  // Speed, for information only: the whole corpus as one long post, and a worst-case run-on text.
  const all = rows.map((r) => r.text).join(' ');
  const runOn = 'stop my meds cold turkey instead of warfarin turmeric DM me guaranteed no cure 400mg '.repeat(500);
  for (const [label, text] of [['corpus as one post', all], ['run-on risky words', runOn]] as const) {
    const start = performance.now();
    const n = checkClaims(text).length;
    console.log(`timing: ${label}, ${text.length} chars, ${n} flags, ${(performance.now() - start).toFixed(1)} ms`);
  }

  const dev = results.filter((r) => idNumber(r.row.id) % 2 === 0);
  const heldOut = results.filter((r) => idNumber(r.row.id) % 2 === 1);
  if (split === 'dev') report('dev (even ids)', dev, !quiet);
  else if (split === 'held-out') report('held-out (odd ids)', heldOut, !quiet);
  else {
    report('dev (even ids)', dev, false);
    report('held-out (odd ids)', heldOut, false);
    report('all', results, !quiet);
  }
}

main();
