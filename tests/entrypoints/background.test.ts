import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';

type Registered = { id: string; matches: string[]; js: string[] };

function stubScripting() {
  const registered: Registered[] = [];
  const scripting = {
    registerContentScripts: vi.fn(async (scripts: Registered[]) => {
      registered.push(...scripts);
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      for (const id of ids) registered.splice(registered.findIndex((s) => s.id === id), 1);
    }),
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id))),
  };
  Object.assign(fakeBrowser, { scripting });
  return registered;
}

let granted: string[] = [];

const menuClicks: Array<(info: { menuItemId: string }, tab?: { id?: number }) => void> = [];

beforeEach(() => {
  fakeBrowser.reset();
  granted = [];
  menuClicks.length = 0;
  // The fake browser has no context menus or commands; these record what the background registers.
  Object.assign(fakeBrowser, {
    contextMenus: { create: vi.fn(), onClicked: { addListener: vi.fn((fn: (typeof menuClicks)[number]) => menuClicks.push(fn)) } },
    commands: { onCommand: { addListener: vi.fn() } },
  });
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o))),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      granted = granted.filter((o) => !origins.includes(o));
      return true;
    }),
  });
});

// Messages from the side panel carry the extension's own page URL.
const fromPage = (message: unknown) =>
  fakeBrowser.runtime.sendMessage(message as never) as Promise<{ ok: boolean; [key: string]: unknown }>;

describe('background', () => {
  it('refuses a message whose sender is neither a tab nor one of its pages', async () => {
    stubScripting();
    background.main();
    // fakeBrowser.runtime.sendMessage sends with no tab and no page URL.
    expect(await fromPage({ type: 'ping' })).toEqual({ ok: false, error: 'not-allowed' });
  });

  it('registers the forum script for a granted site and forgets it when removed', async () => {
    const registered = stubScripting();
    background.main();
    const route = (fakeBrowser.runtime.onMessage as unknown as { trigger: (...args: unknown[]) => Promise<unknown[]> }).trigger;
    const pageSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
    const send = (message: unknown) =>
      new Promise((resolve) => {
        void route(message, pageSender, resolve);
      });

    expect(await send({ type: 'enable-site', origin: 'https://forum.example.org/*' })).toEqual({ ok: true, enabled: false });
    expect(registered).toHaveLength(0);

    granted.push('https://forum.example.org/*');
    expect(await send({ type: 'enable-site', origin: 'https://forum.example.org/*' })).toEqual({ ok: true, enabled: true });
    expect(registered.map((s) => [s.id, s.matches, s.js])).toEqual([
      ['site:https://forum.example.org/*', ['https://forum.example.org/*'], ['content-scripts/forum.js']],
    ]);
    expect(await send({ type: 'list-sites' })).toEqual({ ok: true, sites: ['https://forum.example.org/*'] });

    expect(await send({ type: 'disable-site', origin: 'https://forum.example.org/*' })).toEqual({ ok: true });
    expect(registered).toHaveLength(0);
    expect(granted).toEqual([]);
    expect(await send({ type: 'list-sites' })).toEqual({ ok: true, sites: [] });
  });

  it('keeps what a content script saw per tab, and only what it may report', async () => {
    stubScripting();
    background.main();
    const route = (fakeBrowser.runtime.onMessage as unknown as { trigger: (...args: unknown[]) => Promise<unknown[]> }).trigger;
    const send = (message: unknown, sender: unknown) =>
      new Promise((resolve) => {
        void route(message, sender, resolve);
      });
    const contentSender = { id: fakeBrowser.runtime.id, tab: { id: 7, url: 'https://www.facebook.com/groups/1' }, url: 'https://www.facebook.com/groups/1' };
    const pageSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };

    expect(await send({ type: 'page-status', site: 'www.facebook.com', composers: 3, posts: 12 }, contentSender)).toEqual({ ok: true });
    const reply = (await send({ type: 'get-page-status', tabId: 7 }, pageSender)) as { ok: boolean; status: Record<string, unknown> };
    expect(reply.status).toMatchObject({ site: 'www.facebook.com', composers: 3, posts: 12 });
    expect(await send({ type: 'get-page-status', tabId: 7 }, contentSender)).toEqual({ ok: false, error: 'not-allowed' });
  });

  it('re-registers added sites at start-up and drops those whose access was removed', async () => {
    const registered = stubScripting();
    await fakeBrowser.storage.local.set({ addedSites: ['https://a.example.org/*', 'https://b.example.org/*'] });
    granted.push('https://a.example.org/*');
    background.main();
    await vi.waitFor(async () => {
      expect((await fakeBrowser.storage.local.get('addedSites')).addedSites).toEqual(['https://a.example.org/*']);
    });
    expect(registered.map((s) => s.id)).toEqual(['site:https://a.example.org/*']);
  });
});

describe('first install', () => {
  it('opens the welcome page and adds the "Save selection" menu item', async () => {
    stubScripting();
    background.main();
    await (fakeBrowser.runtime.onInstalled as unknown as { trigger(details: unknown): Promise<unknown> }).trigger({ reason: 'install' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/welcome.html'));
    const create = (fakeBrowser as unknown as { contextMenus: { create: ReturnType<typeof vi.fn> } }).contextMenus.create;
    expect(create).toHaveBeenCalledWith(
      { id: 'save-selection', title: 'Save selection to Spoonbook', contexts: ['selection'] },
      expect.any(Function),
    );
    expect(menuClicks).toHaveLength(1);
  });
});
