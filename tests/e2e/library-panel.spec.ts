/**
 * The Library tab in real Chromium: tips arrive through the real import path
 * (a backup file on the file input), then search, filters, editing, delete and
 * undo, export and re-import, live updates between panel tabs, and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './support/fixtures';

const TEXTS = [
  'Dizziness eased once I raised the head of my bed by four inches.',
  'Salt tablets with two glasses of water before standing up helped my POTS.',
  'A shower stool saves a lot of energy on bad days.',
  'My GP suggested pacing with a heart-rate watch; the alerts stop me crashing.',
  'Compression socks from the pharmacy, class 2, made mornings easier.',
  'Café au lait? No — caffeine made my dizzy spells worse.',
  'Ask for a blue badge assessment; mine took six weeks.',
  'Frozen peas wrapped in a tea towel for joint flares.',
  'Keep a symptom diary for a fortnight before the appointment.',
  'Small meals every three hours stopped the afternoon slumps.',
  'Audiobooks instead of reading when brain fog is bad.',
  'Electrolyte drinks without sugar are cheaper in bulk online.',
];

function backupFile(dir: string, name: string, count = TEXTS.length): string {
  const start = Date.parse('2025-03-01T09:00:00.000Z');
  const tips = Array.from({ length: count }, (_, i) => {
    const at = new Date(start + i * 86_400_000).toISOString();
    const text = TEXTS[i % TEXTS.length]!;
    return {
      id: crypto.randomUUID(),
      text,
      quote: { exact: text, prefix: '', suffix: '' },
      pageUrl: `https://forum.spoonbook.test/t/${i}`,
      pageTitle: `Thread ${i}`,
      site: i % 3 === 0 ? 'reddit' : 'forum.spoonbook.test',
      group: i % 3 === 0 ? 'r/POTS' : 'POTS support',
      savedAt: at,
      updatedAt: at,
      tags: i % 2 ? ['energy'] : ['dizziness'],
      conditions: ['POTS'],
      notes: '',
      verification: { status: i === 1 ? 'checked' : 'unverified', checklist: {}, sourcesNote: '', onClinicianList: false },
    };
  });
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify({ format: 'spoonbook-backup', version: 1, exportedAt: new Date(start).toISOString(), tips }));
  return file;
}

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'spoonbook-library-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function openPanel(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(page.getByRole('heading', { name: 'Your saved tips' })).toBeVisible();
}

async function importFile(page: Page, file: string) {
  await page.getByLabel('Bring back tips from a backup file').setInputFiles(file);
}

const count = (page: Page) => page.locator('#library-count');
const rows = (page: Page) => page.locator('li.tip-row:not(.tip-row-loading)');
const status = (page: Page) => page.getByTestId('backup-status');

test('import, search, filter, tag and edit notes', async ({ context, extensionId }) => {
  const panel = await context.newPage();
  await openPanel(panel, extensionId);
  await expect(panel.getByTestId('library-empty')).toContainText('No tips saved yet');
  await importFile(panel, backupFile(dir, 'seed.json'));
  await expect(status(panel)).toHaveText('Imported 12 tips (0 were already there).');
  await expect(count(panel)).toHaveText('12 tips saved');
  await expect(rows(panel).first()).toContainText('Electrolyte drinks');

  // Prefix, case- and accent-insensitive.
  await panel.getByLabel('Search your tips').fill('DIZZ');
  await expect(count(panel)).toHaveText('7 tips found');
  await panel.getByLabel('Search your tips').fill('cafe');
  await expect(count(panel)).toHaveText('1 tip found');
  await expect(rows(panel)).toHaveCount(1);
  await panel.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(count(panel)).toHaveText('12 tips saved');

  await panel.getByText('Filters', { exact: true }).click();
  await panel.getByLabel('Site').selectOption('reddit');
  await expect(count(panel)).toHaveText('4 tips found');
  await panel.getByLabel('Tag').selectOption('energy');
  await expect(count(panel)).toHaveText('2 tips found');
  await panel.getByRole('button', { name: 'Clear search and filters' }).click();
  await panel.getByLabel('Checked or not').selectOption({ label: 'Checked' });
  await expect(count(panel)).toHaveText('1 tip found');
  await expect(rows(panel).first()).toContainText('Salt tablets');

  // Edit the tip: a new tag and notes, saved and findable.
  await rows(panel).first().getByRole('button').click();
  await expect(panel.getByTestId('tip-text')).toHaveText(TEXTS[1]!);
  await panel.getByLabel('Tags', { exact: true }).fill('energy, morning routine');
  await panel.getByLabel('Your notes', { exact: true }).fill('Asked the cardiologist: fine for me, up to 6 g a day.');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.getByText('Changes saved.')).toBeVisible();
  await panel.getByRole('button', { name: '← Back to all tips' }).click();
  await panel.getByRole('button', { name: 'Clear search and filters' }).click();
  await panel.getByLabel('Search your tips').fill('cardiolog');
  await expect(count(panel)).toHaveText('1 tip found');
  await panel.getByLabel('Search your tips').fill('');
  await expect(count(panel)).toHaveText('12 tips saved');
  await panel.getByLabel('Tag').selectOption('morning routine');
  await expect(count(panel)).toHaveText('1 tip found');
});

test('delete and undo', async ({ context, extensionId }) => {
  const panel = await context.newPage();
  await openPanel(panel, extensionId);
  await importFile(panel, backupFile(dir, 'seed.json'));
  await expect(count(panel)).toHaveText('12 tips saved');
  await rows(panel).filter({ hasText: 'Frozen peas' }).getByRole('button').click();
  await panel.getByRole('button', { name: 'Delete this tip' }).click();
  await expect(count(panel)).toHaveText('11 tips saved');
  await expect(rows(panel).filter({ hasText: 'Frozen peas' })).toHaveCount(0);
  const undo = panel.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(panel.getByText('The tip is back in your library.')).toBeVisible();
  await expect(count(panel)).toHaveText('12 tips saved');
  await expect(rows(panel).filter({ hasText: 'Frozen peas' })).toHaveCount(1);
});

test('export a JSON backup and import it again without duplicates', async ({ context, extensionId }) => {
  const panel = await context.newPage();
  await openPanel(panel, extensionId);
  await importFile(panel, backupFile(dir, 'seed.json'));
  await expect(count(panel)).toHaveText('12 tips saved');
  await expect(panel.getByTestId('last-backup')).toHaveText('No backup made yet.');
  await expect(panel.getByTestId('backup-nudge')).toBeVisible();

  const downloading = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download a backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^spoonbook-backup-\d{4}-\d\d-\d\d\.json$/);
  const saved = path.join(dir, 'exported.json');
  await download.saveAs(saved);
  const exported = JSON.parse(readFileSync(saved, 'utf8')) as { format: string; tips: Array<{ text: string }> };
  expect(exported.format).toBe('spoonbook-backup');
  expect(exported.tips.map((tip) => tip.text).sort()).toEqual([...TEXTS].sort());
  await expect(panel.getByTestId('last-backup')).toHaveText(/^Last backup: /);
  await expect(panel.getByTestId('backup-nudge')).toHaveCount(0);

  await importFile(panel, saved);
  await expect(status(panel)).toHaveText('Imported 0 tips (12 were already there).');
  await expect(count(panel)).toHaveText('12 tips saved');

  // A broken file: the library's own words, nothing imported.
  const broken = path.join(dir, 'broken.json');
  writeFileSync(broken, readFileSync(saved, 'utf8').slice(0, 500));
  await importFile(panel, broken);
  await expect(status(panel)).toHaveClass('warning');
  await expect(count(panel)).toHaveText('12 tips saved');
});

test('a tip imported in one panel tab appears in another by itself', async ({ context, extensionId }) => {
  const first = await context.newPage();
  await openPanel(first, extensionId);
  await expect(first.getByTestId('library-empty')).toBeVisible();
  const second = await context.newPage();
  await openPanel(second, extensionId);
  await importFile(second, backupFile(dir, 'seed.json', 5));
  await expect(count(second)).toHaveText('5 tips saved');
  await expect(count(first)).toHaveText('5 tips saved');
  await expect(rows(first)).toHaveCount(5);
});

test('the list and the detail view pass axe, and the panel sends nothing anywhere', async ({ context, extensionId, browserRequests }) => {
  const panel = await context.newPage();
  await openPanel(panel, extensionId);
  const empty = await new AxeBuilder({ page: panel }).analyze();
  expect(empty.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await importFile(panel, backupFile(dir, 'seed.json'));
  await expect(count(panel)).toHaveText('12 tips saved');
  await panel.getByText('Filters', { exact: true }).click();
  const list = await new AxeBuilder({ page: panel }).analyze();
  expect(list.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // Keyboard: into the list, down two rows, open.
  await rows(panel).first().getByRole('button').focus();
  await panel.keyboard.press('ArrowDown');
  await panel.keyboard.press('ArrowDown');
  await expect(rows(panel).nth(2).getByRole('button')).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name: /^Tip saved / })).toBeFocused();
  const detail = await new AxeBuilder({ page: panel }).analyze();
  expect(detail.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  const fromPanel = browserRequests.filter((r) => r.frameUrl.startsWith('chrome-extension://'));
  expect(fromPanel.filter((r) => !r.url.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
});
