// The adapters against real saved forum pages from ../shared/fixtures (see
// SOURCES.md there). Expected values were read from the files by hand.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '@/utils/sites';
import { loadPage, SHARED_FIXTURES } from './load-page';

const shared = (rel: string): string => path.join(SHARED_FIXTURES, rel);

describe('XenForo 2: katzen-forum.net cat health thread', () => {
  const { doc, url } = loadPage(
    shared('xenforo/katzen-forum-net-cat-health-thread.html'),
    'https://www.katzen-forum.net/threads/jede-nacht-verliert-pepe-soviel-dreck-aus-dem-fell.230143/',
  );
  const adapter = adapterFor(doc, url);
  const posts = adapter.findPosts(doc, url);

  it('is recognised as XenForo, with its name, forum and audience', () => {
    expect(adapter.platform).toBe('xenforo');
    expect(adapter.siteName(doc, url)).toBe('Katzen Forum - Das große Katzenforum');
    expect(adapter.groupName(doc, url)).toBe('Freigänger');
    expect(adapter.audience(doc, url)).toBe('public');
  });

  it('reads all 18 posts with author, id, permalink and machine time', () => {
    expect(posts).toHaveLength(18);
    expect(posts[0]).toMatchObject({
      author: 'Pepemaus',
      postId: '6331411',
      permalink: 'https://www.katzen-forum.net/threads/jede-nacht-verliert-pepe-soviel-dreck-aus-dem-fell.230143/post-6331411',
      postedAt: '2018-09-27T12:51:09.000Z',
      postedAtText: '27. September 2018',
      kind: 'post',
    });
    expect(posts[0]?.text.startsWith('Hallo,\nPepe schläft nachts mit mir im Schlafzimmer')).toBe(true);
    expect(posts[0]?.text.endsWith('Bezw. die Schlaf -und Ruheplätze?')).toBe(true);
    expect(posts[1]).toMatchObject({ author: 'yellowkitty', postId: '6331423', kind: 'comment' });
    expect(posts[17]).toMatchObject({ author: 'Pepemaus', postId: '6457563', postedAt: '2019-08-17T08:48:30.000Z' });
    expect(posts.every((p) => p.bodyElement.classList.contains('bbWrapper'))).toBe(true);
  });

  it('finds the no-JS quick-reply textarea and its submit button, not the hidden editor source', () => {
    const composers = adapter.findComposers(doc, url);
    expect(composers).toHaveLength(1);
    expect(composers[0]).toMatchObject({ kind: 'reply', editor: 'textarea', submitsOnEnter: false });
    expect(composers[0]?.element.getAttribute('name')).toBe('message');
    const submit = adapter.findSubmitControl(composers[0]!.element);
    expect(submit?.classList.contains('button--primary')).toBe(true);
    expect(submit?.getAttribute('type')).toBe('submit');
  });
});

describe('XenForo 2: villagersandheroes.com thread (attribution link variant)', () => {
  const { doc, url } = loadPage(
    shared('xenforo/villagersandheroes-forums-thread.html'),
    'https://www.villagersandheroes.com/forums/threads/patchnotes-4-47-4-tagundnachtgleiche-bugfix-build.3976/',
  );
  const adapter = adapterFor(doc, url);

  it('reads 9 posts with the permalink from a.message-attribution-main', () => {
    const posts = adapter.findPosts(doc, url);
    expect(adapter.platform).toBe('xenforo');
    expect(posts).toHaveLength(9);
    expect(posts[0]).toMatchObject({
      author: 'Tiberius',
      postId: '53504',
      permalink: 'https://www.villagersandheroes.com/forums/threads/patchnotes-4-47-4-tagundnachtgleiche-bugfix-build.3976/post-53504',
      postedAt: '2020-09-18T15:56:40.000Z',
    });
    expect(posts[1]).toMatchObject({ author: 'Bibi Blocksberg', postId: '53670' });
    expect(posts[1]?.text).toBe('Schade das die Lichtrunen bei Okyris weg sind. Nun ist es wieder nur einfaches draufgekloppe');
    expect(adapter.siteName(doc, url)).toBe('Villagers & Heroes Forums');
  });
});

describe('phpBB 3 prosilver: myoos community topic', () => {
  const { doc, url } = loadPage(shared('phpbb/myoos-community-forum-topic.html'), 'https://foren.myoos.de/viewtopic.php?f=4&t=167');
  const adapter = adapterFor(doc, url);

  it('is recognised as phpBB with its forum name from the breadcrumbs', () => {
    expect(adapter.platform).toBe('phpbb');
    expect(adapter.siteName(doc, url)).toBe('MyOOS Community Forum');
    expect(adapter.groupName(doc, url)).toBe('MyOOS: Allgemeines');
    expect(adapter.audience(doc, url)).toBe('public');
  });

  it('reads the one post; the session id is gone from the permalink; the text date stays text', () => {
    const posts = adapter.findPosts(doc, url);
    expect(posts).toHaveLength(1);
    const [post] = posts;
    expect(post).toMatchObject({
      author: 'r23',
      postId: '453',
      permalink: 'https://foren.myoos.de/viewtopic.php?p=453#p453',
      postedAtText: '21.01.2009, 05:42',
      kind: 'post',
    });
    expect(post?.postedAt).toBeUndefined();
    expect(post?.text.startsWith('Was ist Freie Software und warum ist sie wichtig?\nvon Georg C. F. Greve\n\nFreie Software ist Software')).toBe(true);
    expect(post?.text).toContain('Richard Stallman');
    expect(post?.text).not.toContain('Digitalagentur'); // the signature sits outside .content
  });

  it('finds no composer on a logged-out page', () => {
    expect(adapter.findComposers(doc, url)).toEqual([]);
  });
});

describe('vBulletin 4: pocketpc.ch thread page 34 (windows-1252)', () => {
  const { doc, url } = loadPage(
    shared('vbulletin/pocketpc-ch-thread-page34.html'),
    'https://www.pocketpc.ch/windows-phone-7-allgemein/122760-microsoft-beginnt-auslieferung-vorbereitungsupdate-34.html',
    'windows-1252',
  );
  const adapter = adapterFor(doc, url);
  const posts = adapter.findPosts(doc, url);

  it('is recognised as vBulletin, forum name from the breadcrumb', () => {
    expect(adapter.platform).toBe('vbulletin');
    expect(adapter.groupName(doc, url)).toBe('Windows Phone 7 Allgemein');
    expect(adapter.siteName(doc, url)).toBe('pocketpc.ch');
  });

  it('reads 20 posts; #661 is a reply, not the opening post; ?s= session hash removed', () => {
    expect(posts).toHaveLength(20);
    expect(posts[0]).toMatchObject({
      author: 'Predator',
      postId: '949757',
      permalink: 'https://www.pocketpc.ch/windows-phone-7-allgemein/122760-microsoft-beginnt-auslieferung-vorbereitungsupdate-post949757.html#post949757',
      postedAtText: '03.03.2011, 14:17',
      kind: 'comment',
    });
    expect(posts[19]).toMatchObject({ author: 'tommyp', postId: '949908', postedAtText: '03.03.2011, 16:31' });
  });

  it('decodes the legacy charset and leaves inline scripts out of the text', () => {
    const chatfix = posts.find((p) => p.postId === '949763');
    expect(chatfix?.author).toBe('Chatfix');
    expect(chatfix?.text).toContain('Das update müsste doch automatisch am Handy');
    expect(chatfix?.text).toContain('Starte mal Zune, und klicke oben rechts auf Einstellungen.');
    expect(posts.some((p) => /googletag|document\.write|\$\(/.test(p.text))).toBe(false);
  });
});

describe('Discourse crawler view: meta.discourse.org', () => {
  const { doc, url } = loadPage(
    shared('discourse/meta-discourse-topic-crawler-view.html'),
    'https://meta.discourse.org/t/congratulations-most-stars-in-2013-github-octoverse/12483',
  );
  const adapter = adapterFor(doc, url);

  it('is recognised by its generator meta, with category from the breadcrumbs', () => {
    expect(adapter.platform).toBe('discourse');
    expect(adapter.siteName(doc, url)).toBe('Discourse Meta');
    expect(adapter.groupName(doc, url)).toBe('praise');
  });

  it('reads both crawler posts, publication time (not edit time), and post-number permalinks', () => {
    const posts = adapter.findPosts(doc, url);
    expect(posts).toHaveLength(2);
    expect(posts[0]).toMatchObject({
      author: 'techAPJ',
      postedAt: '2014-02-06T04:55:19.000Z',
      permalink: 'https://meta.discourse.org/t/congratulations-most-stars-in-2013-github-octoverse/12483/1',
      permalinkIsGuess: true,
      kind: 'post',
    });
    expect(posts[0]?.postedAtText).toBeUndefined();
    expect(posts[0]?.text).toBe(
      'Congratulations Discourse for qualifying Repositories with the most stars on GitHub Octoverse.\n\nAnd that too in just over an year, way to go! :boom:',
    );
    expect(posts[1]).toMatchObject({ author: 'codinghorror', postedAt: '2014-02-06T05:27:06.000Z', postedAtText: 'February 6, 2014, 5:27am', kind: 'comment' });
  });
});

describe('Reddit 2019 redesign (obsolete markup)', () => {
  const { doc, url } = loadPage(
    shared('reddit/reddit-2019-redesign-thread.html'),
    'https://www.reddit.com/r/Python/comments/1bbbwk/whats_your_opinion_on_what_to_include_in_init_py/',
  );

  it('goes to the Reddit adapter by host, reads nothing it does not understand, and does not throw', () => {
    const adapter = adapterFor(doc, url);
    expect(adapter.platform).toBe('reddit');
    expect(adapter.findPosts(doc, url)).toEqual([]);
    expect(adapter.findComposers(doc, url)).toEqual([]);
    expect(adapter.groupName(doc, url)).toBe('r/Python');
    expect(adapter.audience(doc, url)).toBe('public');
  });
});

describe('forum detection does not depend on the host', () => {
  const cases: Array<[string, string, string?]> = [
    ['xenforo/katzen-forum-net-cat-health-thread.html', 'xenforo'],
    ['xenforo/villagersandheroes-forums-thread.html', 'xenforo'],
    ['phpbb/myoos-community-forum-topic.html', 'phpbb'],
    ['vbulletin/pocketpc-ch-thread-page34.html', 'vbulletin', 'windows-1252'],
    ['discourse/meta-discourse-topic-crawler-view.html', 'discourse'],
    ['reddit/reddit-2019-redesign-thread.html', 'generic'],
  ];
  it.each(cases)('%s → %s on an unknown host', (file, platform, encoding) => {
    const { doc, url } = loadPage(shared(file), 'https://forum.spoonbook.test/shared/page.html', encoding);
    expect(adapterFor(doc, url).platform).toBe(platform);
  });
});
