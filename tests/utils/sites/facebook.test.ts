import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor, facebook } from '@/utils/sites';
import { loadPage, OWN_FIXTURES, parsePage } from './load-page';

const GROUP_URL = 'https://www.facebook.com/groups/fibrofriendscircle/';
const load = () => loadPage(path.join(OWN_FIXTURES, 'facebook/group.html'), GROUP_URL);

describe('Facebook group fixture', () => {
  const { doc, url } = load();

  it('is handled by the Facebook adapter on facebook.com hosts only', () => {
    expect(adapterFor(doc, url).platform).toBe('facebook');
    expect(adapterFor(doc, new URL('https://web.facebook.com/groups/x/')).platform).toBe('facebook');
    expect(adapterFor(doc, new URL('https://notfacebook.com/groups/x/')).platform).not.toBe('facebook');
    expect(facebook.siteName(doc, url)).toBe('Facebook');
    expect(facebook.groupName(doc, url)).toBe('Fibro Friends Support Circle');
  });

  it('reads "Public group" from the header', () => {
    expect(facebook.audience(doc, url)).toBe('public');
  });

  it('finds three posts and their comments, in page order', () => {
    const posts = facebook.findPosts(doc, url);
    expect(posts.map((p) => [p.kind, p.author])).toEqual([
      ['post', 'Rowan Ashby'],
      ['comment', 'Priya Nandakumar'],
      ['comment', 'Dee Marlow'],
      ['post', 'Sam Okafor'],
      ['comment', 'Grace Huang'],
      ['post', 'Mina Kovacs'],
    ]);
  });

  it('asked about one post, reads that post and its comments without the rest of the feed', () => {
    const all = facebook.findPosts(doc, url);
    const second = all[3]!;
    expect(facebook.findPosts(second.element, url).map((p) => [p.kind, p.author, p.text])).toEqual(
      all.slice(3, 5).map((p) => [p.kind, p.author, p.text]),
    );
  });

  it('reads post text from story_message only, paragraphs kept, "See more" left out', () => {
    const [first, , , second, , third] = facebook.findPosts(doc, url);
    expect(first?.text).toBe(
      "Does anyone else get worse brain fog when the weather turns cold? I've started keeping a symptom diary and the pattern is really clear for me.\n\nI'd love to hear what helps you on those foggy mornings.",
    );
    expect(first?.bodyElement.getAttribute('data-ad-rendering-role')).toBe('story_message');
    expect(second?.text.endsWith('The trick is resting before you feel you need to …')).toBe(true);
    expect(second?.text).not.toContain('See more');
    expect(third?.text).toBe('Three months on the new sleep routine 💜 Small wins count.');
  });

  it('falls back to page URL + post id while the timestamp link is still "#"', () => {
    const [first] = facebook.findPosts(doc, url);
    expect(first).toMatchObject({
      postId: '7781234567890123',
      permalink: 'https://www.facebook.com/groups/fibrofriendscircle/posts/7781234567890123/',
      permalinkIsGuess: true,
      postedAtText: '3h',
    });
  });

  it('uses a filled-in permalink without click-tracking parameters', () => {
    const posts = facebook.findPosts(doc, url);
    expect(posts[3]).toMatchObject({
      postId: '7781234567890456',
      permalink: 'https://www.facebook.com/groups/fibrofriendscircle/posts/7781234567890456/',
      postedAtText: '1d',
    });
    expect(posts[3]?.permalinkIsGuess).toBeUndefined();
    expect(posts[5]).toMatchObject({ postId: '7781234567890789', permalink: 'https://www.facebook.com/groups/fibrofriendscircle/permalink/7781234567890789/' });
  });

  it('gives comments and replies their own ids and links', () => {
    const posts = facebook.findPosts(doc, url);
    expect(posts[1]).toMatchObject({
      text: 'Yes! Gentle stretching before getting out of bed makes a big difference for me. Also a warm shower straight away.',
      postId: '7781234567899001',
      postedAtText: '2h',
    });
    expect(posts[2]).toMatchObject({ text: 'Seconding the warm shower. I keep a heated throw by the sofa too.', postId: '7781234567899002' });
    expect(posts[2]?.permalink).toContain('reply_comment_id=7781234567899002');
  });

  it('finds every Lexical box and tells comments, replies and the new-post dialog apart', () => {
    const composers = facebook.findComposers(doc);
    expect(composers.map((c) => [c.element.getAttribute('aria-label'), c.kind, c.editor, c.submitsOnEnter])).toEqual([
      ['Reply to Priya Nandakumar', 'reply', 'lexical', true],
      ['Write a public comment…', 'comment', 'lexical', true],
      ['Write a public comment…', 'comment', 'lexical', true],
      ['Write a public comment…', 'comment', 'lexical', true],
      ['Create a public post…', 'post', 'lexical', false],
    ]);
  });

  it('finds the dialog Post button and the focused comment send button; Enter-only boxes have none', () => {
    const composers = facebook.findComposers(doc);
    const dialogBox = composers.find((c) => c.kind === 'post')!;
    expect(facebook.findSubmitControl(dialogBox.element)?.getAttribute('aria-label')).toBe('Post');
    expect(facebook.findSubmitControl(composers[1]!.element)?.closest('#focused-state-composer-submit')).not.toBeNull();
    expect(facebook.findSubmitControl(composers[0]!.element)).toBeNull();
    expect(facebook.findSubmitControl(composers[2]!.element)).toBeNull();
  });

  it('finds the dialog button by position when its label is in another language', () => {
    const page = load();
    const button = page.doc.querySelector('[role="dialog"] [aria-label="Post"]')!;
    button.setAttribute('aria-label', 'Veröffentlichen');
    const dialogBox = facebook.findComposers(page.doc).find((c) => c.kind === 'post')!;
    expect(facebook.findSubmitControl(dialogBox.element)).toBe(button);
  });
});

describe('Facebook group privacy', () => {
  const header = (text: string, feedText = '') =>
    parsePage(
      `<html><body><div role="main"><h1>Group</h1><span>${text}</span><div role="feed"><div role="article" aria-posinset="1"><div data-ad-rendering-role="story_message">${feedText}</div></div></div></div></body></html>`,
      'https://www.facebook.com/groups/somegroup/',
    );

  it.each([
    ['Private group · 3.1K members', 'private'],
    ['Public group · 40 members', 'public'],
    ['Groupe privé · 1,2 k membres', 'private'],
    ['Grupo público · 900 miembros', 'public'],
    ['Öffentliche Gruppe · 12 Mitglieder', 'public'],
    ['12 members', 'unknown'],
  ])('"%s" → %s', (text, expected) => {
    const { doc, url } = header(text);
    expect(facebook.audience(doc, url)).toBe(expected);
  });

  it('ignores "private group" written inside a post', () => {
    const { doc, url } = header('Public group · 40 members', 'Is this a private group? I hope so');
    expect(facebook.audience(doc, url)).toBe('public');
  });
});
