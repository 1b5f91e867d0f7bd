import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor, discourse } from '@/utils/sites';
import { loadPage, OWN_FIXTURES, parsePage } from './load-page';

const TOPIC_URL = 'https://community.patient.info/t/tips-for-managing-morning-stiffness/4821';
const load = () => loadPage(path.join(OWN_FIXTURES, 'discourse/topic.html'), TOPIC_URL);

describe('Discourse live topic fixture', () => {
  const { doc, url } = load();

  it('is Discourse by markup on any host', () => {
    expect(adapterFor(doc, url).platform).toBe('discourse');
    expect(adapterFor(doc, new URL('https://forum.spoonbook.test/fixtures/discourse/topic.html')).platform).toBe('discourse');
    expect(discourse.siteName(doc, url)).toBe('Spoonie Commons');
    expect(discourse.groupName(doc, url)).toBe('Living Well');
    expect(discourse.audience(doc, url)).toBe('public');
  });

  it('reads posts from article[data-post-id] and .cooked', () => {
    const posts = discourse.findPosts(doc, url);
    expect(posts.map((p) => [p.postId, p.author, p.kind, p.postedAt])).toEqual([
      ['98231', 'maple_and_moss', 'post', '2025-03-14T08:02:00.000Z'],
      ['98240', 'tom_rests', 'comment', '2025-03-15T07:45:00.000Z'],
      ['98251', 'willow_k', 'comment', '2025-03-15T12:10:00.000Z'],
    ]);
    expect(posts[0]).toMatchObject({
      permalink: `${TOPIC_URL}/1`,
      postedAtText: '2d',
      text: "Mornings are the hardest part of the day for me with rheumatoid arthritis. What do you do in the first hour to loosen up?\n\nI've been trying a warm shower before anything else, which helps a bit.",
    });
    expect(posts[0]?.bodyElement.classList.contains('cooked')).toBe(true);
  });

  it('leaves lightbox captions and quote headers out, keeps emoji as their code', () => {
    const [, second, third] = discourse.findPosts(doc, url);
    expect(second?.text).toBe(
      'Gentle range-of-motion exercises in bed before I stand up. My physio drew them for me:\n\nAlso keeping my morning meds and a glass of water on the bedside table. :+1:',
    );
    expect(third?.text).not.toContain('tom_rests:');
    expect(third?.text.endsWith('Ten minutes makes a real difference.')).toBe(true);
  });

  it('finds both composers (markdown textarea and ProseMirror), as replies sent by Ctrl/⌘+Enter', () => {
    const composers = discourse.findComposers(doc);
    expect(composers.map((c) => [c.element.tagName, c.editor, c.kind, c.submitsOnEnter, c.submitsOnModEnter])).toEqual([
      ['TEXTAREA', 'textarea', 'reply', false, true],
      ['DIV', 'prosemirror', 'reply', false, true],
    ]);
    for (const composer of composers) {
      const submit = discourse.findSubmitControl(composer.element);
      expect(submit?.matches('#reply-control .save-or-cancel button.btn-primary.create')).toBe(true);
    }
  });

  it('reads the composer action from #reply-control', () => {
    const page = load();
    const control = page.doc.querySelector('#reply-control')!;
    control.classList.replace('composer-action-reply', 'composer-action-create-topic');
    expect(discourse.findComposers(page.doc)[0]?.kind).toBe('post');
    control.classList.replace('composer-action-create-topic', 'composer-action-edit');
    expect(discourse.findComposers(page.doc)[0]?.kind).toBe('edit');
  });

  it('treats a private message as private', () => {
    const page = load();
    page.doc.body.classList.replace('archetype-regular', 'archetype-private_message');
    expect(discourse.audience(page.doc, page.url)).toBe('private');
  });

  it('builds a post-number permalink when the date link is missing', () => {
    const page = load();
    page.doc.querySelector('#post_2 a.post-date')?.remove();
    const second = discourse.findPosts(page.doc, page.url)[1];
    expect(second).toMatchObject({ permalink: `${TOPIC_URL}/2`, permalinkIsGuess: true });
  });

  it('reads a live page even when the canonical link is relative and the URL is elsewhere', () => {
    const html = '<html><head><meta name="generator" content="Discourse 3.2"><link rel="canonical" href="/t/a-topic/77"></head><body><div class="topic-post"><article id="post_5" data-post-id="9" data-topic-id="77"><div class="cooked"><p>hi</p></div></article></div></body></html>';
    const { doc: d, url: u } = parsePage(html, 'https://forum.spoonbook.test/t/a-topic/77/5');
    expect(discourse.findPosts(d, u)[0]).toMatchObject({ permalink: 'https://forum.spoonbook.test/t/a-topic/77/5', kind: 'comment', text: 'hi' });
  });
});
