import { describe, expect, it } from 'vitest';
import { adapterByPlatform, adapterFor, facebook, generic, postContaining, SITE_ADAPTERS } from '@/utils/sites';
import { parsePage } from './load-page';

const PAGE = `<html><head><meta property="og:site_name" content="Kidney Care Chat"></head><body>
  <form action="/reply"><textarea name="body"></textarea><input type="submit" name="preview" value="Preview"><button type="submit" id="go">Send</button></form>
  <div contenteditable="true" id="rich"><p>draft <b contenteditable="true">nested</b></p></div>
  <div role="textbox" id="custom"></div>
  <textarea readonly>quoted</textarea><div role="combobox" contenteditable="true"></div><div contenteditable="false">no</div>
  <div itemscope itemtype="https://schema.org/DiscussionForumPosting">
    <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="/u/ann"><span itemprop="name">Ann</span></a></span>
    <time itemprop="datePublished" datetime="2024-05-01T10:00:00Z">1 May</time>
    <div itemprop="articleBody"><p>Dialysis tip: bring a blanket.</p></div>
    <div itemscope itemtype="https://schema.org/Comment">
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Bo</span></span>
      <meta itemprop="datePublished" content="2024-05-02T09:30:00Z">
      <div itemprop="text">Thanks, doing that.</div>
    </div>
  </div></body></html>`;

describe('generic adapter', () => {
  const { doc, url } = parsePage(PAGE, 'https://kidney.example.org/topic/9');

  it('is chosen for an unknown site', () => {
    expect(adapterFor(doc, url)).toBe(generic);
    expect(generic.siteName(doc, url)).toBe('Kidney Care Chat');
    expect(generic.audience(doc, url)).toBe('unknown');
  });

  it('takes every usable textarea, contenteditable root and textbox, once', () => {
    const ids = generic.findComposers(doc).map((c) => c.element.id || c.element.getAttribute('name'));
    expect(ids).toEqual(['body', 'rich', 'custom']);
    expect(generic.findComposers(doc).every((c) => c.kind === 'unknown' && !c.submitsOnEnter)).toBe(true);
  });

  it('finds a form submit button, skipping preview', () => {
    const box = doc.querySelector('textarea[name="body"]')!;
    expect(generic.findSubmitControl(box)?.id).toBe('go');
    expect(generic.findSubmitControl(doc.getElementById('rich')!)).toBeNull();
  });

  it('reads schema.org posts and comments', () => {
    const posts = generic.findPosts(doc, url);
    expect(posts).toEqual([
      expect.objectContaining({ kind: 'post', author: 'Ann', text: 'Dialysis tip: bring a blanket.', postedAt: '2024-05-01T10:00:00.000Z', postedAtText: '1 May' }),
      expect.objectContaining({ kind: 'comment', author: 'Bo', text: 'Thanks, doing that.', postedAt: '2024-05-02T09:30:00.000Z' }),
    ]);
    expect(posts[0]?.permalink).toBeUndefined(); // the only url there is the author's
  });

  it('finds the innermost post containing a node', () => {
    const reply = doc.querySelector('[itemprop="text"]')!.firstChild!;
    expect(postContaining(generic, doc, reply, url)?.author).toBe('Bo');
    const opening = doc.querySelector('[itemprop="articleBody"] p')!;
    expect(postContaining(generic, doc, opening, url)?.author).toBe('Ann');
    expect(postContaining(generic, doc, doc.getElementById('rich')!, url)).toBeNull();
  });
});

describe('adapter registry', () => {
  it('has one adapter per platform, generic last', () => {
    const platforms = SITE_ADAPTERS.map((a) => a.platform);
    expect(new Set(platforms).size).toBe(platforms.length);
    expect(platforms.at(-1)).toBe('generic');
    expect(adapterByPlatform('facebook')).toBe(facebook);
  });

  it('survives an empty document', () => {
    const { doc, url } = parsePage('', 'https://example.org/');
    const adapter = adapterFor(doc, url);
    expect(adapter).toBe(generic);
    expect(adapter.findPosts(doc, url)).toEqual([]);
    expect(adapter.findComposers(doc, url)).toEqual([]);
  });
});
