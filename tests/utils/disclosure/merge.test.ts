// Overlap resolution: one finding per stretch of text, the best one, whatever order detectors ran in.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveOverlaps } from '@/utils/disclosure/merge';
import type { Candidate } from '@/utils/disclosure/types';

const TEXT = 'x'.repeat(200);
const cand = (start: number, end: number, extra: Partial<Candidate> = {}): Candidate => ({ start, end, kind: 'PERSON', severity: 'medium', confidence: 0.5, ...extra });

describe('resolveOverlaps', () => {
  it('keeps the best of a chain and whatever no longer overlaps it', () => {
    // a overlaps b, b overlaps c, a and c do not touch.
    const a = cand(0, 10);
    const b = cand(8, 22, { severity: 'high' });
    const c = cand(20, 30);
    expect(resolveOverlaps(TEXT, [a, b, c])).toEqual([b]);
    const b2 = cand(8, 22, { severity: 'low' });
    expect(resolveOverlaps(TEXT, [c, b2, a])).toEqual([a, c]);
  });

  it('prefers a structural reading, whether the other says false or nothing', () => {
    const guess = cand(0, 10, { kind: 'PERSON', severity: 'high', confidence: 0.9 });
    const shaped = cand(0, 10, { kind: 'LOCATION', severity: 'medium', confidence: 0.7, structural: true });
    const notShaped = { ...guess, structural: false };
    expect(resolveOverlaps(TEXT, [guess, shaped])).toEqual([shaped]);
    expect(resolveOverlaps(TEXT, [shaped, notShaped])).toEqual([shaped]);
  });

  it('gives the same answer for any order of the same candidates', () => {
    const arb = fc.array(
      fc.record({ start: fc.nat(150), len: fc.integer({ min: 1, max: 40 }), sev: fc.constantFrom('high', 'medium', 'low'), conf: fc.integer({ min: 1, max: 9 }), structural: fc.constantFrom(undefined, false, true) }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(arb, fc.nat(), (specs, seed) => {
        const list = specs.map((s) => cand(s.start, s.start + s.len, { severity: s.sev as Candidate['severity'], confidence: s.conf / 10, structural: s.structural }));
        const shuffled = [...list].sort((x, y) => ((x.start * 31 + seed) % 17) - ((y.start * 31 + seed) % 17) || x.end - y.end);
        const kept = resolveOverlaps(TEXT, list);
        expect(resolveOverlaps(TEXT, shuffled)).toEqual(kept);
        for (let i = 1; i < kept.length; i++) expect((kept[i] as Candidate).start).toBeGreaterThanOrEqual((kept[i - 1] as Candidate).end);
        // Nothing dropped could have been kept: every dropped candidate overlaps a kept one.
        for (const c of list) expect(kept.some((k) => k.start < c.end && c.start < k.end)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
