// Discourse (many self-hosted patient communities; community.patient.info).
//
// Two markups: the live Ember app a content script sees (article[data-post-id],
// .cooked, #reply-control) and the server-rendered crawler view (schema.org
// microdata). The composer is `.d-editor-input`: a textarea in markdown mode,
// a ProseMirror root in rich mode. #reply-control carries the composer action
// as a class (composer-action-reply, -create-topic, -edit, -private-message),
// and Ctrl/⌘+Enter sends (discourse/discourse composer-body.js).

import {
  absoluteUrl,
  composerInfo,
  firstMatch,
  firstNonEmpty,
  hostLabel,
  linkUrl,
  ogSiteName,
  outermost,
  pageUrl,
  queryAll,
  shortText,
  toIsoDate,
} from './dom';
import { genericComposers, genericSubmitControl } from './generic';
import { postText } from './post-text';
import type { Audience, ComposerInfo, PostInfo, SiteAdapter } from './types';

const LIVE_POSTS = ['.topic-post article[data-post-id]', 'article[data-post-id]'];
const CRAWLER_POSTS = '.topic-body.crawler-post, .crawler-post';
const EMBEDDED = '.embedded-posts, .post__embedded-posts';
// Lightbox captions ("image.png 1365×718 217 KB") and quote headers ("name:") are in .cooked but not what anyone wrote.
const NOT_WORDS = '.lightbox-wrapper .meta, .cooked-selection-barrier, aside.quote > .title';

/** "https://host/t/slug/123" for the topic, from the canonical link or the page path. */
function topicUrl(doc: Document, page: URL): string | undefined {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const base = new URL(absoluteUrl(canonical, page) ?? page.href);
  return /^(.*\/t\/[^/]+\/\d+)/.exec(base.origin + base.pathname)?.[1];
}

function postNumber(article: Element): number | undefined {
  const fromId = /^post_(\d+)$/.exec(article.id)?.[1];
  const fromAttr = article.closest('[data-post-number]')?.getAttribute('data-post-number');
  const n = Number(fromId ?? fromAttr);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function readLivePost(article: Element, page: URL, topic: string | undefined): PostInfo | null {
  const body = queryAll(article, '.cooked').find((el) => !el.closest(EMBEDDED));
  if (!body) return null;
  const number = postNumber(article);
  const nameLink =
    firstMatch(article, ['.names .first a[data-user-card]', '.names a[data-user-card]', '.username a[data-user-card]']) ??
    article.querySelector('a[data-user-card]');
  const dateLink = article.querySelector('a.post-date[href], .post-info.post-date a[href]');
  const time = article.querySelector('.relative-date[data-time], [data-time]');
  const permalink = linkUrl(dateLink, page) ?? (topic && number ? `${topic}/${number}` : undefined);
  return {
    element: article,
    bodyElement: body,
    text: postText(body, { skip: NOT_WORDS }),
    author: shortText(nameLink) ?? nameLink?.getAttribute('data-user-card') ?? undefined,
    permalink,
    permalinkIsGuess: permalink && !dateLink ? true : undefined,
    postedAt: toIsoDate(time?.getAttribute('data-time')),
    postedAtText: shortText(time),
    postId: article.getAttribute('data-post-id') ?? undefined,
    kind: number === 1 ? 'post' : 'comment',
  };
}

function readCrawlerPost(item: Element, page: URL, topic: string | undefined): PostInfo | null {
  const body = item.querySelector('[itemprop="articleBody"], .post');
  if (!body) return null;
  const published = item.querySelector('[itemprop="datePublished"]') ?? item.querySelector('time.post-time[datetime]');
  const position = Number(shortText(item.querySelector('[itemprop="position"]')));
  const number = Number.isInteger(position) && position > 0 ? position : undefined;
  // The shown <time> is the edit date when the post was edited (itemprop=dateModified); only show a posting time.
  const shownTime = item.querySelector('time[itemprop="datePublished"]');
  return {
    element: item,
    bodyElement: body,
    text: postText(body, { skip: NOT_WORDS }),
    author: shortText(item.querySelector('.creator [itemprop="name"], [itemprop="author"] [itemprop="name"]')),
    permalink: topic && number ? `${topic}/${number}` : undefined,
    permalinkIsGuess: topic && number ? true : undefined,
    postedAt: toIsoDate(published?.getAttribute('content') ?? published?.getAttribute('datetime')),
    postedAtText: shortText(shownTime),
    kind: number === 1 ? 'post' : 'comment',
  };
}

function findPosts(root: ParentNode, url?: URL): PostInfo[] {
  const page = pageUrl(root, url);
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const topic = topicUrl(doc, page);
  const live = outermost(firstNonEmpty(root, LIVE_POSTS))
    .map((a) => readLivePost(a, page, topic))
    .filter((p): p is PostInfo => p !== null);
  if (live.length > 0) return live;
  return queryAll(root, CRAWLER_POSTS)
    .map((item) => readCrawlerPost(item, page, topic))
    .filter((p): p is PostInfo => p !== null);
}

const ACTION_KINDS: ReadonlyArray<[string, ComposerInfo['kind']]> = [
  ['composer-action-reply', 'reply'],
  ['composer-action-edit', 'edit'],
  ['composer-action-create-topic', 'post'],
  ['composer-action-private-message', 'post'],
  ['composer-action-create-shared-draft', 'post'],
];

function composerKind(el: Element): ComposerInfo['kind'] {
  const control = el.closest('#reply-control');
  if (!control) return 'unknown';
  for (const [cls, kind] of ACTION_KINDS) if (control.classList.contains(cls)) return kind;
  if (control.classList.contains('topic') || control.classList.contains('private-message')) return 'post';
  return 'unknown';
}

function findComposers(root: ParentNode): ComposerInfo[] {
  const editors = outermost(
    firstNonEmpty(root, [
      '#reply-control .d-editor-input',
      '.d-editor-input',
      '#reply-control .ProseMirror[contenteditable="true"], #reply-control textarea',
    ]),
  );
  if (editors.length === 0) return genericComposers(root);
  return editors.map((el) => composerInfo(el, composerKind(el), { modEnter: true }));
}

function findSubmitControl(composer: Element): Element | null {
  const control = composer.closest('#reply-control');
  if (!control) return genericSubmitControl(composer);
  return firstMatch(control, ['.save-or-cancel .btn-primary', 'button.create', '.submit-panel button.btn-primary']);
}

function audience(doc: Document): Audience {
  if (doc.body?.classList.contains('archetype-private_message')) return 'private';
  // Read-restricted categories show a lock on the topic's category badge.
  if (doc.querySelector('.topic-category .d-icon-lock, .title-wrapper .badge-category__wrapper .d-icon-lock')) {
    return 'private';
  }
  return 'public';
}

function groupName(doc: Document): string | undefined {
  const live = queryAll(doc, '.topic-category .badge-category__name, .title-wrapper .badge-category__name');
  const crawler = queryAll(doc, '#breadcrumbs [itemprop="name"]');
  const last = live[live.length - 1] ?? crawler[crawler.length - 1];
  return (
    shortText(last) ??
    doc.querySelector('meta[property="og:article:section"]')?.getAttribute('content')?.trim() ??
    undefined
  );
}

export const discourse: SiteAdapter = {
  platform: 'discourse',
  detect: (doc) =>
    doc.querySelector('meta[name="generator"][content^="Discourse"]') !== null ||
    doc.querySelector('#data-discourse-setup, meta#data-discourse-setup') !== null ||
    doc.querySelector('article[data-post-id][data-topic-id]') !== null,
  siteName: (doc, url) => ogSiteName(doc) ?? hostLabel(url),
  groupName: (doc) => groupName(doc),
  audience: (doc) => audience(doc),
  findComposers: (root) => findComposers(root),
  findSubmitControl,
  findPosts,
};
