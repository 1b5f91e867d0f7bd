// Invision Community (IPS 4, with IC5 fallbacks).
//
// IPS 4 topics: article#elComment_N, [data-role=commentContent], the author
// pane, and a "?do=findComment&comment=N" link around a <time>. Each comment
// wrapper also carries data-quotedata JSON (username, timestamp), a useful
// fallback. The editor is CKEditor 4 (div area), CKEditor 5 from 2023, and
// Tiptap/ProseMirror in IC5 (unverified: no IC5 page was available).

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

const POSTS = ['article[id^="elComment_"]', 'article[data-comment-id]', '[data-commentid]'];

interface QuoteData {
  username?: string;
  timestamp?: number;
}

function quoteData(post: Element): QuoteData {
  const raw = post.querySelector('[data-quotedata]')?.getAttribute('data-quotedata') ?? post.getAttribute('data-quotedata');
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const { username, timestamp } = parsed as Record<string, unknown>;
    return {
      username: typeof username === 'string' ? username : undefined,
      timestamp: typeof timestamp === 'number' ? timestamp : undefined,
    };
  } catch {
    return {};
  }
}

function readPost(post: Element, page: URL, index: number): PostInfo | null {
  const body = post.querySelector('[data-role="commentContent"]');
  if (!body) return null;
  const id =
    /^elComment_(\d+)$/.exec(post.id)?.[1] ??
    post.getAttribute('data-comment-id') ??
    post.querySelector('[data-commentid]')?.getAttribute('data-commentid') ??
    post.getAttribute('data-commentid') ??
    undefined;
  const link = queryAll(post, 'a[href*="do=findComment"], a[href*="#comment-"]').find((a) => !body.contains(a));
  const time = queryAll(post, 'time[datetime]').find((t) => !body.contains(t));
  const extra = quoteData(post);
  const permalink = linkUrl(link, page);
  // IPS resolves "?do=findComment&comment=N" on the topic URL to the comment's page and anchor.
  const topic = page.pathname.includes('/topic/') ? new URL(page.pathname, page) : undefined;
  const guessed = !permalink && topic && id ? `${topic.href}?do=findComment&comment=${id}` : undefined;
  return {
    element: post,
    bodyElement: body,
    text: postText(body, { skip: '.ipsQuote_citation' }),
    author: shortText(firstMatch(post, ['.cAuthorPane_author a', '.cAuthorPane_author', '[data-role="authorName"]'])) ?? extra.username,
    permalink: permalink ?? guessed,
    permalinkIsGuess: guessed ? true : undefined,
    postedAt: toIsoDate(time?.getAttribute('datetime')) ?? toIsoDate(extra.timestamp?.toString()),
    postedAtText: shortText(time),
    postId: id,
    kind: index === 0 && !/\/page\/\d+/.test(page.pathname) ? 'post' : 'comment',
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

const EDITORS = [
  '.cke_wysiwyg_div[contenteditable="true"]',
  '.cke_editable[contenteditable="true"]',
  '.ck-editor__editable[contenteditable="true"]',
  '.ProseMirror[contenteditable="true"]',
  '[data-ipseditor] [contenteditable="true"]',
].join(', ');

function composerKind(el: Element, page: URL): ComposerInfo['kind'] {
  if (el.closest('[data-role="replyArea"]')) return 'reply';
  if (el.closest('article[id^="elComment_"], [data-role="commentContent"]')) return 'edit';
  if (/\/submit\/|\/messenger\/compose/.test(page.pathname) || page.searchParams.get('do') === 'add') return 'post';
  return 'unknown';
}

function findComposers(root: ParentNode, url?: URL): ComposerInfo[] {
  const page = pageUrl(root, url);
  const rich = outermost(queryAll(root, EDITORS));
  const richForms = new Set(rich.map((el) => el.closest('form')));
  // The source textarea is hidden by the editor; it is the composer only when no editor loaded.
  const plain = queryAll(root, 'textarea[data-role="contentEditor"]').filter(
    (el) => !richForms.has(el.closest('form')) && !el.hasAttribute('hidden'),
  );
  const all = [...rich, ...plain];
  if (all.length === 0) return genericComposers(root);
  return all.map((el) => composerInfo(el, composerKind(el, page)));
}

function findSubmitControl(composer: Element): Element | null {
  return formSubmitButton(composer.closest('form'), 'button[type="submit"].ipsButton_primary, button[type="submit"].ipsButton--primary');
}

function groupName(doc: Document): string | undefined {
  const links = queryAll(doc, '[data-role="breadcrumbList"] li a');
  return shortText(links[links.length - 1]);
}

function siteName(doc: Document, url: URL): string {
  const parts = doc.title.split(' - ');
  return ogSiteName(doc) ?? (parts.length > 1 ? parts[parts.length - 1]?.trim() : undefined) ?? hostLabel(url);
}

export const invision: SiteAdapter = {
  platform: 'invision',
  detect: (doc) =>
    doc.querySelector('meta[name="generator"][content*="Invision" i]') !== null ||
    doc.querySelector('body[data-pageapp], article[id^="elComment_"], [data-role="commentContent"]') !== null,
  siteName,
  groupName: (doc) => groupName(doc),
  // Personal conversations live under /messenger/.
  audience: (doc, url) =>
    url.pathname.includes('/messenger/') || doc.body?.getAttribute('data-pagemodule') === 'messaging' ? 'private' : 'public',
  findComposers,
  findSubmitControl,
  findPosts,
};
