// Reddit: the current "shreddit" web components and the frozen old.reddit.com.
//
// shreddit puts the useful facts on the custom elements' own attributes
// (author, permalink, created-timestamp…) and the text in light-DOM slots, so
// nothing here depends on classes. old.reddit's `.thing` markup has not changed
// in a decade; its data-* attributes carry the same facts. Reddit is public.

import {
  absoluteUrl,
  composerInfo,
  firstNonEmpty,
  formSubmitButton,
  outermost,
  pageUrl,
  queryAll,
  shortText,
  toIsoDate,
} from './dom';
import { genericComposers } from './generic';
import { postText } from './post-text';
import type { ComposerInfo, PostInfo, SiteAdapter } from './types';

const NEW_POST = 'shreddit-post';
const NEW_COMMENT = 'shreddit-comment';
const OLD_THING = '.thing';

function attr(el: Element, name: string): string | undefined {
  const value = el.getAttribute(name)?.trim();
  return value ? value : undefined;
}

function realAuthor(name: string | undefined): string | undefined {
  return name && name !== '[deleted]' && name !== '[removed]' ? name : undefined;
}

/** A descendant of `owner` matching `selector` that does not belong to a nested post/comment element. */
function ownPart(owner: Element, selector: string, container: string): Element | undefined {
  return queryAll(owner, selector).find((el) => el.parentElement?.closest(container) === owner);
}

function readNewPost(post: Element, page: URL): PostInfo | null {
  const body = ownPart(post, '[slot="text-body"]', NEW_POST) ?? ownPart(post, '[slot="title"]', NEW_POST);
  if (!body) return null;
  return {
    element: post,
    bodyElement: body,
    text: postText(body),
    author: realAuthor(attr(post, 'author')),
    permalink: absoluteUrl(attr(post, 'permalink'), page),
    postedAt: toIsoDate(attr(post, 'created-timestamp')),
    postId: attr(post, 'id') ?? attr(post, 'thingid'),
    kind: 'post',
  };
}

function readNewComment(comment: Element, page: URL): PostInfo | null {
  const body = ownPart(comment, '[slot="comment"]', NEW_COMMENT);
  if (!body) return null;
  return {
    element: comment,
    bodyElement: body,
    text: postText(body),
    author: realAuthor(attr(comment, 'author')),
    permalink: absoluteUrl(attr(comment, 'permalink'), page),
    postedAt: toIsoDate(attr(comment, 'created')),
    postId: attr(comment, 'thingid'),
    kind: 'comment',
  };
}

function readOldThing(thing: Element, page: URL): PostInfo | null {
  const isComment = thing.classList.contains('comment') || thing.getAttribute('data-type') === 'comment';
  const entry = Array.from(thing.children).find((c) => c.classList.contains('entry'));
  if (!entry) return null;
  const body = entry.querySelector('.usertext-body .md') ?? (isComment ? null : entry.querySelector('a.title'));
  if (!body) return null;
  const time = entry.querySelector('.tagline time[datetime]');
  return {
    element: thing,
    bodyElement: body,
    text: postText(body),
    author: realAuthor(attr(thing, 'data-author')),
    permalink: absoluteUrl(attr(thing, 'data-permalink'), page),
    postedAt: toIsoDate(time?.getAttribute('datetime')),
    postedAtText: shortText(time),
    postId: attr(thing, 'data-fullname'),
    kind: isComment ? 'comment' : 'post',
  };
}

function findPosts(root: ParentNode, url?: URL): PostInfo[] {
  const page = pageUrl(root, url);
  const found: PostInfo[] = [];
  for (const el of queryAll(root, `${NEW_POST}, ${NEW_COMMENT}`)) {
    const info = el.tagName.toLowerCase() === NEW_POST ? readNewPost(el, page) : readNewComment(el, page);
    if (info) found.push(info);
  }
  if (found.length > 0) return found;
  for (const el of queryAll(root, `${OLD_THING}.link, ${OLD_THING}.comment`)) {
    const info = readOldThing(el, page);
    if (info) found.push(info);
  }
  return found;
}

function isSubmitPage(url: URL): boolean {
  return /\/submit\/?$/.test(url.pathname);
}

function newComposerKind(el: Element, url: URL): ComposerInfo['kind'] {
  if (el.closest(NEW_COMMENT)) return 'reply';
  if (isSubmitPage(url)) return 'post';
  return 'comment';
}

function oldComposerKind(el: Element, url: URL): ComposerInfo['kind'] {
  const thing = el.closest(OLD_THING);
  if (thing) {
    const entry = el.closest('.entry');
    if (entry && entry.parentElement === thing) return 'edit';
    return 'reply';
  }
  if (el.closest('.commentarea')) return 'comment';
  if (isSubmitPage(url)) return 'post';
  return 'unknown';
}

function findComposers(root: ParentNode, url?: URL): ComposerInfo[] {
  const page = pageUrl(root, url);
  const lexical = outermost(
    firstNonEmpty(root, [
      'shreddit-composer [data-lexical-editor="true"][contenteditable="true"]',
      'shreddit-composer [contenteditable="true"]',
    ]),
  ).map((el) => composerInfo(el, newComposerKind(el, page)));
  const textareas = queryAll(root, 'form.usertext textarea[name="text"], textarea[name="text"]').map((el) =>
    composerInfo(el, oldComposerKind(el, page)),
  );
  const all = [...lexical, ...textareas];
  return all.length > 0 ? all : genericComposers(root);
}

const NEW_SUBMIT = 'button[type="submit"], [slot="submit-button"]';

function findSubmitControl(composer: Element): Element | null {
  const host = composer.closest('shreddit-composer');
  if (host) {
    const inLight = host.querySelector(NEW_SUBMIT);
    if (inLight) return inLight;
    // Some shreddit builds keep the buttons in the component's open shadow root.
    const inShadow = host.shadowRoot?.querySelector(NEW_SUBMIT);
    if (inShadow) return inShadow;
  }
  return formSubmitButton(composer.closest('form, faceplate-form'), '.usertext-buttons button.save, button.save[type="submit"]');
}

function groupName(doc: Document, url: URL): string | undefined {
  const post = doc.querySelector(NEW_POST);
  const prefixed = post ? attr(post, 'subreddit-prefixed-name') : undefined;
  if (prefixed) return prefixed;
  const bare = (post && attr(post, 'subreddit-name')) ?? doc.querySelector('.thing[data-subreddit]')?.getAttribute('data-subreddit');
  if (bare) return `r/${bare}`;
  const fromPath = /^\/r\/([^/]+)/.exec(url.pathname)?.[1];
  return fromPath ? `r/${fromPath}` : undefined;
}

export const reddit: SiteAdapter = {
  platform: 'reddit',
  detect: (doc, url) => /(?:^|\.)reddit\.com$/i.test(url.hostname) || doc.querySelector('shreddit-app, shreddit-post') !== null,
  siteName: () => 'Reddit',
  groupName,
  audience: () => 'public',
  findComposers,
  findSubmitControl,
  findPosts,
};
