/**
 * Every payload in ../shared/corpora/xss-payloads.txt, saved as a tip's text, notes
 * and HTML, then shown in the side panel (list, details, print view) and exported:
 * no script runs, no dialog opens, nothing is fetched, no remote resource is loaded.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { ROOT, strayRequests } from './support/server';

const PAYLOADS = readFileSync(path.resolve(ROOT, '../shared/corpora/xss-payloads.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');

function backup(dir: string): string {
  const start = Date.parse('2025-06-01T09:00:00.000Z');
  const tips = PAYLOADS.map((payload, i) => {
    const at = new Date(start + i * 60_000).toISOString();
    return {
      id: crypto.randomUUID(),
      text: `Tip ${i}: ${payload}`,
      quote: { exact: `Tip ${i}: ${payload}`, prefix: '', suffix: '' },
      html: `<p>${payload}</p>`,
      pageUrl: `https://forum.spoonbook.test/t/${i}`,
      pageTitle: payload.slice(0, 300),
      site: 'forum.spoonbook.test',
      savedAt: at,
      updatedAt: at,
      tags: [],
      conditions: [],
      notes: payload,
      verification: { status: 'unverified', checklist: {}, sourcesNote: payload, onClinicianList: i % 50 === 0 },
    };
  });
  const file = path.join(dir, 'payloads.json');
  writeFileSync(file, JSON.stringify({ format: 'spoonbook-backup', version: 1, exportedAt: new Date(start).toISOString(), tips }));
  return file;
}

test('XSS payloads saved as text and HTML stay inert in the panel, the print views and exports', async ({ context, extensionId, server }) => {
  test.setTimeout(180_000);
  expect(PAYLOADS.length).toBeGreaterThan(600);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spoonbook-xss-'));
  const dialogs: string[] = [];
  context.on('page', (p) => p.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  }));
  try {
    const panel = await context.newPage();
    panel.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.getByLabel('Bring back tips from a backup file').setInputFiles(backup(dir));
    await expect(panel.locator('#library-count')).toContainText(String(PAYLOADS.length), { timeout: 60_000 });

    // Open a spread of tips' details (text, notes, page title, the verify panel).
    for (const i of [0, 1, 7, 50, 123, 300, 450, 600, PAYLOADS.length - 1]) {
      await panel.getByLabel('Search your tips').fill(`tip ${i}`);
      const row = panel.locator('li.tip-row:not(.tip-row-loading)').first();
      await row.getByRole('button').click();
      await expect(panel.getByTestId('verify-panel')).toBeVisible();
      await panel.getByRole('button', { name: '← Back to all tips' }).click();
    }
    await panel.getByLabel('Search your tips').fill('');

    // Everything at once: the print view renders every tip.
    await panel.getByRole('button', { name: 'Print my tips' }).evaluate((b: HTMLButtonElement) => {
      window.print = () => undefined;
      b.click();
    });
    await expect(panel.locator('body')).toContainText(`Tip ${PAYLOADS.length - 1}:`, { timeout: 30_000 });

    // Exports: JSON, Markdown, CSV.
    for (const name of ['Download a backup', /Markdown/, /spreadsheet|CSV/]) {
      const button = panel.getByRole('button', { name }).first();
      const download = panel.waitForEvent('download');
      await button.click();
      const file = await (await download).path();
      expect(readFileSync(file!, 'utf8').length).toBeGreaterThan(1000);
    }

    // The clinician sheet shows some of them too.
    const sheet = await context.newPage();
    await sheet.goto(`chrome-extension://${extensionId}/clinician.html`);
    await expect(sheet.locator('body')).toContainText('Tip 0:');

    for (const page of [panel, sheet]) {
      const remote = await page.evaluate(() =>
        [...document.querySelectorAll('[src], [srcset], [href], [style]')]
          .map((el) => el.getAttribute('src') ?? el.getAttribute('srcset') ?? el.getAttribute('style') ?? '')
          .filter((value) => /^(?:https?:)?\/\/|url\(|javascript:/i.test(value)),
      );
      expect(remote).toEqual([]);
      expect(await page.evaluate(() => [...document.querySelectorAll('script')].every((s) => s.src.startsWith('chrome-extension://')))).toBe(true);
      expect(await page.evaluate(() => document.querySelectorAll('iframe, object, embed, svg script').length)).toBe(0);
    }
    expect(dialogs).toEqual([]);
    expect(strayRequests(server.requests, extensionId)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
