/**
 * The one place where HTML from web pages is cleaned. Saved posts are shown as
 * text; when formatting is kept, it is only the handful of tags below, links only
 * to http(s) pages, and nothing that can run code or load anything (no images,
 * styles, classes, event handlers, forms, frames, SVG or MathML).
 *
 * DOMPurify needs a DOM, and utils/ never reaches for globals, so the caller
 * passes a window: the side panel's own, or a jsdom window in tests. A Chrome
 * service worker has none; it stores text only.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier, type WindowLike } from 'dompurify';

export const ALLOWED_TAGS = ['p', 'br', 'b', 'strong', 'i', 'em', 'ul', 'ol', 'li', 'blockquote', 'a', 'code', 'pre'];

/** Links must be absolute http(s); relative, javascript:, data:, mailto: and the rest lose their href. */
const WEB_LINK = /^https?:\/\//i;

const SANITIZE_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: WEB_LINK,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
};

/** Elements that start a new line when HTML becomes text. */
const BLOCK_TAGS = [
  'p', 'div', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table',
  'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'hr',
];
const TEXT_CONFIG = {
  ALLOWED_TAGS: [...BLOCK_TAGS, 'br', 'td', 'th', 'span', 'b', 'strong', 'i', 'em', 'a', 'code'],
  ALLOWED_ATTR: [],
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true as const,
} satisfies Config;

export interface Sanitizer {
  /** HTML limited to the allow-list above. Safe to insert; the UI still prefers the plain text. */
  sanitizeHtml(html: string): string;
  /** The readable text of some HTML: block elements and <br> become line breaks, scripts and styles vanish. */
  htmlToText(html: string): string;
}

function linksOpenSafely(purifier: Purifier): void {
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A' || !node.hasAttribute('href')) return;
    // A new tab, with no window.opener and no Referer, for every kept link.
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer nofollow');
  });
}

/** Blocks that stand apart as paragraphs (a blank line around them); other blocks just start a new line. */
const PARAGRAPH_TAGS = ['p', 'blockquote', 'pre', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'dl', 'hr'];

/**
 * Text from a sanitised fragment. Line breaks and spaces are held back until the
 * next text arrives, so the work stays linear however many blocks there are.
 */
function fragmentToText(root: Node | null, elementNode: number, textNode: number): string {
  if (!root) return '';
  const parts: string[] = [];
  let pendingBreaks = 0;
  let pendingSpace = false;
  const emit = (text: string) => {
    if (parts.length) parts.push(pendingBreaks ? '\n'.repeat(pendingBreaks) : pendingSpace ? ' ' : '');
    parts.push(text);
    pendingBreaks = 0;
    pendingSpace = false;
  };
  // An explicit stack rather than recursion: hostile HTML can nest thousands of levels deep.
  const stack: Array<{ node: Node; inPre: boolean; gap?: number }> = [{ node: root, inPre: false }];
  while (stack.length) {
    const { node, inPre, gap } = stack.pop()!;
    if (gap !== undefined) {
      // Leaving a block element.
      pendingBreaks = Math.max(pendingBreaks, gap);
      continue;
    }
    if (node.nodeType === textNode) {
      const value = node.nodeValue ?? '';
      if (inPre) {
        if (value) emit(value);
        continue;
      }
      // Outside <pre>, HTML whitespace collapses to single spaces.
      const text = value.replace(/[ \t\r\n\f]+/g, ' ');
      const core = text.trim();
      if (text.startsWith(' ')) pendingSpace = true;
      if (core) emit(core);
      if (core && text.endsWith(' ')) pendingSpace = true;
      continue;
    }
    if (node.nodeType !== elementNode && node !== root) continue;
    const name = node.nodeName.toLowerCase();
    if (name === 'br') {
      pendingBreaks = Math.min(2, pendingBreaks + 1);
      continue;
    }
    const blockGap = PARAGRAPH_TAGS.includes(name) ? 2 : BLOCK_TAGS.includes(name) ? 1 : 0;
    pendingBreaks = Math.max(pendingBreaks, blockGap);
    stack.push({ node, inPre, gap: blockGap });
    const children: Node[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, inPre: inPre || name === 'pre' });
  }
  return parts.join('');
}

/** Builds a sanitiser bound to one window (DOMPurify parses with that window's DOMParser). */
export function createSanitizer(win: WindowLike): Sanitizer {
  const forHtml = DOMPurify(win);
  const forText = DOMPurify(win);
  if (!forHtml.isSupported) throw new Error('This window has no usable DOM, so HTML cannot be cleaned here.');
  linksOpenSafely(forHtml);
  const { ELEMENT_NODE, TEXT_NODE } = win.Node;
  return {
    sanitizeHtml: (html) => forHtml.sanitize(html, SANITIZE_CONFIG),
    htmlToText: (html) => fragmentToText(forText.sanitize(html, TEXT_CONFIG), ELEMENT_NODE, TEXT_NODE),
  };
}
