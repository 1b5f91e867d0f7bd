// Small DOM helpers shared by the site adapters. All take the nodes they work
// on; none reads a global document or window.

import type { ComposerInfo, ComposerKind, EditorKind } from './types';

export function queryAll(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

/**
 * Results of the first selector that matches anything: primary selector first, fallbacks after.
 * `root` itself counts when it matches, so asking about one post (or one editor) finds it
 * without reading the page around it.
 */
export function firstNonEmpty(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = queryAll(root, selector);
    if (isElement(root) && root.matches(selector)) found.unshift(root);
    if (found.length > 0) return found;
  }
  return [];
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

/** The first element matched by any selector, trying them in order. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Drop elements that sit inside another element of the same list (nested editors, nested matches). */
export function outermost(elements: readonly Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/** The first match of `selector` inside `scope` that is not inside a nested `exclude` container. */
export function ownMatch(scope: Element, selector: string, exclude: string): Element | null {
  for (const el of queryAll(scope, selector)) {
    const nested = el.parentElement?.closest(exclude);
    if (!nested || nested === scope || !scope.contains(nested)) return el;
  }
  return null;
}

/** Visible-ish text of a small element (a name, a date): whitespace collapsed and trimmed. */
export function shortText(el: Element | null | undefined): string | undefined {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

export function documentOf(root: ParentNode): Document {
  return (root as Node).ownerDocument ?? (root as Document);
}

/** The page URL for `root`: the one passed in, else the document's own (about:blank in a detached parse). */
export function pageUrl(root: ParentNode, url?: URL): URL {
  if (url) return url;
  try {
    return new URL(documentOf(root).URL);
  } catch {
    return new URL('about:blank');
  }
}

// Session ids some forums put in every link (phpBB `sid`, vBulletin `s`): they are
// personal and expire, so they must not end up in a saved permalink.
const SESSION_PARAMS = ['sid', 's', 'PHPSESSID', 'phpsessid'];

/** Resolve `href` against `base`; null for empty, "#", javascript: or unparseable links. Session ids removed. */
export function absoluteUrl(href: string | null | undefined, base: URL | string): string | undefined {
  const raw = href?.trim();
  if (!raw || raw === '#' || /^javascript:/i.test(raw)) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(raw, base);
  } catch {
    return undefined;
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return undefined;
  for (const name of SESSION_PARAMS) resolved.searchParams.delete(name);
  return resolved.href;
}

/** The href of a link resolved against the element's own base (honours <base href>). */
export function linkUrl(link: Element | null | undefined, fallbackBase: URL): string | undefined {
  if (!link) return undefined;
  const base = link.baseURI && link.baseURI !== 'about:blank' ? link.baseURI : fallbackBase.href;
  return absoluteUrl(link.getAttribute('href'), base);
}

const EARLIEST = Date.UTC(1990, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/**
 * A machine-readable time as ISO 8601 (UTC), or undefined. Accepts ISO-like
 * strings, including the "+0200" offsets and microseconds that XenForo and
 * Reddit emit, and epoch numbers (seconds or milliseconds).
 */
export function toIsoDate(value: string | null | undefined): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  let ms: number;
  if (/^\d{9,13}$/.test(raw)) {
    const n = Number(raw);
    ms = raw.length >= 12 ? n : n * 1000;
  } else {
    const normalised = raw
      .replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2')
      .replace(/(\.\d{3})\d+/, '$1')
      .replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
      .replace(/ ?UTC$|\+00:00$/, 'Z');
    if (!/^\d{4}-\d{2}-\d{2}/.test(normalised)) return undefined;
    ms = Date.parse(normalised);
  }
  if (!Number.isFinite(ms) || ms < EARLIEST || ms > LATEST) return undefined;
  return new Date(ms).toISOString();
}

/** Which editor runs this editable element. */
export function editorKindOf(el: Element): EditorKind {
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'INPUT') return 'textarea';
  if (el.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  const cls = el.classList;
  if (cls.contains('ProseMirror')) return 'prosemirror';
  if (cls.contains('fr-element')) return 'froala';
  if (cls.contains('cke_editable') || cls.contains('ck-editor__editable') || cls.contains('cke_wysiwyg_div')) {
    return 'ckeditor';
  }
  return 'contenteditable';
}

export function composerInfo(
  element: Element,
  kind: ComposerKind,
  keys: { enter?: boolean; modEnter?: boolean } = {},
): ComposerInfo {
  return {
    element,
    kind,
    editor: editorKindOf(element),
    submitsOnEnter: keys.enter ?? false,
    submitsOnModEnter: keys.modEnter ?? false,
  };
}

/** `<meta property="og:site_name">`, the usual place a forum states its own name. */
export function ogSiteName(doc: Document): string | undefined {
  const content = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim();
  return content ? content : undefined;
}

/** The host without "www.", as a last-resort site name. */
export function hostLabel(url: URL): string {
  return url.hostname.replace(/^www\./, '') || 'this site';
}

/** A form's submit button, skipping preview/draft/cancel buttons many forums put first. */
export function formSubmitButton(form: Element | null, preferred?: string): Element | null {
  if (!form) return null;
  // A platform's own submit button first; otherwise the form's first submit that isn't preview/draft/cancel.
  const own = preferred ? form.querySelector(preferred) : null;
  if (own) return own;
  const candidates = queryAll(form, 'button[type="submit"], input[type="submit"], button:not([type])');
  const isSide = (el: Element): boolean =>
    /preview|draft|cancel|save_?draft|attach/i.test(`${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''}`);
  return candidates.find((el) => !isSide(el)) ?? null;
}
