// Well-formedness of the second held-out forum drafts (bench/forum-heldout-2).
// These check the gold data itself, never the guard's answers on it.
import { describe, expect, it } from 'vitest';
import { buildForumCorpus, DIRECT_LABELS, FORUM_META, QUASI_LABELS } from '../../bench/forum-drafts/index';
import { checkGoldValues } from '../../bench/forum-drafts/validate';
import { buildHeldoutCorpus } from '../../bench/forum-heldout/index';
import { buildHeldout2Corpus, FORUM_HELDOUT_2_GROUPS } from '../../bench/forum-heldout-2/index';
import { parseMarkup } from '../../bench/markup';

const docs = buildHeldout2Corpus();
const isClean = (d: (typeof docs)[number]): boolean => d.spans.every((s) => s.label === 'OTHER');

describe('forum second held-out drafts', () => {
  it('parses every draft', () => {
    for (const g of FORUM_HELDOUT_2_GROUPS) for (const source of g.drafts) expect(() => parseMarkup(source)).not.toThrow();
  });

  it('has at least 120 drafts with unique ids in its own namespace', () => {
    expect(docs.length).toBeGreaterThanOrEqual(120);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const d of docs) expect(d.id).toMatch(/^forum-h2-[a-z]+-\d{2}$/);
  });

  it('is about half clean look-alikes (40-60 %)', () => {
    const share = docs.filter(isClean).length / docs.length;
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
  });

  it('uses only labels in the guide\'s scope (plus OTHER for don\'t care)', () => {
    const allowed = new Set<string>([...FORUM_META.scope, 'OTHER']);
    for (const d of docs) for (const s of d.spans) expect(allowed, `${d.id}: ${s.label}`).toContain(s.label);
  });

  it('covers both direct and quasi labels', () => {
    const used = new Set(docs.flatMap((d) => d.spans.map((s) => s.label)));
    for (const label of ['PERSON', 'EMAIL', 'PHONE', 'ADDRESS', 'POSTCODE', 'DOB', 'ID_NUMBER', 'HANDLE', 'URL'] as const) {
      expect(DIRECT_LABELS as readonly string[]).toContain(label);
      expect(used).toContain(label);
    }
    for (const label of QUASI_LABELS) expect(used).toContain(label);
  });

  it('has gold values that pass their own checks (phones parse, checksums hold)', () => {
    expect(checkGoldValues(docs)).toEqual([]);
  });

  it('shares no draft text with the dev set or the first held-out set', () => {
    const seen = new Set([...buildForumCorpus(), ...buildHeldoutCorpus()].map((d) => d.text));
    const reused = docs.filter((d) => seen.has(d.text)).map((d) => d.id);
    expect(reused).toEqual([]);
  });

  it('has no draft written twice', () => {
    expect(new Set(docs.map((d) => d.text)).size).toBe(docs.length);
  });
});
