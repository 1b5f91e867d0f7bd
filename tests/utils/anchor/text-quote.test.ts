import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuote } from '@/utils/anchor/text-quote';

describe('findQuote', () => {
  it('finds the exact words and reports their offsets in the original text', () => {
    const page = 'Top of page.\n\nTry a  warm shower\nbefore bed, it helps.';
    const match = findQuote(page, { exact: 'warm shower before bed', prefix: 'Try a ', suffix: ', it helps' })!;
    expect(page.slice(match.start, match.end)).toBe('warm shower\nbefore bed');
    expect(match.context).toBe(1);
  });

  it('picks the occurrence whose surroundings match the saved context', () => {
    const page = 'Alice: pacing helps me. Bob: honestly pacing helps me too, with a timer.';
    const match = findQuote(page, { exact: 'pacing helps me', prefix: 'Bob: honestly ', suffix: ' too, with' })!;
    expect(match.start).toBe(page.lastIndexOf('pacing helps me'));
  });

  it('ignores case and re-wrapped whitespace', () => {
    const page = 'HEAT PADS\n   on LOW';
    expect(findQuote(page, { exact: 'heat pads on low', prefix: '', suffix: '' })).toMatchObject({ start: 0, end: page.length });
  });

  it('says so when the passage is gone', () => {
    expect(findQuote('The post was edited.', { exact: 'warm shower', prefix: '', suffix: '' })).toBeNull();
    expect(findQuote('anything', { exact: '   ', prefix: '', suffix: '' })).toBeNull();
  });

  it('always finds a passage cut from the page, with its context', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200, unit: 'binary' }), fc.nat(), fc.nat(), (page, a, b) => {
        const start = a % page.length;
        const end = start + 1 + (b % (page.length - start));
        const exact = page.slice(start, end);
        if (!exact.trim()) return;
        const match = findQuote(page, { exact, prefix: page.slice(Math.max(0, start - 32), start), suffix: page.slice(end, end + 32) });
        expect(match).not.toBeNull();
        const fold = (x: string) => [...x].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
        expect(fold(page.slice(match!.start, match!.end).replace(/\s+/g, ' '))).toBe(fold(exact.trim().replace(/\s+/g, ' ')));
      }),
      { numRuns: 500 },
    );
  });
});
