// Every regular expression in utils/claims must run in linear time on any input:
// forum text is untrusted and a pathological post must not freeze the page.
import path from 'node:path';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { collectRegexes } from './regex-sources';

const dir = path.resolve(process.cwd(), 'utils/claims');
const { literals, dynamic } = collectRegexes(dir);

describe('utils/claims regular expressions', () => {
  it('are all written as literals (no RegExp built from data)', () => {
    expect(dynamic).toEqual([]);
    expect(literals.length).toBeGreaterThan(3);
  });

  it('would catch a pattern with catastrophic backtracking', async () => {
    const result = await check('^(a+)+$', '', { timeout: 60_000, randomSeed: 20261122 });
    expect(result.status).toBe('vulnerable');
  }, 120_000);

  it.each(literals.map((r) => [`${r.file}: /${r.source}/${r.flags}`, r] as const))(
    'recheck finds %s safe',
    async (_label, r) => {
      const result = await check(r.source, r.flags, { timeout: 60_000, randomSeed: 20261122 });
      expect(result.status).toBe('safe');
    },
    120_000,
  );
});
