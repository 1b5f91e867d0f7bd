/**
 * Firefox smoke test: Debian's firefox-esr, headless, driven over WebDriver BiDi by
 * puppeteer-core (no browser download). The E2E build is installed as a temporary
 * add-on; its content script must run on a Facebook group page and the background
 * must answer it.
 */
import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, startServer, strayRequests, type TestServer } from './support/server';

const FIREFOX_BUILD = path.join(ROOT, '.output/e2e/firefox-mv2');
const GECKO_ID = 'spoonbook@spoonbook.app';
const FIXED_UUID = '0f1e2d3c-4b5a-4697-8887-a1b2c3d4e5f6';

let server: TestServer;
let browser: Browser;
let profile: string;
let installedId = '';

/**
 * Firefox's automation can't open moz-extension:// pages directly; a test page navigates there
 * (the E2E build alone lists sidepanel.html as web-accessible for the test host).
 */
async function openPanel(panel: Page): Promise<void> {
  await panel.goto('https://forum.spoonbook.test/pages/blank.html', { waitUntil: 'load' });
  await panel.evaluate((url) => {
    location.href = url;
  }, `moz-extension://${FIXED_UUID}/sidepanel.html`);
  await panel.waitForFunction(() => location.protocol === 'moz-extension:', { timeout: 20_000 });
}

test.beforeAll(async () => {
  server = await startServer(path.join(ROOT, '.e2e-tmp'));
  profile = mkdtempSync(path.join(os.tmpdir(), 'spoonbook-ff-'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
      // All traffic goes through the test server acting as a proxy, so nothing leaves the machine.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disableIPv6': true,
    },
  });
  // Installed once for the file, so each test can also run on its own.
  installedId = await browser.installExtension(FIREFOX_BUILD);
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

test('Firefox: the add-on installs, its content script runs and the background answers', async () => {
  test.setTimeout(90_000);
  expect(installedId).toBe(GECKO_ID);

  const page = await browser.newPage();
  await page.goto('https://www.facebook.com/groups/123456/posts/789', { waitUntil: 'load' });

  // The panel page reaches the background the same way the side bar does; it reports what the content script saw.
  const panel = await browser.newPage();
  await openPanel(panel);
  await panel.waitForFunction(() => document.querySelector('h1')?.textContent === 'Spoonbook', { timeout: 20_000 });

  const status = await panel.waitForFunction(
    async () => {
      const api = (globalThis as unknown as { browser: { storage: { session: { get(k: null): Promise<Record<string, { url: string; composers: number }>> } } } }).browser;
      const all = await api.storage.session.get(null);
      return Object.values(all).find((s) => s.url.includes('/groups/123456')) ?? false;
    },
    { timeout: 20_000, polling: 250 },
  );
  const value = (await status.jsonValue()) as { composers: number; url: string };
  expect(value.composers).toBeGreaterThan(0);

  const pong = await panel.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser;
    return api.runtime.sendMessage({ type: 'ping' });
  });
  expect(pong).toMatchObject({ ok: true });

  // Firefox and its add-on asked the proxy for test pages only. Firefox's own remote-settings
  // sync is the browser's; the add-on's pages could not reach it (connect-src 'none').
  const stray = strayRequests(server.requests).filter((r) => r.host !== 'firefox.settings.services.mozilla.com');
  expect(stray).toEqual([]);
});

test('Firefox: the draft guard highlights, asks before a risky comment, and Post anyway posts it', async () => {
  test.setTimeout(90_000);
  const page = await browser.newPage();
  await page.goto('https://www.facebook.com/groups/fibrofriendscircle/', { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true, { timeout: 20_000 });
  const box = '[role="article"][aria-posinset="1"] [data-lexical-editor="true"]';
  await page.click(box);
  await page.keyboard.type('Text me on 07700 900123 or email sam@example.org');
  await page.waitForFunction(
    () => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      if (!registry) return false;
      const texts: string[] = [];
      registry.forEach((highlight) => highlight.forEach((range) => texts.push(range.toString())));
      return texts.includes('07700 900123') && texts.includes('sam@example.org');
    },
    { timeout: 20_000, polling: 200 },
  );
  await page.keyboard.press('Enter');
  // Poll: changes inside a shadow root don't wake puppeteer's selector watcher.
  await page.waitForFunction(
    () => [...document.documentElement.children].some((el) => el.shadowRoot?.querySelector('[role="alertdialog"] button.quiet')),
    { timeout: 10_000, polling: 200 },
  );
  const postAnyway = await page.$('pierce/[role="alertdialog"] button.quiet');
  expect(await page.evaluate(() => (window as unknown as { __posted?: unknown[] }).__posted?.length ?? 0)).toBe(0);
  await postAnyway!.click();
  await page.waitForFunction(() => ((window as unknown as { __posted?: unknown[] }).__posted?.length ?? 0) === 1, { timeout: 10_000 });
  const postedText = await page.evaluate(() => (window as unknown as { __posted: { text: string }[] }).__posted[0]!.text);
  expect(postedText).toBe('Text me on 07700 900123 or email sam@example.org');
});

test('Firefox: Save tip stores a post and the side panel shows it', async () => {
  test.setTimeout(90_000);
  const page = await browser.newPage();
  await page.goto('https://www.facebook.com/groups/fibrofriendscircle/', { waitUntil: 'load' });
  // The content script starts at document_idle, after load: wait for its UI host before pointing at a post.
  await page.waitForFunction(() => [...document.documentElement.children].some((el) => el.shadowRoot), { timeout: 20_000 });
  await page.hover('[role="article"][aria-posinset="2"] [data-ad-rendering-role="story_message"]');
  const save = await page.waitForSelector('pierce/button.save-tip', { timeout: 10_000 });
  await save!.click();
  // Poll: changes inside a shadow root don't wake puppeteer's selector watcher.
  await page.waitForFunction(
    () => [...document.documentElement.children].some((el) => el.shadowRoot?.querySelector('.toast')?.textContent?.includes('Saved to your Spoonbook library')),
    { timeout: 15_000, polling: 250 },
  );
  const saved = await page.evaluate(() => document.querySelector('[role="article"][aria-posinset="2"] [data-ad-rendering-role="story_message"]')!.textContent!.trim());

  const panel = await browser.newPage();
  await openPanel(panel);
  await panel.waitForFunction(
    (words) => document.querySelector('li.tip-row')?.textContent?.includes(words) ?? false,
    { timeout: 20_000, polling: 250 },
    saved.split(/\s+/).slice(0, 4).join(' '),
  );
});
