import { describe, expect, it } from 'vitest';
import { trustedSearchLinks } from '@/utils/reminders';

describe('trustedSearchLinks', () => {
  it('builds NHS, MedlinePlus, NICE and Cochrane searches with the terms URL-encoded', () => {
    const links = trustedSearchLinks(["St John's wort", 'sertraline']);
    expect(links.map((l) => new URL(l.url).hostname)).toEqual(['www.nhs.uk', 'vsearch.nlm.nih.gov', 'www.nice.org.uk', 'www.cochranelibrary.com']);
    expect(links[0]?.url).toBe("https://www.nhs.uk/search/results?q=St%20John's%20wort%20sertraline");
    for (const l of links) {
      expect(l.url.startsWith('https://')).toBe(true);
      const params = new URL(l.url).searchParams;
      expect(params.get('q') ?? params.get('query')).toBe("St John's wort sertraline");
      expect(l.label.length).toBeGreaterThan(0);
    }
  });

  it('keeps special characters inside the query', () => {
    const [nhs] = trustedSearchLinks(['a&e', 'x=1#frag', 'café?']);
    const url = new URL(nhs?.url ?? '');
    expect(url.searchParams.get('q')).toBe('a&e x=1#frag café?');
    expect(url.hash).toBe('');
    expect([...url.searchParams.keys()]).toEqual(['q']);
  });

  it('tidies terms: trims, drops blanks and repeats, caps the number', () => {
    const [nhs] = trustedSearchLinks(['  Warfarin ', '', 'warfarin', 'turmeric\n\tcapsules', 'a', 'b', 'c', 'd', 'e']);
    expect(new URL(nhs?.url ?? '').searchParams.get('q')).toBe('Warfarin turmeric capsules a b c d');
  });

  it('returns nothing when there is nothing to search for', () => {
    expect(trustedSearchLinks([])).toEqual([]);
    expect(trustedSearchLinks(['   '])).toEqual([]);
  });

  it('adds a charity search only for a well-formed https template', () => {
    const charity = { label: 'Versus Arthritis', searchUrl: 'https://www.versusarthritis.org/search/?q={q}' };
    const links = trustedSearchLinks(['methotrexate'], { charity });
    expect(links.at(-1)).toEqual({ label: 'Versus Arthritis', url: 'https://www.versusarthritis.org/search/?q=methotrexate' });
    expect(trustedSearchLinks(['x'], { charity: { label: 'Bad', searchUrl: 'http://example.org/?q={q}' } })).toHaveLength(4);
    expect(trustedSearchLinks(['x'], { charity: { label: 'Bad', searchUrl: 'javascript:alert({q})' } })).toHaveLength(4);
    expect(trustedSearchLinks(['x'], { charity: { label: 'No slot', searchUrl: 'https://example.org/' } })).toHaveLength(4);
  });
});
