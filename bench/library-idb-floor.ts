/**
 * What raw IndexedDB costs in this Chromium, under the library's own schema,
 * after the panel imports N generated tips: the floor under any search that
 * reads index keys per query (utils/library/search.ts does). Use it to tell
 * panel overhead from storage cost when bench/library-panel.ts misses a target.
 *
 * `npx tsx bench/library-idb-floor.ts [tips]` (default 10000); needs the E2E build.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateBackup } from './library-data';

const BUILD = path.resolve(process.cwd(), '.output/e2e/chrome-mv3');
const tips = Number(process.argv[2] ?? 10_000);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'spoonbook-floor-'));
const args = [`--disable-extensions-except=${BUILD}`, `--load-extension=${BUILD}`, '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND'];
const launch = () => chromium.launchPersistentContext(path.join(tmp, 'profile'), { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args });

// Page code as a string: tsx would otherwise wrap inner functions in a helper the page doesn't have.
const PROBE = `(async () => {
  const db = await new Promise((ok, fail) => { const r = indexedDB.open('spoonbook'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
  const done = (r) => new Promise((ok, fail) => { r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
  const store = () => db.transaction('tips', 'readonly').objectStore('tips');
  const prefix = (p) => IDBKeyRange.bound(p, p + '\\uffff');
  const rows = [];
  const time = async (name, run) => {
    const times = []; let size = 0;
    for (let i = 0; i < 5; i++) { const t = performance.now(); const v = await run(); times.push(performance.now() - t); size = Array.isArray(v) ? v.length : Number(v); }
    times.sort((a, b) => a - b);
    rows.push([name, size, times[2]]);
  };
  await time('count()', () => done(store().count()));
  await time('savedAt index: all keys', () => done(store().index('savedAt').getAllKeys()));
  await time('newest 50 rows', () => done(store().index('savedAt').getAll(null, 50)));
  for (const p of ['diz', 'salt', 'fatigue', 'ka']) await time('words index: keys for "' + p + '"', () => done(store().index('words').getAllKeys(prefix(p))));
  await time('every row', () => done(store().getAll()));
  return rows;
})()`;

try {
  let context = await launch();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const panelUrl = `chrome-extension://${new URL(worker.url()).host}/sidepanel.html`;
  let page = await context.newPage();
  page.setDefaultTimeout(600_000);
  await page.goto(panelUrl);
  const file = path.join(tmp, 'backup.json');
  writeFileSync(file, generateBackup(tips));
  await page.locator('#import-backup').setInputFiles(file);
  await page.getByText(/^Imported/).waitFor();
  // A fresh browser on the same profile: steady state, not the write just made.
  await context.close();
  context = await launch();
  page = await context.newPage();
  await page.goto(panelUrl);
  await page.waitForTimeout(1000);
  const rows = (await page.evaluate(PROBE)) as Array<[string, number, number]>;
  console.log(`Raw IndexedDB in Chromium, ${tips.toLocaleString('en-GB')} tips (median of 5):`);
  for (const [name, size, ms] of rows) console.log(`  ${name.padEnd(34)} ${String(size).padStart(7)} keys/rows  ${ms.toFixed(1).padStart(7)} ms`);
  console.log(`Load average: ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores.`);
  await context.close();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
