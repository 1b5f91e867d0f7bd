import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter, type Reply, type SenderInfo } from '@/utils/messages/router';
import { disableSite, enableSite, listAddedSites, restoreAddedSites } from '@/platform/sites';

interface SidePanelApi {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface SidebarActionApi {
  toggle(): Promise<void>;
}

const tabKey = (tabId: number) => `tab:${tabId}`;

export default defineBackground(() => {
  const route = createRouter(
    {
      ping: () => ({ ok: true, version: browser.runtime.getManifest().version }),
      'page-status': async (message, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { ok: false, error: 'no-tab' };
        const status = { site: message.site, composers: message.composers, posts: message.posts, url: sender.tab?.url ?? '', at: Date.now() };
        await browser.storage.session.set({ [tabKey(tabId)]: status });
        return { ok: true };
      },
      'get-page-status': async (message) => {
        const stored = await browser.storage.session.get(tabKey(message.tabId));
        return { ok: true, status: stored[tabKey(message.tabId)] ?? null };
      },
      'enable-site': async (message) => ({ ok: true, ...(await enableSite(message.origin)) }),
      'disable-site': async (message) => {
        await disableSite(message.origin);
        return { ok: true };
      },
      'list-sites': async () => ({ ok: true, sites: await listAddedSites() }),
    },
    { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') },
  );

  // sendResponse + `return true` is the one reply path that works in Chrome,
  // Firefox and WXT's fake browser alike (a returned Dexie promise is dropped by Chrome).
  browser.runtime.onMessage.addListener((raw: unknown, sender: SenderInfo, sendResponse: (reply: Reply) => void) => {
    void route(raw, sender).then(sendResponse);
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(tabKey(tabId));
  });

  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  // The toolbar button opens the side panel (Chrome) or the sidebar (Firefox).
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  if (chromeSidePanel) {
    void Promise.resolve()
      .then(() => chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true }))
      .catch(() => undefined);
  } else {
    const sidebar = (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;
    const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
    action?.onClicked.addListener(() => void sidebar?.toggle());
  }

  void restoreAddedSites().catch(() => undefined);
});
