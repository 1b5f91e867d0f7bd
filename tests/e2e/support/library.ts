/** Reads the library the way the side panel does: from the extension's own IndexedDB, in the service worker. */
import type { Worker } from '@playwright/test';

export interface StoredTip {
  id: string;
  text: string;
  author?: string;
  site: string;
  group?: string;
  pageUrl: string;
  permalink?: string;
  quote: { exact: string; prefix: string; suffix: string };
  tags: string[];
  notes: string;
  verification: { status: string; onClinicianList: boolean };
}

export async function tipsInLibrary(worker: Worker): Promise<StoredTip[]> {
  return worker.evaluate(
    () =>
      new Promise<StoredTip[]>((resolve, reject) => {
        const open = indexedDB.open('spoonbook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('tips')) return resolve([]);
          const request = db.transaction('tips').objectStore('tips').getAll();
          request.onsuccess = () => resolve(request.result as StoredTip[]);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/**
 * Selects `exact` inside `container` as a person would, then runs what the context menu's
 * click runs (menus can't be clicked in headless Chromium; the E2E build exposes the handler).
 */
export async function saveSelectionThroughBackground(page: import('@playwright/test').Page, worker: Worker, container: import('@playwright/test').Locator, exact: string): Promise<void> {
  await container.evaluate((el, wanted) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error('text not found in one node');
  }, exact);
  const tabId = await worker.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } } }).chrome;
    return (await api.tabs.query({ url }))[0]!.id!;
  }, page.url());
  await worker.evaluate(async (id) => {
    const handler = (globalThis as unknown as { __spoonbookSaveSelection?: (tabId: number) => Promise<unknown> }).__spoonbookSaveSelection;
    if (!handler) throw new Error('E2E hook missing');
    await handler(id);
  }, tabId);
}
