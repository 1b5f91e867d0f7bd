// "The site changed its markup": strip the attributes adapters key on and check
// that they fall back (still finding the boxes) or come back empty, and never throw.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor, discourse, facebook, reddit, SITE_ADAPTERS, xenforo } from '@/utils/sites';
import { loadPage, OWN_FIXTURES, SHARED_FIXTURES, type LoadedPage } from './load-page';

const PAGES: Array<[string, string, string?]> = [
  [path.join(OWN_FIXTURES, 'facebook/group.html'), 'https://www.facebook.com/groups/fibrofriendscircle/'],
  [path.join(OWN_FIXTURES, 'reddit/shreddit.html'), 'https://www.reddit.com/r/ChronicPain/comments/1fx7qk2/x/'],
  [path.join(OWN_FIXTURES, 'reddit/old.html'), 'https://old.reddit.com/r/ChronicPain/comments/1fx7qk2/x/'],
  [path.join(OWN_FIXTURES, 'discourse/topic.html'), 'https://forum.spoonbook.test/t/x/4821'],
  [path.join(OWN_FIXTURES, 'invision/topic.html'), 'https://forum.spoonbook.test/topic/4821-x/'],
  [path.join(SHARED_FIXTURES, 'xenforo/katzen-forum-net-cat-health-thread.html'), 'https://forum.spoonbook.test/threads/x.1/'],
  [path.join(SHARED_FIXTURES, 'phpbb/myoos-community-forum-topic.html'), 'https://forum.spoonbook.test/viewtopic.php?t=1'],
  [path.join(SHARED_FIXTURES, 'vbulletin/pocketpc-ch-thread-page34.html'), 'https://forum.spoonbook.test/t-34.html', 'windows-1252'],
  [path.join(SHARED_FIXTURES, 'discourse/meta-discourse-topic-crawler-view.html'), 'https://forum.spoonbook.test/t/x/1'],
];

function strip(page: LoadedPage, keep: (name: string) => boolean): LoadedPage {
  for (const el of Array.from(page.doc.querySelectorAll('*'))) {
    for (const name of el.getAttributeNames()) if (!keep(name)) el.removeAttribute(name);
  }
  return page;
}

const MUTATIONS: Array<[string, (name: string) => boolean]> = [
  ['data-* removed', (n) => !n.startsWith('data-')],
  ['roles and aria-* removed', (n) => n !== 'role' && !n.startsWith('aria-')],
  ['classes and ids removed', (n) => n !== 'class' && n !== 'id'],
  ['every attribute but contenteditable removed', (n) => n === 'contenteditable'],
];

describe.each(MUTATIONS)('%s', (_label, keep) => {
  it.each(PAGES)('%s: every adapter answers without throwing', (file, href, encoding) => {
    const { doc, url } = strip(loadPage(file, href, encoding), keep);
    const chosen = adapterFor(doc, url);
    expect(SITE_ADAPTERS).toContain(chosen);
    for (const adapter of SITE_ADAPTERS) {
      const composers = adapter.findComposers(doc, url);
      for (const c of composers) adapter.findSubmitControl(c.element);
      const posts = adapter.findPosts(doc, url);
      expect(Array.isArray(posts)).toBe(true);
      for (const p of posts) expect(typeof p.text).toBe('string');
      expect(['public', 'private', 'unknown']).toContain(adapter.audience(doc, url));
      expect(typeof adapter.siteName(doc, url)).toBe('string');
      adapter.groupName(doc, url);
    }
  });
});

describe('fallbacks keep the guard on', () => {
  const fb = () => loadPage(path.join(OWN_FIXTURES, 'facebook/group.html'), 'https://www.facebook.com/groups/fibrofriendscircle/');

  it('Facebook without data-lexical-editor: boxes still found by role, kinds still right', () => {
    const page = strip(fb(), (n) => n !== 'data-lexical-editor');
    const composers = facebook.findComposers(page.doc);
    expect(composers.map((c) => [c.kind, c.editor])).toEqual([
      ['reply', 'contenteditable'],
      ['comment', 'contenteditable'],
      ['comment', 'contenteditable'],
      ['comment', 'contenteditable'],
      ['post', 'contenteditable'],
    ]);
  });

  it('Facebook without data-ad-* text markers: posts without text are skipped, comments still read', () => {
    const page = strip(fb(), (n) => !n.startsWith('data-ad-'));
    const posts = facebook.findPosts(page.doc, page.url);
    expect(posts.every((p) => p.kind === 'comment')).toBe(true);
    expect(posts.map((p) => p.author)).toEqual(['Priya Nandakumar', 'Dee Marlow', 'Grace Huang']);
  });

  it('Facebook logged-out markup (no aria-posinset): posts found as articles without aria-label', () => {
    const page = strip(fb(), (n) => n !== 'aria-posinset');
    const posts = facebook.findPosts(page.doc, page.url).filter((p) => p.kind === 'post');
    expect(posts.map((p) => p.author)).toEqual(['Rowan Ashby', 'Sam Okafor', 'Mina Kovacs']);
  });

  it('Facebook with no roles at all: the notranslate boxes are still found', () => {
    const page = strip(fb(), (n) => n !== 'role' && n !== 'data-lexical-editor');
    expect(facebook.findComposers(page.doc)).toHaveLength(5);
  });

  it('Discourse without .d-editor-input: both boxes found inside #reply-control', () => {
    const page = loadPage(path.join(OWN_FIXTURES, 'discourse/topic.html'), 'https://forum.spoonbook.test/t/x/4821');
    for (const el of Array.from(page.doc.querySelectorAll('.d-editor-input'))) el.classList.remove('d-editor-input');
    expect(discourse.findComposers(page.doc).map((c) => c.editor)).toEqual(['textarea', 'prosemirror']);
  });

  it('Discourse without data-post-id: no posts rather than wrong ones', () => {
    const page = strip(loadPage(path.join(OWN_FIXTURES, 'discourse/topic.html'), 'https://forum.spoonbook.test/t/x/4821'), (n) => n !== 'data-post-id');
    expect(discourse.findPosts(page.doc, page.url)).toEqual([]);
  });

  it('Reddit without shreddit attributes: texts still read, facts left empty', () => {
    const page = strip(loadPage(path.join(OWN_FIXTURES, 'reddit/shreddit.html'), 'https://www.reddit.com/r/x/comments/1/x/'), (n) =>
      !['author', 'permalink', 'created-timestamp', 'created', 'thingid', 'id'].includes(n),
    );
    const posts = reddit.findPosts(page.doc, page.url);
    expect(posts).toHaveLength(4);
    expect(posts.every((p) => p.author === undefined && p.permalink === undefined && p.text.length > 0)).toBe(true);
    expect(reddit.findComposers(page.doc, page.url)).toHaveLength(2);
  });

  it('XenForo with every data-* and class gone: the generic adapter still finds the reply box', () => {
    const page = strip(
      loadPage(path.join(SHARED_FIXTURES, 'xenforo/katzen-forum-net-cat-health-thread.html'), 'https://forum.spoonbook.test/threads/x.1/'),
      (n) => !n.startsWith('data-') && n !== 'class' && n !== 'id',
    );
    expect(xenforo.findPosts(page.doc, page.url)).toEqual([]);
    const adapter = adapterFor(page.doc, page.url);
    expect(adapter.platform).toBe('generic');
    expect(adapter.findComposers(page.doc, page.url).some((c) => c.element.getAttribute('name') === 'message')).toBe(true);
  });
});
