import { describe, expect, it } from 'vitest';
import { BUILT_IN_MATCHES, isBuiltIn, sitePattern } from '@/utils/hosts';

describe('sitePattern', () => {
  it.each([
    ['forum.example.org', 'https://forum.example.org/*'],
    ['https://forum.example.org/t/topic/123?x=1', 'https://forum.example.org/*'],
    ['http://old.example.net:8080/board', 'http://old.example.net:8080/*'],
    ['  community.patient.info/ ', 'https://community.patient.info/*'],
  ])('%s → %s', (input, expected) => {
    expect(sitePattern(input)).toBe(expected);
  });

  it.each(['', 'not a site', 'javascript:alert(1)', 'file:///etc/passwd', 'chrome://settings', 'ftp://example.org'])('refuses %j', (input) => {
    expect(sitePattern(input)).toBeNull();
  });
});

describe('built-in sites', () => {
  it('covers Facebook groups but not the rest of Facebook', () => {
    expect(isBuiltIn('https://www.facebook.com/groups/123/posts/456')).toBe(true);
    expect(isBuiltIn('https://www.facebook.com/marketplace/')).toBe(false);
    expect(isBuiltIn('https://www.reddit.com/r/CrohnsDisease/')).toBe(true);
    expect(isBuiltIn('https://forum.example.org/')).toBe(false);
  });

  it('asks for nothing wider than specific sites', () => {
    for (const pattern of BUILT_IN_MATCHES) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\/(?:groups\/)?\*$/);
  });
});
