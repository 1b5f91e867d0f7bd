// phpBB 3.x (prosilver and most themes built on it).
//
// Templates read: viewtopic_body.html and posting_editor.html. Posts are
// div.post#pNNN with .postbody .content; the editor is a plain BBCode textarea
// (#message) in #postform, or #qr_postform for quick reply. phpBB puts the
// session id (sid) in every link; it is removed from permalinks.

import {
  composerInfo,
  firstMatch,
  firstNonEmpty,
  formSubmitButton,
  hostLabel,
  linkUrl,
  ogSiteName,
  pageUrl,
  queryAll,
  shortText,
  toIsoDate,
} from './dom';
import { genericComposers } from './generic';
import { postText } from './post-text';
import type { ComposerInfo, PostInfo, SiteAdapter } from './types';

const POSTS = ['div.post[id^="p"]', '.post[id^="p"]'];

/** The shown date: text after "»" in p.author (prosilver), when there is no <time>. */
function shownDate(author: Element | null): string | undefined {
  const text = shortText(author);
  if (!text) return undefined;
  const after = text.split('»').pop()?.trim();
  return after && after !== text ? after : undefined;
}

function readPost(post: Element, page: URL, index: number): PostInfo | null {
  const id = /^p(\d+)$/.exec(post.id)?.[1];
  if (!id) return null;
  const body = post.querySelector('.postbody .content') ?? post.querySelector('.content');
  if (!body) return null;
  const author = post.querySelector('p.author');
  const time = author?.querySelector('time[datetime]') ?? post.querySelector('.postbody time[datetime]');
  const link =
    author?.querySelector('a[href*="viewtopic.php"][href*="p="]') ??
    firstMatch(post, ['h3 a[href*="#p"]', `a[href$="#p${id}"]`]);
  const name = firstMatch(post, [
    '.postprofile .username',
    '.postprofile .username-coloured',
    'p.author .username',
    'p.author .username-coloured',
  ]);
  const start = Number(page.searchParams.get('start') ?? '0');
  return {
    element: post,
    bodyElement: body,
    text: postText(body),
    author: shortText(name),
    permalink: linkUrl(link, page),
    postedAt: toIsoDate(time?.getAttribute('datetime')),
    postedAtText: shortText(time) ?? shownDate(author),
    postId: id,
    kind: index === 0 && !(start > 0) ? 'post' : 'comment',
  };
}

function findPosts(root: ParentNode, url?: URL): PostInfo[] {
  const page = pageUrl(root, url);
  const found: PostInfo[] = [];
  for (const post of firstNonEmpty(root, POSTS)) {
    const info = readPost(post, page, found.length);
    if (info) found.push(info);
  }
  return found;
}

const MODE_KINDS: Readonly<Record<string, ComposerInfo['kind']>> = {
  post: 'post',
  reply: 'reply',
  quote: 'reply',
  edit: 'edit',
  compose: 'post',
};

function composerKind(el: Element, page: URL): ComposerInfo['kind'] {
  const form = el.closest('form');
  if (form?.id === 'qr_postform') return 'reply';
  const action = form?.getAttribute('action');
  let mode: string | null = null;
  if (action) {
    try {
      mode = new URL(action, page).searchParams.get('mode');
    } catch {
      mode = null;
    }
  }
  mode ??= page.searchParams.get('mode');
  if (page.pathname.endsWith('viewtopic.php') && !mode) return 'reply';
  return (mode && MODE_KINDS[mode]) || 'unknown';
}

function findComposers(root: ParentNode, url?: URL): ComposerInfo[] {
  const page = pageUrl(root, url);
  const boxes = firstNonEmpty(root, ['textarea#message', 'textarea[name="message"]']);
  if (boxes.length === 0) return genericComposers(root);
  return boxes.map((el) => composerInfo(el, composerKind(el, page)));
}

function findSubmitControl(composer: Element): Element | null {
  return formSubmitButton(composer.closest('form'), 'input[type="submit"][name="post"], button[name="post"]');
}

function siteName(doc: Document, url: URL): string {
  const title = doc.title.split(' - ');
  return ogSiteName(doc) ?? shortText(doc.querySelector('#site-description h1')) ?? (title.length > 1 ? title.pop()?.trim() : undefined) ?? hostLabel(url);
}

function groupName(doc: Document): string | undefined {
  const crumbs = queryAll(doc, '#nav-breadcrumbs .crumb[data-forum-id], .breadcrumbs .crumb[data-forum-id]');
  return shortText(crumbs[crumbs.length - 1]);
}

export const phpbb: SiteAdapter = {
  platform: 'phpbb',
  detect: (doc) =>
    doc.querySelector('body#phpbb') !== null ||
    doc.querySelector('meta[name="generator"][content*="phpBB" i]') !== null ||
    doc.querySelector('div.post[id^="p"] .postbody') !== null,
  siteName,
  groupName: (doc) => groupName(doc),
  // Private messages live in the user control panel (ucp.php?i=pm).
  audience: (doc, url) =>
    doc.body?.classList.contains('section-ucp') || url.pathname.endsWith('ucp.php') ? 'private' : 'public',
  findComposers,
  findSubmitControl,
  findPosts,
};
