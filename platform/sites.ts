/**
 * Sites the person added themselves: Spoonbook asks the browser for access to
 * that one site (from a click in an extension page), then registers the same
 * forum content script for it. The list is kept in storage so it can be
 * re-registered at start-up (Firefox forgets registered scripts on restart).
 */
import { browser } from 'wxt/browser';

const STORAGE_KEY = 'addedSites';
const SCRIPT_FILE = 'content-scripts/forum.js';

function scriptId(origin: string): string {
  return `site:${origin}`;
}

export async function listAddedSites(): Promise<string[]> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  const list = stored[STORAGE_KEY];
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}

async function saveAddedSites(list: string[]): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: [...new Set(list)].sort() });
}

async function registerScript(origin: string): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(origin)] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    { id: scriptId(origin), matches: [origin], js: [SCRIPT_FILE], runAt: 'document_idle', allFrames: false },
  ]);
}

/** Called after the page has obtained the permission; refuses if it hasn't. */
export async function enableSite(origin: string): Promise<{ enabled: boolean }> {
  const granted = await browser.permissions.contains({ origins: [origin] });
  if (!granted) return { enabled: false };
  await registerScript(origin);
  await saveAddedSites([...(await listAddedSites()), origin]);
  return { enabled: true };
}

export async function disableSite(origin: string): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(origin)] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] });
  await saveAddedSites((await listAddedSites()).filter((item) => item !== origin));
  try {
    await browser.permissions.remove({ origins: [origin] });
  } catch {
    // A built-in host or one the browser won't drop: the script is gone, which is what matters.
  }
}

/** At start-up: register every added site that still has permission; forget the rest. */
export async function restoreAddedSites(): Promise<void> {
  const kept: string[] = [];
  for (const origin of await listAddedSites()) {
    if (await browser.permissions.contains({ origins: [origin] })) {
      await registerScript(origin);
      kept.push(origin);
    }
  }
  await saveAddedSites(kept);
}
