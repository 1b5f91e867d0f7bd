import { describe, expect, it } from 'vitest';
import {
  addCounts, emptyCounts, foldKind, kindsCompatible, median, overall, overlaps, percentile, perKind, prf, scoreDocument,
} from '../../bench/score';

const scope = new Set(['PERSON', 'LOCATION', 'DATE', 'ADDRESS', 'POSTCODE']);

describe('overlaps', () => {
  it('treats spans that share a character as overlapping, touching ends as not', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 4, end: 8 })).toBe(true);
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 8 })).toBe(false);
    expect(overlaps({ start: 3, end: 4 }, { start: 0, end: 10 })).toBe(true);
  });
});

describe('kind folding and compatibility', () => {
  it('folds DOB to DATE only when the corpus has no DOB label', () => {
    expect(foldKind('DOB', scope)).toBe('DATE');
    expect(foldKind('DOB', new Set(['DOB', 'DATE']))).toBe('DOB');
    expect(foldKind('EMAIL', scope)).toBe('EMAIL');
  });

  it('treats ADDRESS and POSTCODE as compatible both ways, nothing else', () => {
    expect(kindsCompatible('POSTCODE', 'ADDRESS')).toBe(true);
    expect(kindsCompatible('ADDRESS', 'POSTCODE')).toBe(true);
    expect(kindsCompatible('PERSON', 'LOCATION')).toBe(false);
  });
});

describe('scoreDocument', () => {
  const gold = [
    { start: 0, end: 5, label: 'PERSON' },
    { start: 10, end: 15, label: 'LOCATION' },
    { start: 20, end: 25, label: 'OTHER' },
  ];

  it('counts overlapping same-kind predictions as hits and reports misses', () => {
    const r = scoreDocument(gold, [{ start: 1, end: 3, kind: 'PERSON' }], scope, 'kind');
    expect(r.counts.found).toEqual({ PERSON: 1 });
    expect(r.counts.gold).toEqual({ PERSON: 1, LOCATION: 1 });
    expect(r.misses).toEqual([{ start: 10, end: 15, label: 'LOCATION' }]);
    expect(r.falseAlarms).toEqual([]);
  });

  it('a wrong-kind overlap is a false alarm when kinds must match, a hit otherwise', () => {
    const pred = [{ start: 10, end: 15, kind: 'PERSON' }];
    const strict = scoreDocument(gold, pred, scope, 'kind');
    expect(strict.counts.correct).toEqual({});
    expect(strict.falseAlarms).toHaveLength(1);
    const loose = scoreDocument(gold, pred, scope, 'any');
    expect(loose.counts.correct).toEqual({ PERSON: 1 });
    expect(loose.counts.found).toEqual({ LOCATION: 1 });
  });

  it('ignores predictions touching only OTHER spans and out-of-scope kinds touching nothing', () => {
    const r = scoreDocument(gold, [
      { start: 21, end: 23, kind: 'PERSON' },
      { start: 30, end: 35, kind: 'EMAIL' },
    ], scope, 'kind');
    expect(r.counts.predicted).toEqual({});
    expect(r.flagged).toBe(false);
  });

  it('counts an out-of-scope kind that lands on a gold span of another kind as a false alarm', () => {
    const r = scoreDocument(gold, [{ start: 0, end: 5, kind: 'EMAIL' }], scope, 'kind');
    expect(r.counts.predicted).toEqual({ EMAIL: 1 });
    expect(r.falseAlarms).toEqual([{ start: 0, end: 5, kind: 'EMAIL' }]);
  });

  it('counts an in-scope prediction on empty text as a false alarm and marks clean docs flagged', () => {
    const r = scoreDocument([], [{ start: 0, end: 4, kind: 'LOCATION' }], scope, 'kind');
    expect(r.clean).toBe(true);
    expect(r.flagged).toBe(true);
    expect(r.counts.predicted).toEqual({ LOCATION: 1 });
    expect(r.counts.correct).toEqual({});
  });

  it('a document with only OTHER gold spans is clean', () => {
    expect(scoreDocument([{ start: 0, end: 3, label: 'OTHER' }], [], scope, 'kind').clean).toBe(true);
  });

  it('folds DOB predictions onto DATE gold when the corpus has no DOB', () => {
    const r = scoreDocument([{ start: 0, end: 10, label: 'DATE' }], [{ start: 0, end: 10, kind: 'DOB' }], scope, 'kind');
    expect(r.counts.correct).toEqual({ DATE: 1 });
  });
});

describe('aggregation', () => {
  it('adds counts and computes micro and per-kind P/R/F1', () => {
    const a = scoreDocument([{ start: 0, end: 5, label: 'PERSON' }], [{ start: 0, end: 5, kind: 'PERSON' }], scope, 'kind');
    const b = scoreDocument(
      [{ start: 0, end: 5, label: 'PERSON' }, { start: 6, end: 9, label: 'LOCATION' }],
      [{ start: 6, end: 9, kind: 'LOCATION' }, { start: 12, end: 14, kind: 'LOCATION' }],
      scope,
      'kind',
    );
    const total = addCounts(addCounts(emptyCounts(), a.counts), b.counts);
    const all = overall(total);
    expect(all.precision).toBeCloseTo(2 / 3);
    expect(all.recall).toBeCloseTo(2 / 3);
    expect(all.f1).toBeCloseTo(2 / 3);
    const k = perKind(total);
    expect(k.PERSON?.recall).toBeCloseTo(0.5);
    expect(k.PERSON?.precision).toBe(1);
    expect(k.LOCATION?.precision).toBeCloseTo(0.5);
    expect(overall(total, new Set(['PERSON'])).recall).toBeCloseTo(0.5);
  });

  it('gives F1 0 when one side is empty and NaN when both are', () => {
    expect(prf(0, 0, 0, 4).f1).toBe(0);
    expect(prf(0, 3, 0, 0).f1).toBe(0);
    expect(Number.isNaN(prf(0, 0, 0, 0).f1)).toBe(true);
  });

  it('computes nearest-rank percentiles and medians', () => {
    const xs = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(xs, 95)).toBe(10);
    expect(percentile(xs, 50)).toBe(5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
