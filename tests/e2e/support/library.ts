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
