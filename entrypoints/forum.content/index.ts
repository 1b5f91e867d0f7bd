import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { BUILT_IN_MATCHES } from '@/utils/hosts';

const COMPOSER_SELECTOR = 'textarea, [contenteditable=""], [contenteditable="true"], [role="textbox"]';

function readPage(doc: Document) {
  const composers = doc.querySelectorAll(COMPOSER_SELECTOR).length;
  return { site: location.hostname.slice(0, 64), composers, posts: 0 };
}

export default defineContentScript({
  matches: [...BUILT_IN_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    let last = '';
    const report = () => {
      if (!ctx.isValid) return;
      const status = readPage(document);
      const key = JSON.stringify(status);
      if (key === last) return;
      last = key;
      void browser.runtime.sendMessage({ type: 'page-status', ...status }).catch(() => undefined);
    };
    report();
    // Composers come and go on single-page sites (Facebook, Reddit, Discourse).
    let timer: number | undefined;
    const observer = new MutationObserver(() => {
      if (timer !== undefined) return;
      timer = ctx.setTimeout(() => {
        timer = undefined;
        report();
      }, 500);
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
  },
});
