import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor, invision } from '@/utils/sites';
import { loadPage, OWN_FIXTURES } from './load-page';

const TOPIC_URL = 'https://forum.spoonbook.test/topic/4821-fatigue-after-infusions/';
const load = () => loadPage(path.join(OWN_FIXTURES, 'invision/topic.html'), TOPIC_URL);

describe('Invision Community (IPS 4) fixture', () => {
  const { doc, url } = load();

  it('is Invision by markup, with site and forum names', () => {
    expect(adapterFor(doc, url).platform).toBe('invision');
    expect(invision.siteName(doc, url)).toBe('Butterfly Circle Forums');
    expect(invision.groupName(doc, url)).toBe('Living with lupus');
    expect(invision.audience(doc, url)).toBe('public');
    expect(invision.audience(doc, new URL('https://forum.spoonbook.test/messenger/1234/'))).toBe('private');
  });

  it('reads posts: author pane, findComment permalink, <time>, quote citations left out', () => {
    const posts = invision.findPosts(doc, url);
    expect(posts).toHaveLength(3);
    expect(posts[0]).toMatchObject({
      kind: 'post',
      author: 'Meadowlark',
      postId: '51234',
      permalink: `${TOPIC_URL}?do=findComment&comment=51234`,
      postedAt: '2024-03-14T08:00:00.000Z',
      postedAtText: '14 March 2024',
    });
    expect(posts[1]?.text).toBe(
      'Any tips for planning around it would be really welcome.\n\nI book the infusion on a Thursday so the worst days fall on the weekend, and I batch-cook the week before.',
    );
  });

  it('falls back to data-quotedata for the author and time, and to a findComment link', () => {
    const third = invision.findPosts(doc, url)[2];
    expect(third).toMatchObject({
      author: 'Guest Robin',
      postId: '51266',
      postedAt: '2024-03-15T10:53:20.000Z',
      permalink: `${TOPIC_URL}?do=findComment&comment=51266`,
      permalinkIsGuess: true,
    });
  });

  it('finds the CKEditor box (not its hidden source textarea) and the Submit Reply button', () => {
    const composers = invision.findComposers(doc, url);
    expect(composers).toHaveLength(1);
    expect(composers[0]).toMatchObject({ kind: 'reply', editor: 'ckeditor', submitsOnEnter: false });
    expect(invision.findSubmitControl(composers[0]!.element)?.textContent).toBe('Submit Reply');
  });

  it('falls back to the source textarea when the editor did not load', () => {
    const page = load();
    page.doc.querySelector('.cke')?.remove();
    const composers = invision.findComposers(page.doc, page.url);
    expect(composers.map((c) => [c.element.tagName, c.editor, c.kind])).toEqual([['TEXTAREA', 'textarea', 'reply']]);
  });
});
