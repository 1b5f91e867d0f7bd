/**
 * Verify reminders in real Chromium: a risky tip saved from a page lands on the
 * clinician list, checklist answers persist, the print sheet renders, the real
 * alarm fires and the toolbar badge shows the count; and "Open source" finds the
 * saved words on the page again.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { highlightedTexts } from './support/guard';
import { strayRequests } from './support/server';
import { saveSelectionThroughBackground } from './support/library';

const RISKY = 'I came off my sertraline cold turkey last month and honestly feel better than ever.';

function riskyGroupPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Low Mood Support | Facebook</title></head><body>
<div role="main"><h1><a href="/groups/lowmood/">Low Mood Support</a></h1><span>Private group</span>
<div role="feed"><div role="article" aria-posinset="1"><div data-ad-rendering-role="profile_name"><h3><a href="/groups/lowmood/user/1/" role="link">Robin Hale</a></h3></div>
<div data-ad-rendering-role="story_message"><div dir="auto">${RISKY}</div></div></div>
<div role="article" aria-posinset="2"><div data-ad-rendering-role="profile_name"><h3><a href="/groups/lowmood/user/2/" role="link">Ash Moore</a></h3></div>
<div data-ad-rendering-role="story_message"><div dir="auto">A short walk before lunch lifts my mood more than anything. Even ten minutes counts.</div></div></div></div></div></body></html>`;
}

async function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}),
  );
}

async function openPanel(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(page.getByRole('heading', { name: 'Spoonbook', level: 1 })).toBeVisible();
}

test('a risky tip goes on the clinician list; answers persist; the sheet prints; the alarm sets the badge', async ({ context, extensionId, worker, server }) => {
  server.routes.set('www.facebook.com/groups/lowmood/', { body: riskyGroupPage(), type: 'text/html; charset=utf-8' });
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/groups/lowmood/');
  await page.locator('[aria-posinset="1"] [data-ad-rendering-role="story_message"]').hover();
  await page.getByRole('button', { name: 'Save tip' }).click();
  await expect(page.getByText('Check this before trying it.')).toBeVisible();

  const panel = await context.newPage();
  await openPanel(panel, extensionId);
  await panel.getByRole('tab', { name: 'Reminders' }).click();
  const list = panel.getByTestId('clinician-list');
  await expect(list).toContainText('cold turkey');

  // Answer a checklist question in the tip's detail view; it survives a reload.
  await panel.getByRole('tab', { name: 'Library' }).click();
  await panel.locator('li.tip-row:not(.tip-row-loading)').first().getByRole('button').click();
  const verify = panel.getByTestId('verify-panel');
  await expect(verify).toBeVisible();
  await expect(verify).not.toContainText(/\bsafe\b/i);
  const firstQuestion = verify.locator('.verify-question').first();
  const answer = firstQuestion.getByRole('button').first();
  await answer.click();
  await expect(answer).toHaveAttribute('aria-pressed', 'true');
  const axe = await new AxeBuilder({ page: panel }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await panel.reload();
  await panel.locator('li.tip-row:not(.tip-row-loading)').first().getByRole('button').click();
  await expect(panel.getByTestId('verify-panel').locator('.verify-question').first().getByRole('button').first()).toHaveAttribute('aria-pressed', 'true');

  // The printable sheet: the Ask 3 Questions, then the quote.
  const sheet = await context.newPage();
  await sheet.goto(`chrome-extension://${extensionId}/clinician.html`);
  await expect(sheet.getByText('What are my options?')).toBeVisible();
  await expect(sheet.locator('body')).toContainText('cold turkey');
  const axeSheet = await new AxeBuilder({ page: sheet }).analyze();
  expect(axeSheet.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // Reminders: nothing is due on the day of saving; a day later the real alarm's check sets the badge.
  await panel.getByRole('tab', { name: 'Reminders' }).click();
  await expect(panel.getByTestId('reminders-tab')).toBeVisible();
  await worker.evaluate(async () => {
    // Move the saved tip back two days, as if the person saved it on Friday and it's now Sunday.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('spoonbook');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const store = db.transaction('tips', 'readwrite').objectStore('tips');
    await new Promise<void>((resolve, reject) => {
      const all = store.getAll();
      all.onsuccess = () => {
        for (const tip of all.result as { savedAt: string; verification: { dueAt?: string } }[]) {
          const back = new Date(Date.parse(tip.savedAt) - 2 * 86_400_000).toISOString();
          tip.savedAt = back;
          tip.verification.dueAt = new Date(Date.parse(back) + 86_400_000).toISOString();
          store.put(tip);
        }
        store.transaction.oncomplete = () => resolve();
      };
      all.onerror = () => reject(all.error);
    });
    // Fire the real periodic alarm now instead of in 30 minutes.
    const chromeApi = (globalThis as unknown as { chrome: { alarms: { create(name: string, info: object): Promise<void> } } }).chrome;
    await chromeApi.alarms.create('spoonbook-reminders', { when: Date.now() + 50, periodInMinutes: 30 });
  });
  await expect.poll(() => badgeText(worker), { timeout: 15_000 }).toBe('1');
  await panel.reload();
  await panel.getByRole('tab', { name: 'Reminders' }).click();
  await expect(panel.getByTestId('due-item')).toHaveCount(1);
  expect(strayRequests(server.requests, extensionId)).toEqual([]);
});

test('Open source opens the post and highlights the saved words', async ({ context, extensionId, worker }) => {
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/groups/fibrofriendscircle/');
  const body = page.locator('[role="article"][aria-posinset="1"] [data-ad-rendering-role="story_message"]').first();
  const words = (await body.innerText()).trim().split(/\s+/);
  const exact = words.slice(2, 8).join(' ');
  await saveSelectionThroughBackground(page, worker, body, exact);
  await page.close();

  const panel = await context.newPage();
  await openPanel(panel, extensionId);
  await panel.locator('li.tip-row:not(.tip-row-loading)').first().getByRole('button').click();
  const opened = context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Open the original post' }).click();
  const post = await opened;
  await expect(panel.getByText('Opened the post. The saved words are highlighted on the page.')).toBeVisible({ timeout: 20_000 });
  expect(await highlightedTexts(post)).toEqual([exact]);
});
