/**
 * Saving tips in the background: the only context besides our own pages that opens
 * the library (content scripts would write into the website's storage instead).
 */
import { browser } from 'wxt/browser';
import { LibraryError, deleteTip, getTip, saveTip, updateTip } from '@/utils/library';
import { getLibraryDb } from '@/platform/library-db';
import { initialVerification } from '@/utils/reminders/tip-verification';
import { loadSettings } from '@/platform/settings';
import type { Reply } from '@/utils/messages/router';
import { checkClaims, claimSummary, overallTier } from '@/utils/claims';
import { captureSelection } from './capture';

export const libraryDb = getLibraryDb;

/** Called after every save, so reminders and badges can follow. */
let afterSave: (tipId: string) => void = () => undefined;
export function onTipSaved(listener: (tipId: string) => void): void {
  afterSave = listener;
}

function failure(error: unknown): Reply {
  if (error instanceof LibraryError) return { ok: false, error: error.message, code: error.code } as unknown as Reply;
  return { ok: false, error: 'Spoonbook couldn’t save this just now. Please try again.' };
}

export async function saveFromPage(tip: Record<string, unknown>): Promise<Reply> {
  try {
    const settings = await loadSettings();
    const input = { ...tip };
    if (!settings.keepAuthorNames) delete input.author;
    // No DOM here to sanitise with, so HTML from pages is never stored by this path: text only.
    delete input.html;
    // Every tip starts unchecked, with its first reminder; risky ones join the clinician list.
    if (typeof input.text === 'string') input.verification = initialVerification(input.text);
    const result = await saveTip(libraryDb(), input as Parameters<typeof saveTip>[1]);
    afterSave(result.tip.id);
    const flags = checkClaims(result.tip.text);
    const caution = overallTier(flags) === 'high' ? claimSummary(flags) : undefined;
    return { ok: true, id: result.tip.id, created: result.created, ...(caution ? { caution } : {}) };
  } catch (error) {
    return failure(error);
  }
}

export async function undoSave(id: string): Promise<Reply> {
  try {
    await deleteTip(libraryDb(), id);
    afterSave(id);
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

export async function annotate(id: string, tags: string[], notes: string): Promise<Reply> {
  try {
    await updateTip(libraryDb(), id, { tags, notes });
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

/** The context-menu item and the shortcut: read the selection in the tab, save it, confirm in the page. */
export async function saveSelectionInTab(tabId: number): Promise<Reply> {
  // A page with our content script can add post details (author, permalink, group) and show the toast.
  try {
    const viaContent = (await browser.tabs.sendMessage(tabId, { type: 'save-selection' })) as Reply | undefined;
    if (viaContent?.ok) return viaContent;
  } catch {
    // No content script on this page: read the selection directly.
  }
  let capture: ReturnType<typeof captureSelection> = null;
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: captureSelection });
    capture = (result?.result as ReturnType<typeof captureSelection>) ?? null;
  } catch {
    return { ok: false, error: 'Spoonbook can’t read this page. Try selecting the text again.' };
  }
  if (!capture) return { ok: false, error: 'Select some text first, then save it.' };
  const reply = await saveFromPage({
    text: capture.exact,
    quote: { exact: capture.exact, prefix: capture.prefix, suffix: capture.suffix },
    pageUrl: capture.pageUrl,
    pageTitle: capture.pageTitle,
  });
  if (reply.ok) {
    await browser.scripting
      .executeScript({ target: { tabId }, func: showSavedNote, args: [reply.created === false ? 'Already in your Spoonbook library.' : 'Saved to your Spoonbook library.'] })
      .catch(() => undefined);
  }
  return reply;
}

/** A quiet confirmation on pages without our content script. Self-contained, text only. */
function showSavedNote(message: string): void {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const note = document.createElement('div');
  note.setAttribute('role', 'status');
  note.textContent = message;
  note.style.cssText =
    'position:fixed;bottom:16px;right:16px;z-index:2147483647;background:#1f5f8b;color:#fff;padding:10px 16px;border-radius:10px;font:15px system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.3)';
  root.append(note);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), 4000);
}

function tabLoaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(listener);
      clearTimeout(timer);
      resolve();
    };
    const listener = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') done();
    };
    const timer = setTimeout(done, 15_000);
    browser.tabs.onUpdated.addListener(listener);
  });
}

/**
 * "Open source": open the post, then ask the content script there to find the
 * saved passage (text-quote) and highlight it. Says plainly what happened.
 */
export async function openTip(id: string): Promise<Reply> {
  const tip = await getTip(libraryDb(), id);
  if (!tip) return { ok: false, error: 'This tip is no longer in your library.' };
  const url = tip.permalink ?? tip.pageUrl;
  const tab = await browser.tabs.create({ url, active: true });
  if (tab.id === undefined) return { ok: true, anchored: 'unknown' };
  await tabLoaded(tab.id);
  // The content script starts at document_idle; give it a few tries.
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      const reply = (await browser.tabs.sendMessage(tab.id, { type: 'anchor-quote', quote: tip.quote })) as { found?: boolean } | undefined;
      if (reply && typeof reply.found === 'boolean') return { ok: true, anchored: reply.found ? 'found' : 'not-found' };
    } catch {
      // Not there yet, or Spoonbook doesn't run on this site.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return { ok: true, anchored: 'no-access' };
}
