// vBulletin 3, 4 and 5.
//
// vB4: li.postcontainer#post_N with div#post_message_N and a.postcounter (the
// fixture). vB5: .b-post[data-node-id] with .js-post__content-text and
// a.b-post__count (forum-dl). vB3: div#post_message_N inside table#postN.
// Links carry a session hash (?s=…), removed from permalinks. The editor is a
// textarea (quick reply) or CKEditor; CKEditor in iframe mode is out of reach.

import {
  composerInfo,
  firstMatch,
  formSubmitButton,
  hostLabel,
  linkUrl,
  ogSiteName,
  outermost,
  pageUrl,
  queryAll,
  shortText,
  toIsoDate,
} from './dom';
import { genericComposers } from './generic';
import { postText } from './post-text';
import type { ComposerInfo, PostInfo, SiteAdapter } from './types';

const DATE_LIKE = /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}/;

/** The shown date: vB4's span.date, else the first short date-like text outside the body (themes move it). */
function shownDate(post: Element, body: Element): string | undefined {
  const explicit = firstMatch(post, ['span.date', '.postdate', 'time']);
  if (explicit) return shortText(explicit);
  let best: string | undefined;
  for (const el of queryAll(post, 'dd, span, div')) {
    if (body.contains(el) || el.contains(body)) continue;
    const text = shortText(el);
    // The tightest element wins: its parent may add the post counter or a title.
    if (text && text.length <= 40 && DATE_LIKE.test(text) && (!best || text.length < best.length)) best = text;
  }
  return best;
}

function kindFromNumber(n: string | null | undefined): 'post' | 'comment' {
  return n?.replace(/\D/g, '') === '1' ? 'post' : 'comment';
}

function readV4(post: Element, page: URL): PostInfo | null {
  const id = /^post_(\d+)$/.exec(post.id)?.[1];
  if (!id) return null;
  const body = post.querySelector(`#post_message_${id}`) ?? post.querySelector('[id^="post_message_"]');
  if (!body) return null;
  const counter = post.querySelector('a.postcounter');
  return {
    element: post,
    bodyElement: body,
    text: postText(body),
    author: shortText(firstMatch(post, ['.username_container a.username', 'a.username', '.username'])),
    permalink: linkUrl(counter, page),
    postedAtText: shownDate(post, body),
    postId: id,
    kind: kindFromNumber(post.querySelector('a[id^="postcount"][name]')?.getAttribute('name') ?? shortText(counter)),
  };
}

function readV5(post: Element, page: URL): PostInfo | null {
  const body = post.querySelector('.js-post__content-text');
  if (!body) return null;
  const counter = post.querySelector('a.b-post__count');
  const time = post.querySelector('time[datetime], [itemprop="dateCreated"]');
  return {
    element: post,
    bodyElement: body,
    text: postText(body),
    author: shortText(firstMatch(post, ['.b-post__author a', '[itemprop="author"] [itemprop="name"]', '.author a'])),
    permalink: linkUrl(counter, page),
    postedAt: toIsoDate(time?.getAttribute('datetime') ?? time?.getAttribute('content')),
    postedAtText: shortText(time),
    postId: post.getAttribute('data-node-id') ?? undefined,
    kind: kindFromNumber(shortText(counter)),
  };
}

function readV3(body: Element, page: URL): PostInfo | null {
  const id = /^post_message_(\d+)$/.exec(body.id)?.[1];
  if (!id) return null;
  const post = body.closest(`#post${id}, #edit${id}`) ?? body.closest('table') ?? body;
  const counter = post.querySelector(`a#postcount${id}, a[id^="postcount"]`);
  return {
    element: post,
    bodyElement: body,
    text: postText(body),
    author: shortText(firstMatch(post, ['a.bigusername', '.bigusername', 'a.username'])),
    permalink: linkUrl(counter, page),
    postedAtText: post === body ? undefined : shownDate(post, body),
    postId: id,
    kind: kindFromNumber(counter?.getAttribute('name') ?? shortText(counter)),
  };
}

function findPosts(root: ParentNode, url?: URL): PostInfo[] {
  const page = pageUrl(root, url);
  const keep = (p: PostInfo | null): p is PostInfo => p !== null;
  const v4 = queryAll(root, 'li.postcontainer[id^="post_"], li[id^="post_"]').map((p) => readV4(p, page)).filter(keep);
  if (v4.length > 0) return v4;
  const v5 = outermost(queryAll(root, '.b-post[data-node-id]')).map((p) => readV5(p, page)).filter(keep);
  if (v5.length > 0) return v5;
  return queryAll(root, 'div[id^="post_message_"]').map((b) => readV3(b, page)).filter(keep);
}

function composerKind(el: Element, page: URL): ComposerInfo['kind'] {
  const form = el.closest('form');
  const target = `${form?.getAttribute('action') ?? ''} ${page.pathname}`;
  if (/editpost\.php/.test(target)) return 'edit';
  if (form?.id === 'quick_reply' || form?.id === 'qrform' || /newreply\.php/.test(target)) return 'reply';
  if (/newthread\.php|private\.php/.test(target)) return 'post';
  if (/showthread\.php/.test(target)) return 'reply';
  return 'unknown';
}

function isInlineHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

function findComposers(root: ParentNode, url?: URL): ComposerInfo[] {
  const page = pageUrl(root, url);
  const rich = outermost(queryAll(root, '.cke_editable[contenteditable="true"], .cke_wysiwyg_div[contenteditable="true"]'));
  const richForms = new Set(rich.map((el) => el.closest('form')));
  const plain = queryAll(root, 'textarea[name="message"], textarea[name="text"]').filter(
    (el) => !isInlineHidden(el) && !richForms.has(el.closest('form')),
  );
  const all = [...rich, ...plain];
  if (all.length === 0) return genericComposers(root);
  return all.map((el) => composerInfo(el, composerKind(el, page)));
}

function findSubmitControl(composer: Element): Element | null {
  return formSubmitButton(composer.closest('form'), '#qr_submit, input[type="submit"][name="sbutton"]');
}

function groupName(doc: Document): string | undefined {
  const crumbs = queryAll(doc, '#breadcrumb .navbit:not(.lastnavbit) a, .breadcrumb .navbit:not(.lastnavbit) a, .b-breadcrumbs a')
    .map((a) => shortText(a))
    .filter((t): t is string => t !== undefined && t !== '/');
  return crumbs[crumbs.length - 1];
}

export const vbulletin: SiteAdapter = {
  platform: 'vbulletin',
  detect: (doc) =>
    doc.querySelector('meta[name="generator"][content^="vBulletin" i]') !== null ||
    doc.documentElement?.id === 'vbulletin_html' ||
    doc.querySelector('li.postcontainer[id^="post_"], .b-post[data-node-id], div[id^="post_message_"]') !== null,
  siteName: (doc, url) => ogSiteName(doc) ?? hostLabel(url),
  groupName: (doc) => groupName(doc),
  audience: (_doc, url) => (url.pathname.endsWith('private.php') ? 'private' : 'public'),
  findComposers,
  findSubmitControl,
  findPosts,
};
