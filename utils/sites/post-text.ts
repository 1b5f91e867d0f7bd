// Plain text of a post or comment body, as a reader sees it.
//
// Unlike a draft (utils/editor/text.ts, which keeps every character so offsets
// map back to the editor), a saved post needs the rendered reading: source
// indentation and line wrapping collapse to single spaces, <br> and block edges
// become line breaks, decorative and hidden parts are left out, and emoji
// drawn as images keep their alt text.

import { BLOCK_ELEMENTS, SKIPPED_ELEMENTS } from '@/utils/editor/text';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface PostTextOptions {
  /** Selector for parts of the body that are not the post's words ("See more" buttons, vote widgets…). */
  readonly skip?: string;
}

// Emoji images: Discourse/Twemoji use class "emoji" and ":name:" alts; Facebook uses the emoji itself as alt.
const EMOJI_ALT = /^(?::[\w+-]+:|\p{Extended_Pictographic})/u;

function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

function imageText(img: Element): string {
  const alt = img.getAttribute('alt')?.trim() ?? '';
  if (alt === '') return '';
  const isEmoji = (img.getAttribute('class') ?? '').split(/\s+/).includes('emoji') || EMOJI_ALT.test(alt);
  return isEmoji ? alt : '';
}

/** Collapse spaces, trim each line, keep at most one blank line between paragraphs. */
export function normalisePostText(raw: string): string {
  return raw
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\r]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The words of a post body as plain text (lines kept, whitespace normalised). */
export function postText(body: Element, options: PostTextOptions = {}): string {
  const parts: string[] = [];
  const walk = (node: Node, inPre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      parts.push(inPre ? data : data.replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_ELEMENTS.has(tag) || isHiddenByMarkup(el)) return;
    if (options.skip && el.matches(options.skip)) return;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    if (tag === 'IMG') {
      parts.push(imageText(el));
      return;
    }
    const edge = BLOCK_ELEMENTS.has(tag) ? (tag === 'P' ? '\n\n' : '\n') : '';
    parts.push(edge);
    const pre = inPre || tag === 'PRE';
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, pre);
    parts.push(edge);
  };
  for (let child = body.firstChild; child; child = child.nextSibling) walk(child, false);
  return normalisePostText(parts.join(''));
}
