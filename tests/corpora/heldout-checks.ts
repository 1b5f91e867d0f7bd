// Well-formedness checks shared by the blind forum-draft sets (bench/forum-heldout*).
// They check the gold data itself, never the guard's answers on it.
import { describe, expect, it } from 'vitest';
import { DIRECT_LABELS, FORUM_META, QUASI_LABELS, type CorpusDocument } from '../../bench/forum-drafts/index';
import type { DraftGroup } from '../../bench/forum-drafts/group';
import { checkGoldValues } from '../../bench/forum-drafts/validate';
import { parseMarkup } from '../../bench/markup';

export interface HeldoutSet {
  title: string;
  groups: readonly DraftGroup[];
  docs: readonly CorpusDocument[];
  minDrafts: number;
  /** Every id must match: "forum-ho-…", "forum-h2-…". */
  idPattern: RegExp;
  /** Texts of the sets written before this one: none may be reused. */
  earlier: readonly CorpusDocument[];
}

const DIRECT_USED = ['PERSON', 'EMAIL', 'PHONE', 'ADDRESS', 'POSTCODE', 'DOB', 'ID_NUMBER', 'HANDLE', 'URL'] as const;

export function describeHeldoutSet(set: HeldoutSet): void {
  const { docs } = set;
  const isClean = (d: CorpusDocument): boolean => d.spans.every((s) => s.label === 'OTHER');

  describe(set.title, () => {
    it('parses every draft', () => {
      for (const g of set.groups) for (const source of g.drafts) expect(() => parseMarkup(source)).not.toThrow();
    });

    it(`has at least ${set.minDrafts} drafts with unique ids in its own namespace`, () => {
      expect(docs.length).toBeGreaterThanOrEqual(set.minDrafts);
      expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
      for (const d of docs) expect(d.id).toMatch(set.idPattern);
    });

    it('is about half clean look-alikes (40-60 %)', () => {
      const share = docs.filter(isClean).length / docs.length;
      expect(share).toBeGreaterThanOrEqual(0.4);
      expect(share).toBeLessThanOrEqual(0.6);
    });

    it("uses only labels in the guide's scope (plus OTHER for don't care)", () => {
      const allowed = new Set<string>([...FORUM_META.scope, 'OTHER']);
      for (const d of docs) for (const s of d.spans) expect(allowed, `${d.id}: ${s.label}`).toContain(s.label);
    });

    it('covers both direct and quasi labels', () => {
      const used = new Set(docs.flatMap((d) => d.spans.map((s) => s.label)));
      for (const label of DIRECT_USED) {
        expect(DIRECT_LABELS as readonly string[]).toContain(label);
        expect(used).toContain(label);
      }
      for (const label of QUASI_LABELS) expect(used).toContain(label);
    });

    it('has gold values that pass their own checks (phones parse, checksums hold)', () => {
      expect(checkGoldValues(docs)).toEqual([]);
    });

    it('shares no draft text with the sets written before it, and repeats none', () => {
      const seen = new Set(set.earlier.map((d) => d.text));
      expect(docs.filter((d) => seen.has(d.text)).map((d) => d.id)).toEqual([]);
      expect(new Set(docs.map((d) => d.text)).size).toBe(docs.length);
    });
  });
}
