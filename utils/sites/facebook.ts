// Facebook groups (www/m/web.facebook.com).
//
// Facebook's class names are generated and rotate, and labels are localized,
// so everything here keys on roles, aria-* and data-* attributes (see
// research/forums.md §1). Every post, comment and reply box is a Lexical root;
// its context tells what it is: inside an article or a presentation form it is
// a comment box (Enter posts), inside a dialog it is the "Create post" box.

import { absoluteUrl, composerInfo, firstMatch, firstNonEmpty, outermost, ownMatch, pageUrl, queryAll, shortText } from './dom';
import { genericComposers } from './generic';
import { postText } from './post-text';
import type { Audience, ComposerInfo, PostInfo, SiteAdapter } from './types';

const EDITOR_SELECTORS = [
  '[contenteditable="true"][data-lexical-editor="true"]',
  '[contenteditable="true"][role="textbox"]',
  '.notranslate[contenteditable="true"]',
];

const ARTICLE = '[role="article"]';
const POST_SELECTORS = ['[role="article"][aria-posinset]', '[aria-posinset]', '[role="article"]:not([aria-label])'];
const STORY_TEXT = [
  '[data-ad-rendering-role="story_message"]',
  '[data-ad-preview="message"]',
  '[data-ad-comet-preview="message"]',
];
const POST_LINK = 'a[href*="/posts/"], a[href*="/permalink/"], a[href*="story_fbid="], a[href*="multi_permalinks="]';
const COMMENT_LINK = 'a[href*="comment_id="]';

// The dialog's send button is labelled, and the label is localized. A short
// table covers the common languages; the structural fallback (the dialog's last
// button) covers the rest. Label text is used here only to find the button.
const POST_BUTTON_LABELS = new Set([
  'post', 'publicar', 'publier', 'posten', 'pubblica', 'plaatsen', 'opublikuj', 'publicera', 'postar',
]);
const COMMENT_BUTTON_LABELS = new Set(['comment', 'post comment', 'reply', 'commenter', 'comentar', 'kommentieren']);

// Header text is the only privacy signal Facebook gives (research §1.3).
const PRIVATE_GROUP = /(?<!\p{L})(?:private group|groupe privé|grupo privado|private gruppe|gruppo privato|besloten groep|مجموعة خاصة)(?!\p{L})/iu;
const PUBLIC_GROUP = /(?<!\p{L})(?:public group|groupe public|grupo público|öffentliche gruppe|gruppo pubblico|openbare groep|مجموعة عامة)(?!\p{L})/iu;

function composerKind(el: Element): ComposerInfo['kind'] {
  const article = el.closest(ARTICLE);
  if (article) return article.hasAttribute('aria-label') && !article.hasAttribute('aria-posinset') ? 'reply' : 'comment';
  if (el.closest('form[role="presentation"]')) return 'comment';
  if (el.closest('[role="dialog"]')) return 'post';
  return 'unknown';
}

function findComposers(root: ParentNode): ComposerInfo[] {
  const editors = outermost(firstNonEmpty(root, EDITOR_SELECTORS));
  if (editors.length === 0) return genericComposers(root);
  return editors.map((el) => {
    const kind = composerKind(el);
    return composerInfo(el, kind, { enter: kind === 'comment' || kind === 'reply' });
  });
}

function labelled(scope: Element, labels: ReadonlySet<string>): Element | null {
  for (const button of queryAll(scope, '[role="button"][aria-label], button[aria-label]')) {
    const label = (button.getAttribute('aria-label') ?? '').trim().toLowerCase();
    if (labels.has(label)) return button;
  }
  return null;
}

/** The last button after the editor in document order: Facebook puts "Post" at the bottom of the dialog. */
function lastButtonAfter(scope: Element, editor: Element): Element | null {
  const buttons = queryAll(scope, '[role="button"], button[type="submit"]').filter(
    (b) => !editor.contains(b) && (editor.compareDocumentPosition(b) & 4) !== 0, // DOCUMENT_POSITION_FOLLOWING
  );
  return buttons[buttons.length - 1] ?? null;
}

function findSubmitControl(composer: Element): Element | null {
  const kind = composerKind(composer);
  if (kind === 'post' || kind === 'unknown') {
    const dialog = composer.closest('[role="dialog"]') ?? composer.closest('form');
    if (!dialog) return null;
    return labelled(dialog, POST_BUTTON_LABELS) ?? lastButtonAfter(dialog, composer);
  }
  // Comments post on Enter; a send button appears only in some layouts.
  const scope = composer.closest('form[role="presentation"]') ?? composer.closest(ARTICLE);
  if (!scope) return null;
  return (
    scope.querySelector('#focused-state-composer-submit [role="button"], #focused-state-composer-submit button') ??
    labelled(scope, COMMENT_BUTTON_LABELS)
  );
}

/** The id in a Facebook post or comment link, if there is one. */
function idFromLink(href: string | null | undefined, kind: 'post' | 'comment'): string | undefined {
  if (!href) return undefined;
  if (kind === 'comment') {
    // A reply's link carries both its parent's comment_id and its own reply_comment_id.
    return (/[?&]reply_comment_id=(\d+)/.exec(href) ?? /[?&]comment_id=(\d+)/.exec(href))?.[1];
  }
  const match = /\/(?:posts|permalink)\/(\d+)|[?&]story_fbid=(\d+)|[?&]multi_permalinks=(\d+)/.exec(href);
  return match?.slice(1).find((g) => g !== undefined);
}

/** A Facebook link without its click-tracking parameters (__cft__[0], __tn__…). */
function cleanLink(href: string | null | undefined, base: URL): string | undefined {
  const absolute = absoluteUrl(href, base);
  if (!absolute) return undefined;
  const url = new URL(absolute);
  for (const name of Array.from(url.searchParams.keys())) if (name.startsWith('__')) url.searchParams.delete(name);
  return url.href;
}

function groupPath(url: URL): string | undefined {
  return /^\/groups\/([^/]+)/.exec(url.pathname)?.[1];
}

function readPost(post: Element, url: URL): PostInfo | null {
  const body = ownMatch(post, STORY_TEXT.join(', '), ARTICLE);
  if (!body) return null;
  const link = queryAll(post, POST_LINK).find((a) => !body.contains(a) && a.closest(ARTICLE) === post);
  // Before it is hovered the timestamp link is "#": any link to the post (comment links too) gives the id.
  const idSource = link ?? queryAll(post, `${POST_LINK}, ${COMMENT_LINK}`).find((a) => idFromLink(a.getAttribute('href'), 'post'));
  const postId = idFromLink(idSource?.getAttribute('href'), 'post');
  let permalink = link ? cleanLink(link.getAttribute('href'), url) : undefined;
  let permalinkIsGuess = false;
  if (!permalink && postId) {
    const group = groupPath(url);
    permalink = group ? new URL(`/groups/${group}/posts/${postId}/`, url).href : `${url.origin}${url.pathname}#${postId}`;
    permalinkIsGuess = true;
  }
  const authorEl =
    ownMatch(post, '[data-ad-rendering-role="profile_name"]', ARTICLE) ??
    ownMatch(post, 'h2 a[role="link"], h3 a[role="link"], h2 strong, h3 strong', ARTICLE);
  const timestamp = link ?? queryAll(post, 'a[href="#"][role="link"]').find((a) => a.closest(ARTICLE) === post && !body.contains(a));
  return {
    element: post,
    bodyElement: body,
    text: postText(body, { skip: '[role="button"]' }),
    author: shortText(authorEl?.querySelector('strong, a') ?? authorEl),
    permalink,
    permalinkIsGuess: permalinkIsGuess || undefined,
    postedAtText: timestamp && !body.contains(timestamp) ? shortText(timestamp) : undefined,
    postId,
    kind: 'post',
  };
}

function readComment(comment: Element, url: URL): PostInfo | null {
  // The comment's words sit in dir=auto blocks that are not the author's name link.
  const body = queryAll(comment, 'div[dir="auto"]').find((el) => el.closest(ARTICLE) === comment && !el.closest('a'));
  if (!body) return null;
  const link = queryAll(comment, COMMENT_LINK).find((a) => a.closest(ARTICLE) === comment);
  const author = queryAll(comment, 'a[href*="/user/"], a[role="link"]').find(
    (a) => a.closest(ARTICLE) === comment && !a.matches(COMMENT_LINK) && shortText(a),
  );
  return {
    element: comment,
    bodyElement: body,
    text: postText(body, { skip: '[role="button"]' }),
    author: shortText(author),
    permalink: cleanLink(link?.getAttribute('href'), url),
    postedAtText: shortText(link),
    postId: idFromLink(link?.getAttribute('href'), 'comment'),
    kind: 'comment',
  };
}

function findPosts(root: ParentNode, url?: URL): PostInfo[] {
  const page = pageUrl(root, url);
  const posts = outermost(firstNonEmpty(root, POST_SELECTORS));
  const found: PostInfo[] = [];
  for (const post of posts) {
    const info = readPost(post, page);
    if (info) found.push(info);
    for (const comment of queryAll(post, '[role="article"][aria-label]')) {
      const c = readComment(comment, page);
      if (c) found.push(c);
    }
  }
  return found;
}

/** Text of the group header, leaving out the feed, dialogs and editors (a post saying "private group" must not count). */
function headerText(doc: Document): string {
  const main = doc.querySelector('[role="main"]') ?? doc.body;
  if (!main) return '';
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (parts.length > 400) return;
    if (node.nodeType === 3) parts.push((node as Text).data);
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.matches('[role="feed"], [role="article"], [role="dialog"], [contenteditable], script, style')) return;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(main);
  return parts.join(' ').replace(/\s+/g, ' ');
}

function audience(doc: Document): Audience {
  const header = headerText(doc);
  if (PRIVATE_GROUP.test(header)) return 'private';
  if (PUBLIC_GROUP.test(header)) return 'public';
  return 'unknown';
}

function groupName(doc: Document, url: URL): string | undefined {
  const group = groupPath(url);
  const heading = firstMatch(doc, [
    group ? `[role="main"] h1 a[href*="/groups/${cssEscape(group)}"]` : '',
    '[role="main"] h1',
  ].filter(Boolean));
  const fromHeading = shortText(heading);
  if (fromHeading) return fromHeading;
  const title = doc.title.replace(/\s*\|\s*Facebook\s*$/i, '').replace(/^\(\d+\)\s*/, '').trim();
  return group && title && title.toLowerCase() !== 'facebook' ? title : undefined;
}

// Group slugs are [A-Za-z0-9._-]; quote anything else rather than depend on a global CSS.escape.
function cssEscape(value: string): string {
  return value.replace(/[^\w.-]/g, (ch) => `\\${ch.codePointAt(0)?.toString(16)} `);
}

export const facebook: SiteAdapter = {
  platform: 'facebook',
  detect: (_doc, url) => /(?:^|\.)facebook\.com$/i.test(url.hostname),
  siteName: () => 'Facebook',
  groupName,
  audience: (doc) => audience(doc),
  findComposers: (root) => findComposers(root),
  findSubmitControl,
  findPosts,
};
