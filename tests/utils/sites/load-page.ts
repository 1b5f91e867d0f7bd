// Parse a saved page the way a content script's DOM would look, but inert:
// a separate happy-dom window with script evaluation and every kind of file
// loading off, so nothing in a fixture can run or reach the network.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';

export const SHARED_FIXTURES = path.resolve(process.cwd(), '../shared/fixtures');
export const OWN_FIXTURES = path.resolve(process.cwd(), 'tests/fixtures');

export interface LoadedPage {
  readonly doc: Document;
  readonly url: URL;
}

export function parsePage(html: string, url: string): LoadedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, url: new URL(url) };
}

/** Read a fixture file; `encoding` for pages saved in a legacy charset (the vBulletin page is windows-1252). */
export function loadPage(file: string, url: string, encoding = 'utf-8'): LoadedPage {
  const bytes = readFileSync(file);
  return parsePage(new TextDecoder(encoding).decode(bytes), url);
}

/**
 * Put a fixture page into the test environment's own document (happy-dom), so
 * its behaviour module can be imported and run against it. Script tags are
 * dropped: the test imports the module itself.
 */
export function installPage(file: string): void {
  const parsed = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
  for (const script of Array.from(parsed.querySelectorAll('script'))) script.remove();
  const html = document.documentElement;
  for (const name of html.getAttributeNames()) html.removeAttribute(name);
  for (const name of parsed.documentElement.getAttributeNames()) html.setAttribute(name, parsed.documentElement.getAttribute(name) ?? '');
  document.head.replaceChildren(...Array.from(parsed.head.childNodes, (n) => document.importNode(n, true)));
  document.body.replaceWith(document.importNode(parsed.body, true));
}
