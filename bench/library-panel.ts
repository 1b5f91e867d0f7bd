/**
 * Library panel benchmark in real Chromium IndexedDB: imports 10,000 and then
 * 100,000 generated tips through the panel's own file input, and measures
 * import, export, search (typing → result count updated, over ~50 queries) and
 * first render (navigation start → first tip rows in the page).
 *
 * Builds nothing: run `SPOONBOOK_E2E=1 npx wxt build` first, then
 * `npx tsx bench/library-panel.ts [sizes…]` (default: 10000 100000).
 * All timing is taken inside the page with performance.now; the only thing the
 * bench adds to the page is a MutationObserver watching for the first rows.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateBackup, searchQueries } from './library-data';
import { chromiumArgs } from '../tests/e2e/support/server';

const BUILD = path.resolve(process.cwd(), '.output/e2e/chrome-mv3');
const FIRST_RENDER_RUNS = 7;
const SEARCH_WARM_UP = 5;
const TARGETS = { searchP95Ms: 20, firstRenderMs: 300, at: 10_000 };

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

async function launch(profile: string): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 420, height: 900 },
    // No server in the bench: every host name fails to resolve, so nothing can leave.
    args: chromiumArgs(BUILD, 'MAP * ~NOTFOUND, EXCLUDE localhost'),
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}

/** Records when the first loaded tip row enters the page, and the frame after (when it is painted). */
function watchFirstRows() {
  if (!location.pathname.endsWith('/sidepanel.html')) return;
  const marks: Record<string, number> = {};
  (window as unknown as { __libraryMarks: Record<string, number> }).__libraryMarks = marks;
  const observer = new MutationObserver(() => {
    if (marks.shell === undefined && document.querySelector('#library-heading')) marks.shell = performance.now();
    if (marks.rowsInPage !== undefined || !document.querySelector('li.tip-row:not(.tip-row-loading)')) return;
    marks.rowsInPage = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      marks.rowsPainted = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Waits in the page for the backup status line to report, and returns ms since the file input changed. */
async function timeImport(page: Page, file: string): Promise<{ ms: number; text: string }> {
  const done = page.evaluate(
    () =>
      new Promise<{ ms: number; text: string }>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('#import-backup')!;
        const status = document.querySelector('[data-testid="backup-status"]')!;
        let start = 0;
        input.addEventListener('change', () => (start = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          const text = status.textContent ?? '';
          if (start && (text.startsWith('Imported') || status.className === 'warning')) {
            observer.disconnect();
            resolve({ ms: performance.now() - start, text });
          }
        });
        observer.observe(status, { childList: true, subtree: true, characterData: true, attributes: true });
      }),
  );
  await page.waitForTimeout(50);
  await page.locator('#import-backup').setInputFiles(file);
  return done;
}

async function timeExport(page: Page): Promise<number> {
  const download = page.waitForEvent('download', { timeout: 600_000 });
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const status = document.querySelector('[data-testid="backup-status"]')!;
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Download a backup')!;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if ((status.textContent ?? '').startsWith('Backup saved')) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(status, { childList: true, subtree: true, characterData: true });
        button.click();
      }),
  );
  await (await download).delete();
  return ms;
}

/** Types a whole query into the search box and times until the count shows its result (aria-busy true → false). */
async function timeSearch(page: Page, query: string): Promise<{ ms: number; count: string }> {
  return page.evaluate(
    (text) =>
      new Promise<{ ms: number; count: string }>((resolve, reject) => {
        const box = document.querySelector<HTMLInputElement>('#library-search-box')!;
        const count = document.querySelector('#library-count')!;
        let sawBusy = false;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (count.getAttribute('aria-busy') === 'true') sawBusy = true;
          else if (sawBusy) {
            observer.disconnect();
            resolve({ ms: performance.now() - start, count: count.textContent ?? '' });
          }
        });
        observer.observe(count, { attributes: true, attributeFilter: ['aria-busy'] });
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(box, text);
        box.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => reject(new Error(`search "${text}" never finished`)), 60_000);
      }),
    query,
  );
}

interface SizeResult {
  tips: number;
  fileMb: number;
  importMs: number;
  exportMs: number;
  firstRenderMedianMs: number;
  firstRenderWorstMs: number;
  /** Navigation start → the tab's heading in the page (script loaded and run, before any tip is read). */
  shellMedianMs: number;
  searchP50Ms: number;
  searchP95Ms: number;
  searchMaxMs: number;
}

async function benchSize(tips: number): Promise<SizeResult> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'spoonbook-bench-'));
  const { context, extensionId } = await launch(path.join(tmp, 'profile'));
  try {
    const file = path.join(tmp, 'backup.json');
    const json = generateBackup(tips);
    writeFileSync(file, json);
    const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
    const page = await context.newPage();
    await page.addInitScript(watchFirstRows);
    page.setDefaultTimeout(600_000);
    await page.goto(panelUrl);
    await page.getByTestId('library-empty').waitFor();

    const imported = await timeImport(page, file);
    if (!imported.text.startsWith(`Imported ${tips.toLocaleString('en-US')} tips`)) throw new Error(`Import said: ${imported.text}`);
    const saved = `${tips.toLocaleString()} tips saved`;
    await page.locator('#library-count', { hasText: saved }).waitFor();
    process.stderr.write(`  ${tips}: imported in ${(imported.ms / 1000).toFixed(1)} s\n`);

    const renders: number[] = [];
    const shells: number[] = [];
    for (let run = 0; run < FIRST_RENDER_RUNS; run++) {
      await page.goto(panelUrl);
      await page.waitForFunction(() => (window as unknown as { __libraryMarks: { rowsPainted?: number } }).__libraryMarks?.rowsPainted !== undefined, null, { timeout: 60_000 });
      const marks = await page.evaluate(() => (window as unknown as { __libraryMarks: { rowsPainted: number; shell: number } }).__libraryMarks);
      renders.push(marks.rowsPainted);
      shells.push(marks.shell);
    }

    const queries = searchQueries();
    for (const query of queries.slice(0, SEARCH_WARM_UP)) {
      const warm = await timeSearch(page, `${query} `.trim() + 'x');
      if (process.env.BENCH_VERBOSE) process.stderr.write(`    (warm-up) "${query}x": ${warm.ms.toFixed(1)} ms\n`);
    }
    const times: number[] = [];
    let previous = '';
    for (const query of queries) {
      // Each query must differ from the one before, or nothing would change to time.
      const text = query === previous ? `${query} ` : query;
      const timed = await timeSearch(page, text);
      times.push(timed.ms);
      // BENCH_VERBOSE=1 lists every query, to see which ones are slow.
      if (process.env.BENCH_VERBOSE) process.stderr.write(`    "${text}": ${timed.ms.toFixed(1)} ms (${timed.count})\n`);
      previous = text;
    }
    await timeSearch(page, '');
    await page.locator('#library-count', { hasText: saved }).waitFor();

    const exportMs = await timeExport(page);
    process.stderr.write(`  ${tips}: exported in ${(exportMs / 1000).toFixed(1)} s\n`);
    return {
      tips,
      fileMb: Buffer.byteLength(json) / 1e6,
      importMs: imported.ms,
      exportMs,
      firstRenderMedianMs: percentile(renders, 50),
      firstRenderWorstMs: Math.max(...renders),
      shellMedianMs: percentile(shells, 50),
      searchP50Ms: percentile(times, 50),
      searchP95Ms: percentile(times, 95),
      searchMaxMs: Math.max(...times),
    };
  } finally {
    await context.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

function printTable(results: SizeResult[]): void {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const s = (n: number) => `${(n / 1000).toFixed(2)} s`;
  const rows = [
    ['tips', 'backup file', 'import', 'export (JSON)', 'first render median / worst', '(of which page shell)', 'search p50', 'search p95', 'search max'],
    ...results.map((r) => [
      r.tips.toLocaleString('en-GB'),
      `${r.fileMb.toFixed(1)} MB`,
      s(r.importMs),
      s(r.exportMs),
      `${ms(r.firstRenderMedianMs)} / ${ms(r.firstRenderWorstMs)}`,
      ms(r.shellMedianMs),
      ms(r.searchP50Ms),
      ms(r.searchP95Ms),
      ms(r.searchMaxMs),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(rows[0]!));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));
  const target = results.find((r) => r.tips === TARGETS.at);
  if (target) {
    const searchOk = target.searchP95Ms <= TARGETS.searchP95Ms;
    const renderOk = target.firstRenderMedianMs <= TARGETS.firstRenderMs;
    console.log(
      `\nTargets at ${TARGETS.at.toLocaleString('en-GB')} tips: search p95 ≤ ${TARGETS.searchP95Ms} ms: ${searchOk ? 'met' : 'MISSED'}; ` +
        `first render ≤ ${TARGETS.firstRenderMs} ms (median): ${renderOk ? 'met' : 'MISSED'}.`,
    );
  }
}

async function main(): Promise<void> {
  if (!existsSync(path.join(BUILD, 'manifest.json'))) {
    console.error(`No extension build at ${BUILD}. Run: SPOONBOOK_E2E=1 npx wxt build`);
    process.exit(1);
  }
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const results: SizeResult[] = [];
  for (const tips of sizes.length ? sizes : [10_000, 100_000]) {
    process.stderr.write(`Library panel bench: ${tips.toLocaleString('en-GB')} tips…\n`);
    results.push(await benchSize(tips));
  }
  printTable(results);
  const [load1] = os.loadavg();
  console.log(`Machine: ${os.cpus().length} cores, load average ${load1!.toFixed(1)} at the end (other work on the machine slows IndexedDB too).`);
}

await main();
