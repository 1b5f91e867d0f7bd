import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { BUILT_IN_MATCHES } from '@/utils/hosts';
import { adapterFor } from '@/utils/sites';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from '@/utils/settings';
import { DraftGuard } from './draft-guard';
import { createPageUi } from './page-ui';
import { TipSaver } from './tip-saver';
import type { Reply } from '@/utils/messages/router';
import { showQuote } from './anchor';

export default defineContentScript({
  matches: [...BUILT_IN_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterFor(document, new URL(location.href));
    let settings: Settings = DEFAULT_SETTINGS;
    void browser.storage.local.get('settings').then((stored) => {
      settings = normaliseSettings(stored.settings);
    });
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changes.settings) settings = normaliseSettings(changes.settings.newValue);
    });

    const shadow = createPageUi(document);
    new DraftGuard(
      document,
      adapter,
      {
        isValid: () => ctx.isValid,
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        settings: () => settings,
        allowTerm: (term) => void browser.runtime.sendMessage({ type: 'allow-term', term }).catch(() => undefined),
      },
      shadow,
    );
    const send = async (message: unknown): Promise<Reply> => {
      try {
        return ((await browser.runtime.sendMessage(message)) as Reply | undefined) ?? { ok: false, error: 'Spoonbook didn’t answer. Please try again.' };
      } catch {
        return { ok: false, error: 'Spoonbook was updated or restarted. Reload the page and try again.' };
      }
    };
    const saver = new TipSaver(document, adapter, { send, setTimeout: (fn, ms) => ctx.setTimeout(fn, ms) }, shadow);
    // The background asks for the selection when the context menu or the shortcut is used.
    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }, sendResponse: (reply: Reply) => void) => {
      if (sender.id !== browser.runtime.id) return;
      const request = message as { type?: unknown; quote?: unknown };
      if (request.type === 'save-selection') {
        void saver.saveSelection().then(sendResponse);
        return true;
      }
      if (request.type === 'anchor-quote') {
        sendResponse({ ok: true, found: showQuote(document, request.quote) } as Reply);
      }
      return;
    });

    // Tell the background what this page holds (shown in the side panel's "This site").
    let last = '';
    const report = () => {
      if (!ctx.isValid) return;
      const url = new URL(location.href);
      const status = {
        site: adapter.siteName(document, url).slice(0, 64) || location.hostname.slice(0, 64),
        composers: Math.min(adapter.findComposers(document, url).length, 100_000),
        // Reading every post on a long feed is a long task; count the ones Spoonbook has looked at.
        posts: Math.min(saver.knownPosts, 100_000),
      };
      const key = JSON.stringify(status);
      if (key === last) return;
      last = key;
      void browser.runtime.sendMessage({ type: 'page-status', ...status }).catch(() => undefined);
    };
    report();
    // Composers and posts come and go on single-page sites (Facebook, Reddit, Discourse).
    let timer: number | undefined;
    const observer = new MutationObserver(() => {
      saver.invalidate();
      if (timer !== undefined) return;
      timer = ctx.setTimeout(() => {
        timer = undefined;
        report();
      }, 1000);
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
  },
});
