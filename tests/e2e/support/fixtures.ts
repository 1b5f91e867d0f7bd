/**
 * Playwright fixtures: the E2E build of Spoonbook loaded into Debian's Chromium,
 * headless, with every host name sent to the local test server and the network
 * requests of pages and of the extension's service worker recorded.
 */
import { test as base, chromium, type BrowserContext, type Request, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, chromiumArgs, startServer, type TestServer } from './server';

export const CHROME_BUILD = path.join(ROOT, '.output/e2e/chrome-mv3');

export interface RecordedBrowserRequest {
  url: string;
  /** 'page' for tabs (including extension pages opened as tabs), 'worker' for the service worker. */
  from: 'page' | 'worker';
  frameUrl: string;
}

type Fixtures = {
  server: TestServer;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  browserRequests: RecordedBrowserRequest[];
  site: (host: string, pathname: string) => string;
};

function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export const test = base.extend<Fixtures>({
  server: async ({}, use) => {
    const tmp = path.join(ROOT, '.e2e-tmp');
    const server = await startServer(tmp);
    await use(server);
    await server.close();
  },
  browserRequests: async ({}, use) => {
    await use([]);
  },
  context: async ({ server, browserRequests }, use) => {
    const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'spoonbook-e2e-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      ignoreHTTPSErrors: true,
      // Every host name resolves to the test server, so even a stray request lands here and is recorded.
      args: chromiumArgs(CHROME_BUILD, `MAP * 127.0.0.1:${server.port}, EXCLUDE localhost`),
    });
    const record = (from: 'page' | 'worker') => (request: Request) => {
      let frameUrl = '';
      try {
        frameUrl = request.frame().url();
      } catch {
        frameUrl = request.serviceWorker()?.url() ?? '';
      }
      browserRequests.push({ url: request.url(), from, frameUrl });
    };
    context.on('request', (request) => record(request.serviceWorker() ? 'worker' : 'page')(request));
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  worker: async ({ context }, use) => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    await use(existing ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  site: async ({}, use) => {
    await use((host, pathname) => `https://${host}${pathname}`);
  },
});

export const expect = test.expect;

/** Reads the per-tab status the background keeps for what each content script saw. */
export async function pageStatuses(worker: Worker): Promise<Record<string, { site: string; composers: number; url: string }>> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<unknown> } } } }).chrome.storage.session.get(null)) as Promise<Record<string, { site: string; composers: number; url: string }>>;
}
