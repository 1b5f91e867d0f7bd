// Every regular expression in utils/reminders must run in linear time on any input.
import path from 'node:path';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { collectRegexes } from '../claims/regex-sources';

const { literals, dynamic } = collectRegexes(path.resolve(process.cwd(), 'utils/reminders'));

describe('utils/reminders regular expressions', () => {
  it('are all literals', () => {
    expect(dynamic).toEqual([]);
    expect(literals.length).toBeGreaterThan(0);
  });

  it.each(literals.map((r) => [`${r.file}: /${r.source}/${r.flags}`, r] as const))(
    'recheck finds %s safe',
    async (_label, r) => {
      expect((await check(r.source, r.flags, { timeout: 60_000, randomSeed: 20261122 })).status).toBe('safe');
    },
    120_000,
  );
});
