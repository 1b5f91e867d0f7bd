import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter, type Reply, type SenderInfo } from '@/utils/messages/router';
import { disableSite, enableSite, listAddedSites, restoreAddedSites } from '@/platform/sites';
import { loadSettings, saveSettings } from '@/platform/settings';
import { annotate, libraryDb, onTipSaved, openTip, saveFromPage, saveSelectionInTab, undoSave } from './tips';
import { checkNow, refreshBadge, startReminders } from '@/platform/reminders';

interface SidePanelApi {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface SidebarActionApi {
  toggle(): Promise<void>;
}

const tabKey = (tabId: number) => `tab:${tabId}`;

export default defineBackground(() => {
  // Alarms and their listeners first, before any await: a worker woken by the alarm must find them.
  void startReminders(libraryDb()).catch(() => undefined);
  onTipSaved(() => void refreshBadge(libraryDb()).catch(() => undefined));
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
      'save-tip': (message) => saveFromPage(message.tip),
      'undo-save': (message) => undoSave(message.id),
      'annotate-tip': (message) => annotate(message.id, message.tags, message.notes),
      'open-tip': (message) => openTip(message.id),
      'reminders-check-now': async () => ({ ok: true, ...(await checkNow(libraryDb())) }),
      'allow-term': async (message) => {
        const settings = await loadSettings();
        const known = settings.allowedTerms.some((term) => term.toLocaleLowerCase() === message.term.toLocaleLowerCase());
        if (!known) await saveSettings({ allowedTerms: [...settings.allowedTerms, message.term] });
        return { ok: true };
      },
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
    browser.contextMenus.create({ id: 'save-selection', title: 'Save selection to Spoonbook', contexts: ['selection'] }, () => {
      // Already there after an update: nothing to do.
      void browser.runtime.lastError;
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'save-selection' && tab?.id !== undefined) void saveSelectionInTab(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-selection' && tab?.id !== undefined) void saveSelectionInTab(tab.id);
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

  if (__SPOONBOOK_E2E__) {
    // Menus and shortcuts can't be pressed in headless Chromium; the tests call what they call.
    (globalThis as unknown as { __spoonbookSaveSelection: typeof saveSelectionInTab }).__spoonbookSaveSelection = saveSelectionInTab;
  }
});
