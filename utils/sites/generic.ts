// Any other site: every textarea, contenteditable root and textbox is a
// composer of unknown kind, and posts are read only where the page marks them
// up with schema.org microdata (many forums and Discourse's crawler view do).
// The platform adapters also fall back to these functions when their own
// selectors find nothing, so a redesign degrades to "still guarded" rather
// than "silently off".

import { composerInfo, formSubmitButton, hostLabel, linkUrl, ogSiteName, outermost, pageUrl, queryAll, shortText, toIsoDate } from './dom';
import { postText } from './post-text';
import type { ComposerInfo, PostInfo, SiteAdapter } from './types';

const EDITABLE =
  'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"]';

function isUsable(el: Element): boolean {
  if (el.hasAttribute('readonly') || el.hasAttribute('disabled')) return false;
  if (el.getAttribute('role') === 'combobox' || el.getAttribute('aria-readonly') === 'true') return false;
  // Sites that ask writing aids to stay away (Grammarly's own opt-out attribute).
  if (el.getAttribute('data-enable-grammarly') === 'false') return false;
  return true;
}

export function genericComposers(root: ParentNode): ComposerInfo[] {
  const editable = queryAll(root, EDITABLE).filter((el) => el.getAttribute('contenteditable') !== 'false');
  return outermost(editable)
    .filter(isUsable)
    .map((el) => composerInfo(el, 'unknown'));
}

export function genericSubmitControl(composer: Element): Element | null {
  return formSubmitButton(composer.closest('form'));
}

const ITEM = '[itemtype*="schema.org/Comment"], [itemtype*="schema.org/DiscussionForumPosting"], [itemtype*="schema.org/SocialMediaPosting"]';
const BODY = '[itemprop="text"], [itemprop="articleBody"]';

/** Posts marked up with schema.org microdata. */
export function microdataPosts(root: ParentNode, url?: URL): PostInfo[] {
  const page = pageUrl(root, url);
  const found: PostInfo[] = [];
  for (const item of queryAll(root, ITEM)) {
    const own = (selector: string): Element | undefined =>
      queryAll(item, selector).find((el) => el.parentElement?.closest('[itemscope]') === item || el.closest('[itemscope]') === item);
    const body = own(BODY);
    if (!body) continue;
    const authorScope = own('[itemprop="author"]');
    const published = own('[itemprop="datePublished"]') ?? own('[itemprop="dateCreated"]');
    const time = published?.getAttribute('datetime') ?? published?.getAttribute('content');
    const link = own('[itemprop="url"]');
    found.push({
      element: item,
      bodyElement: body,
      text: postText(body),
      author: shortText(authorScope?.querySelector('[itemprop="name"]') ?? authorScope),
      permalink: link && !authorScope?.contains(link) ? linkUrl(link, page) : undefined,
      postedAt: toIsoDate(time),
      postedAtText: published?.tagName === 'META' ? undefined : shortText(published),
      kind: found.length === 0 && (item.getAttribute('itemtype') ?? '').includes('DiscussionForumPosting') ? 'post' : 'comment',
    });
  }
  return found;
}

export const generic: SiteAdapter = {
  platform: 'generic',
  detect: () => true,
  siteName: (doc, url) => ogSiteName(doc) ?? hostLabel(url),
  groupName: () => undefined,
  audience: () => 'unknown',
  findComposers: (root) => genericComposers(root),
  findSubmitControl: genericSubmitControl,
  findPosts: microdataPosts,
};
