// Property tests: whatever text a composer holds, scanning never throws, stays
// in bounds, never splits a character, always finds the person's own terms and
// gives the same answer twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanText, type ScanOptions } from '@/utils/disclosure/index';

const RUNS = { numRuns: 1000 };
/** 1,000 runs can take a while on a busy machine; this is a time-out, not a speed test. */
const SLOW = { timeout: 120_000 };

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

/** Pieces that stress text handling, and pieces that trigger the detectors. */
const piece = fc.oneof(
  codeUnit,
  fc.constantFrom(
    '👩‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '\u200d', '\ufe0f', '\u202e', '\u202c', '\u200f', 'שלום', 'مرحبا', 'e\u0301', 'Zoë', 'ﬁ', 'İ', 'ß',
    '\ud83d', '\ude00', '\udc00\ud800', ' ', '\n', '\t', '.', ',', "'", '’', '(', ')', '@', '#', '+', '-', '/',
    "I'm ", 'my son ', 'Dr ', 'Sarah Jenkins', 'from Leeds', '07700 900123', '943 476 5919', '4111 1111 1111 1111',
    'GB82 WEST 1234 5698 7654 32', 'jo@example.com', 'https://x.com/jo', '@jo_b', 'LS6 2AB', '12/03/1988', "I'm 34", '34F',
    '22 Hollybank Road', 'born on ', 'I work at ', 'Crohn’s', 'Humira', 'ring 111', 'MRN ', '192.168.0.1', '::1',
  ),
);

const draft = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
const audience = fc.constantFrom<ScanOptions['audience']>('public', 'private', 'unknown', undefined);

function splitsSurrogatePair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const hi = text.charCodeAt(i - 1);
  const lo = text.charCodeAt(i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

describe('scanText properties', () => {
  it('never throws on any string, including lone surrogates and mixed scripts', SLOW, () => {
    fc.assert(
      fc.property(draft, audience, (text, aud) => {
        expect(() => scanText(text, { audience: aud, personalTerms: ['Zoë', 'a+b'] })).not.toThrow();
      }),
      RUNS,
    );
  });

  it('returns spans in bounds, sorted, non-overlapping and on code-point boundaries', SLOW, () => {
    fc.assert(
      fc.property(draft, (text) => {
        const findings = scanText(text);
        let previousEnd = 0;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(previousEnd);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(splitsSurrogatePair(text, f.start)).toBe(false);
          expect(splitsSurrogatePair(text, f.end)).toBe(false);
          previousEnd = f.end;
        }
      }),
      RUNS,
    );
  });

  it('always finds an inserted personal term', SLOW, () => {
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüøçñÉÖ'.split(''));
    const word = fc.array(letter, { minLength: 2, maxLength: 10 }).map((l) => l.join(''));
    const term = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(draft, draft, term, fc.boolean(), (before, after, t, possessive) => {
        const inserted = ` ${t}${possessive ? "'s" : ''} `;
        const text = `${before}${inserted}${after}`;
        const at = before.length + 1;
        const findings = scanText(text, { personalTerms: [t.toUpperCase()] });
        const hit = findings.find((f) => f.kind === 'PERSONAL_TERM' && f.start <= at && f.end >= at + t.length);
        expect(hit, JSON.stringify({ text, t })).toBeDefined();
        expect(hit?.severity).toBe('high');
      }),
      RUNS,
    );
  });

  it('is deterministic', SLOW, () => {
    fc.assert(
      fc.property(draft, audience, (text, aud) => {
        const options: ScanOptions = { audience: aud, personalTerms: ['Sarah'], allowList: ['Leeds'] };
        expect(scanText(text, options)).toEqual(scanText(text, options));
      }),
      RUNS,
    );
  });
});
