// The labelled sentences used by bench/claims.ts must stay well-formed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CATEGORIES = new Set([
  'stop-medication', 'dose-change', 'replace-treatment', 'supplement-interaction', 'delay-care',
  'no-prescription', 'cure-language', 'conspiracy', 'quick-fix', 'sales', 'certainty',
]);
const TIERS = new Set(['high', 'medium', 'low', 'none']);

const lines = readFileSync(path.resolve(process.cwd(), 'tests/corpora/claims.jsonl'), 'utf8').split('\n').filter((l) => l !== '');

describe('tests/corpora/claims.jsonl', () => {
  const rows = lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  it('has at least 300 rows, at least half of them harmless', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.filter((r) => r.tier === 'none').length * 2).toBeGreaterThanOrEqual(rows.length);
  });

  it('has only the known fields, with valid values', () => {
    for (const r of rows) {
      expect(Object.keys(r).every((k) => ['id', 'text', 'tier', 'category'].includes(k)), JSON.stringify(r)).toBe(true);
      expect(typeof r.id).toBe('string');
      expect(typeof r.text === 'string' && r.text.trim().length > 0).toBe(true);
      expect(TIERS.has(r.tier as string), String(r.id)).toBe(true);
      if (r.tier === 'none') expect(r.category, String(r.id)).toBeUndefined();
      else expect(CATEGORIES.has(r.category as string), String(r.id)).toBe(true);
    }
  });

  it('has unique ids and unique sentences', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => (r.text as string).toLowerCase())).size).toBe(rows.length);
  });

  it('covers every tier and category', () => {
    for (const t of TIERS) expect(rows.some((r) => r.tier === t), t).toBe(true);
    for (const c of CATEGORIES) expect(rows.some((r) => r.category === c), c).toBe(true);
  });
});
