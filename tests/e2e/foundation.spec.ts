import { expect, pageStatuses, test } from './support/fixtures';
import { strayRequests } from './support/server';

test('the extension loads, welcomes the person and its content script reports to the background', async ({ context, worker, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  // First install opens the welcome page.
  await expect.poll(() => context.pages().map((p) => p.url())).toContainEqual(`chrome-extension://${extensionId}/welcome.html`);
  const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
  await expect(welcome.getByRole('heading', { name: 'Nothing leaves your device' })).toBeVisible();

  const page = await context.newPage();
  await page.goto('https://www.facebook.com/groups/123456/posts/789');
  await expect.poll(async () => Object.values(await pageStatuses(worker)).find((s) => s.url.includes('/groups/123456'))?.composers).toBeGreaterThan(0);

  // The production match pattern covers groups only.
  const other = await context.newPage();
  await other.goto('https://www.facebook.com/marketplace/');
  await other.waitForLoadState('load');
  await page.waitForTimeout(800);
  expect(Object.values(await pageStatuses(worker)).some((s) => s.url.includes('/marketplace'))).toBe(false);
});

test('the side panel and options pages work as tabs', async ({ context, extensionId, worker }) => {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByRole('heading', { name: 'Spoonbook', level: 1 })).toBeVisible();
  await expect(panel.getByTestId('library-empty')).toContainText('No tips saved yet');
  await panel.getByRole('tab', { name: 'Library' }).focus();
  await panel.keyboard.press('ArrowRight');
  await expect(panel.getByRole('tab', { name: 'Check a draft' })).toHaveAttribute('aria-selected', 'true');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Your name and nicknames').fill('Sarah Jenkins\nSaz');
  await options.getByRole('button', { name: 'Save these words' }).click();
  await expect(options.getByRole('status')).toContainText('Saved');
  const stored = (await worker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('settings'),
  )) as { settings: { personalTerms: { text: string; kind: string }[] } };
  expect(stored.settings.personalTerms).toEqual([
    { text: 'Sarah Jenkins', kind: 'name' },
    { text: 'Saz', kind: 'name' },
  ]);
  await options.reload();
  await expect(options.getByLabel('Your name and nicknames')).toHaveValue('Sarah Jenkins\nSaz');
});

test('a site the person adds gets the content script at runtime', async ({ context, extensionId, worker, server }) => {
  const forumUrl = 'https://forum.spoonbook.test/shared/phpbb/myoos-community-forum-topic.html';
  const before = await context.newPage();
  await before.goto(forumUrl);
  await before.waitForTimeout(800);
  expect(Object.values(await pageStatuses(worker)).some((s) => s.url.startsWith('https://forum.spoonbook.test/'))).toBe(false);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'This site' }).click();
  await panel.getByLabel('Site address').fill('forum.spoonbook.test/some/topic');
  await panel.getByRole('button', { name: 'Use Spoonbook on this site' }).click();
  await expect(panel.getByRole('status')).toContainText('Spoonbook will now work on https://forum.spoonbook.test');
  await expect(panel.getByRole('listitem').filter({ hasText: 'forum.spoonbook.test' })).toBeVisible();

  const after = await context.newPage();
  await after.goto(forumUrl);
  // The phpBB adapter names the site after the forum itself.
  await expect.poll(async () => Object.values(await pageStatuses(worker)).find((s) => s.url === forumUrl)?.site).toBe('MyOOS Community Forum');

  // And it can be taken away again.
  await panel.getByRole('button', { name: 'Stop using here' }).click();
  await expect(panel.getByRole('status')).toContainText('no longer runs');
  const registered = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } }).chrome.scripting.getRegisteredContentScripts(),
  );
  expect(registered).toEqual([]);
  expect(server.requests.length).toBeGreaterThan(0);
});

test('the network stays silent: no extension context asks for anything but the test pages', async ({ context, extensionId, server, browserRequests }) => {
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/groups/123456/');
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'This site' }).click();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Where you work').fill('Acme Bakery');
  await options.getByRole('button', { name: 'Save these words' }).click();
  await page.getByRole('textbox').first().click();
  await page.keyboard.type('I work at Acme Bakery');
  await page.waitForTimeout(1000);

  expect(strayRequests(server.requests, extensionId)).toEqual([]);
  const fromExtension = browserRequests.filter((r) => r.from === 'worker' || r.frameUrl.startsWith('chrome-extension://'));
  // Extension pages load their own files; nothing else.
  expect(fromExtension.filter((r) => !r.url.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
  const pageHosts = new Set(browserRequests.filter((r) => r.from === 'page').map((r) => new URL(r.url).host));
  for (const host of pageHosts) expect(['www.facebook.com', extensionId]).toContain(host);
});

test('control: the recorder does catch a request to a host that is not a test page', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto('https://tracker.example/pixel').catch(() => undefined);
  expect(strayRequests(server.requests, extensionId).map((r) => r.host)).toContain('tracker.example');
});
