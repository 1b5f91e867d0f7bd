import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor, reddit } from '@/utils/sites';
import { loadPage, OWN_FIXTURES } from './load-page';

const POST_PATH = '/r/ChronicPain/comments/1fx7qk2/what_helps_you_on_flare_days/';

describe('shreddit fixture', () => {
  const { doc, url } = loadPage(path.join(OWN_FIXTURES, 'reddit/shreddit.html'), `https://www.reddit.com${POST_PATH}`);

  it('is Reddit, public, in r/ChronicPain', () => {
    expect(adapterFor(doc, url).platform).toBe('reddit');
    expect(reddit.audience(doc, url)).toBe('public');
    expect(reddit.groupName(doc, url)).toBe('r/ChronicPain');
  });

  it('reads the post and nested comments from element attributes and slots', () => {
    const posts = reddit.findPosts(doc, url);
    expect(posts).toHaveLength(4);
    expect(posts[0]).toMatchObject({
      kind: 'post',
      author: 'quiet_spoonie',
      postId: 't3_1fx7qk2',
      permalink: `https://www.reddit.com${POST_PATH}`,
      postedAt: '2025-03-14T09:21:07.512Z',
      text: "Three years in and I still get caught out by flares. What actually helps you get through the first day?\n\nFor me it's heat, a podcast I've heard before, and cancelling everything without guilt.",
    });
    expect(posts[1]).toMatchObject({
      kind: 'comment',
      author: 'lavender_hotpack',
      postId: 't1_lq2m8zd',
      permalink: 'https://www.reddit.com/r/ChronicPain/comments/1fx7qk2/comment/lq2m8zd/',
      postedAt: '2025-03-14T10:02:44.000Z',
    });
    // The parent comment's text does not swallow its nested reply.
    expect(posts[1]?.text).not.toContain('Stealing this');
    expect(posts[2]).toMatchObject({ author: 'quiet_spoonie', text: 'A flare box is genius. Stealing this.' });
  });

  it('leaves out "[deleted]" as an author', () => {
    const deleted = reddit.findPosts(doc, url)[3];
    expect(deleted?.author).toBeUndefined();
    expect(deleted?.text).toBe("Pacing, and telling my partner early instead of pretending I'm fine.");
  });

  it('finds the comment and reply Lexical boxes and their submit buttons', () => {
    const composers = reddit.findComposers(doc, url);
    expect(composers.map((c) => [c.kind, c.editor, c.submitsOnEnter])).toEqual([
      ['comment', 'lexical', false],
      ['reply', 'lexical', false],
    ]);
    expect(reddit.findSubmitControl(composers[0]!.element)?.textContent).toBe('Comment');
    expect(reddit.findSubmitControl(composers[1]!.element)?.textContent).toBe('Reply');
  });

  it('calls a box on the submit page a new post', () => {
    const submitUrl = new URL('https://www.reddit.com/r/ChronicPain/submit');
    expect(reddit.findComposers(doc, submitUrl)[0]?.kind).toBe('post');
  });
});

describe('old.reddit fixture', () => {
  const { doc, url } = loadPage(path.join(OWN_FIXTURES, 'reddit/old.html'), `https://old.reddit.com${POST_PATH}`);

  it('reads .thing data attributes, self text and tagline times', () => {
    const posts = reddit.findPosts(doc, url);
    expect(posts.map((p) => [p.kind, p.author, p.postId])).toEqual([
      ['post', 'quiet_spoonie', 't3_1fx7qk2'],
      ['comment', 'lavender_hotpack', 't1_lq2m8zd'],
      ['comment', 'you_spoonie', 't1_lq2n1ab'],
    ]);
    expect(posts[0]).toMatchObject({
      permalink: `https://old.reddit.com${POST_PATH}`,
      postedAt: '2025-03-14T09:21:07.000Z',
      postedAtText: '2 days ago',
    });
    expect(posts[0]?.text.startsWith('Three years in and I still get caught out by flares.')).toBe(true);
    expect(posts[1]?.permalink).toBe(`https://old.reddit.com${POST_PATH}lq2m8zd/`);
    expect(posts[1]?.text).not.toContain('Stealing this');
    expect(reddit.groupName(doc, url)).toBe('r/ChronicPain');
  });

  it('tells the top comment box, the inline reply box and the own-comment edit box apart', () => {
    const composers = reddit.findComposers(doc, url);
    expect(composers.map((c) => [c.element.getAttribute('aria-label'), c.kind, c.editor])).toEqual([
      ['comment', 'comment', 'textarea'],
      [null, 'edit', 'textarea'],
      ['reply', 'reply', 'textarea'],
    ]);
    for (const composer of composers) {
      const submit = reddit.findSubmitControl(composer.element);
      expect(submit?.matches('button.save[type="submit"]')).toBe(true);
      expect(submit?.closest('form')).toBe(composer.element.closest('form'));
    }
  });
});
