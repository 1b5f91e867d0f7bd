// XenForo 2 (html#XF). Posts carry data-author and data-content="post-N";
// the editor is Froala (.fr-element, contenteditable) over a hidden textarea,
// or a plain textarea when Froala is off or in BB-code mode. The 2.3
// "MessageCard" layout is a fallback (forum-dl's selectors).

import {
  composerInfo,
  firstMatch,
  firstNonEmpty,
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

const POSTS = [
  'article.message--post[data-content^="post-"]',
  '[data-content^="post-"]',
  '.MessageCard__content[data-post-id]',
];
const BODIES = ['.message-body .bbWrapper', '.bbWrapper', '.message-userContent', '.MessageCard__body'];
// Quote headers ("X said:") and "click to expand" controls are page furniture, not the post's words.
const NOT_WORDS = '.bbCodeBlock-title, .bbCodeBlock-expandLink, .js-selectToQuoteEnd';

function readPost(post: Element, page: URL, index: number): PostInfo | null {
  const body = firstMatch(post, BODIES);
  if (!body) return null;
  const id = /^post-(\d+)$/.exec(post.getAttribute('data-content') ?? '')?.[1] ?? post.getAttribute('data-post-id') ?? undefined;
  const link = firstMatch(post, [
    'a.message-attribution-main[href]',
    '.message-attribution-main a[href*="/post-"]',
    '.message-attribution a[href*="/post-"]',
    'a.MessageCard__date-created[href]',
  ]);
  const time = firstMatch(post, ['.message-attribution time[datetime]', 'time.u-dt[datetime]', 'time[datetime]']);
  const thread = /^(.*\/threads\/[^/]+)/.exec(page.pathname)?.[1];
  const permalink = linkUrl(link, page) ?? (thread && id ? new URL(`${thread}/post-${id}`, page).href : undefined);
  const name =
    post.getAttribute('data-author') ??
    shortText(firstMatch(post, ['.message-name .username', '.message-name', 'a.MessageCard__user-info__name']));
  return {
    element: post,
    bodyElement: body,
    text: postText(body, { skip: NOT_WORDS }),
    author: name?.trim() || undefined,
    permalink,
    permalinkIsGuess: permalink && !link ? true : undefined,
    postedAt: toIsoDate(time?.getAttribute('datetime')) ?? toIsoDate(time?.getAttribute('data-time')),
    postedAtText: shortText(time),
    postId: id,
    kind: index === 0 && !/\/page-\d+/.test(page.pathname) ? 'post' : 'comment',
  };
}

function findPosts(root: ParentNode, url?: URL): PostInfo[] {
  const page = pageUrl(root, url);
  const found: PostInfo[] = [];
  for (const post of outermost(firstNonEmpty(root, POSTS))) {
    const info = readPost(post, page, found.length);
    if (info) found.push(info);
  }
  return found;
}

function composerKind(el: Element, page: URL): ComposerInfo['kind'] {
  const form = el.closest('form');
  const action = form?.getAttribute('action') ?? page.pathname;
  if (/\/edit\/?$/.test(action)) return 'edit';
  if (form?.classList.contains('js-quickReply') || /\/(?:add-reply|insert-reply|reply)\/?$/.test(action)) return 'reply';
  if (/\/(?:post-thread|create-thread|add)\/?$/.test(action)) return 'post';
  return 'unknown';
}

function isInlineHidden(el: Element): boolean {
  const style = el.getAttribute('style') ?? '';
  return /visibility\s*:\s*hidden|display\s*:\s*none/i.test(style) || el.hasAttribute('hidden');
}

function findComposers(root: ParentNode, url?: URL): ComposerInfo[] {
  const page = pageUrl(root, url);
  const froala = outermost(queryAll(root, '.fr-element[contenteditable="true"]'));
  const formsWithFroala = new Set(froala.map((el) => el.closest('form')).filter((f) => f !== null));
  // The textarea Froala edits is hidden; it is the composer only when Froala is not there (no JS, BB-code mode).
  const textareas = queryAll(root, 'textarea[name="message"], textarea[name="message_html"]').filter(
    (el) => !isInlineHidden(el) && !formsWithFroala.has(el.closest('form') as HTMLFormElement),
  );
  const all = [...froala, ...textareas];
  if (all.length === 0) return genericComposers(root);
  // Ctrl/⌘+Enter sends from XenForo's editor (unverified against a live 2.3 forum).
  return all.map((el) => composerInfo(el, composerKind(el, page), { modEnter: true }));
}

function findSubmitControl(composer: Element): Element | null {
  return formSubmitButton(composer.closest('form'), 'button[type="submit"].button--primary');
}

function groupName(doc: Document): string | undefined {
  const trail = doc.querySelector('.p-breadcrumbs:not(.p-breadcrumbs--bottom)') ?? doc.querySelector('.p-breadcrumbs');
  if (!trail) return undefined;
  const names = queryAll(trail, '[itemprop="name"]');
  return shortText(names[names.length - 1]);
}

export const xenforo: SiteAdapter = {
  platform: 'xenforo',
  detect: (doc) =>
    doc.documentElement?.id === 'XF' ||
    doc.querySelector('meta[name="generator"][content*="XenForo" i]') !== null ||
    doc.querySelector('article.message--post[data-content^="post-"]') !== null,
  siteName: (doc, url) => ogSiteName(doc) ?? hostLabel(url),
  groupName: (doc) => groupName(doc),
  // Direct conversations are the private part of a XenForo forum.
  audience: (doc) => ((doc.documentElement?.getAttribute('data-template') ?? '').startsWith('conversation') ? 'private' : 'public'),
  findComposers,
  findSubmitControl,
  findPosts,
};
