import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldForSearch, MAX_WORD_LENGTH, tipWords, tokenize } from '@/utils/library/words';
import { canonicalIso, isIsoDate, isWebAddress, normaliseLabels, normaliseText } from '@/utils/library/normalize';
import { normaliseAddress, normaliseQuote } from '@/utils/library/dedupe';

describe('tokenize', () => {
  it('folds case, accents and compatibility forms', () => {
    expect(tokenize('Café CRÈME brûlée')).toEqual(['cafe', 'creme', 'brulee']);
    expect(tokenize('Straße Ørsted Łódź ﬁbre')).toEqual(['strasse', 'orsted', 'lodz', 'fibre']);
    expect(tokenize('İstanbul')).toEqual(['istanbul']);
  });

  it("joins words across apostrophes, so Crohn's meets crohns", () => {
    expect(tokenize("Crohn's flare, don’t panic")).toEqual(['crohns', 'flare', 'dont', 'panic']);
  });

  it('splits on punctuation and emoji, keeps numbers, drops repeats', () => {
    expect(tokenize('B12 (1000mcg)!! b12 👍 vitamin-D')).toEqual(['b12', '1000mcg', 'vitamin', 'd']);
  });

  it('returns nothing for text with no letters or digits', () => {
    expect(tokenize('  --- !!! 🙂 ')).toEqual([]);
  });

  it('cuts very long words by code point, never splitting a surrogate pair', () => {
    const long = '𝐀'.repeat(50);
    const [word] = tokenize(long);
    expect(Array.from(word ?? '')).toHaveLength(MAX_WORD_LENGTH);
    expect(word).toBe('a'.repeat(MAX_WORD_LENGTH));
  });

  it('never throws, and every word is already folded (property)', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
      fc.constantFrom('\u200D', '\u202E', '\u0301', 'İ', 'ß', '👩‍👩‍👧', ' ', "'"),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        const words = tokenize(text);
        expect(new Set(words).size).toBe(words.length);
        for (const word of words) {
          expect(word).not.toBe('');
          expect(tokenize(word)).toEqual([word]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('tipWords covers text, notes, tags, conditions and group', () => {
    const words = tipWords({ text: 'Magnesium', notes: 'ask GP', tags: ['sleep aid'], conditions: ['ME/CFS'], group: 'Spoonies' });
    expect(words).toEqual(['magnesium', 'ask', 'gp', 'sleep', 'aid', 'me', 'cfs', 'spoonies']);
  });

  it('foldForSearch is stable when applied twice', () => {
    fc.assert(fc.property(fc.string(), (s) => foldForSearch(foldForSearch(s)) === foldForSearch(s)));
  });
});

describe('normaliseText', () => {
  it('tidies line breaks, spaces and control characters but keeps the words', () => {
    expect(normaliseText('  Hello\r\n\r\n\r\n\r\nworld\u0000 \t again \u00A0 ')).toBe('Hello\n\nworld again');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => normaliseText(normaliseText(s)) === normaliseText(s)));
  });
});

describe('normaliseLabels', () => {
  it('trims, drops blanks and repeats that differ only in case or accents, keeps the first spelling', () => {
    expect(normaliseLabels(['  Sleep ', 'sleep', 'SLEEP', '', '  ', 'Café', 'cafe', 'pain  relief'])).toEqual([
      'Sleep',
      'Café',
      'pain relief',
    ]);
  });
});

describe('isIsoDate / canonicalIso', () => {
  it.each(['2024-05-01', '2024-05-01T09:30Z', '2024-05-01T09:30:00Z', '2024-05-01T09:30:00.123Z', '2024-02-29T23:59:59+01:00'])(
    'accepts %s',
    (value) => expect(isIsoDate(value)).toBe(true),
  );
  it.each(['2024-02-30T00:00:00Z', '2023-02-29', '2024-13-01', '2024-05-01T24:00:00Z', '2024-05-01T09:30:00', 'yesterday', '', '1714550000000', '2024-5-1'])(
    'refuses %s',
    (value) => expect(isIsoDate(value)).toBe(false),
  );
  it('stores one form that sorts as text', () => {
    expect(canonicalIso('2024-05-01T10:30:00+01:00')).toBe('2024-05-01T09:30:00.000Z');
  });
});

describe('isWebAddress', () => {
  it.each(['https://example.org/a', 'http://forum.example.org/t/1?x=2#p3'])('accepts %s', (value) =>
    expect(isWebAddress(value)).toBe(true),
  );
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x', 'file:///etc/passwd', 'chrome-extension://abc/x', '//example.org', 'https://', ' https://example.org', 'example.org'])(
    'refuses %s',
    (value) => expect(isWebAddress(value)).toBe(false),
  );
});

describe('dedupe normalisation', () => {
  it('ignores the fragment, tracking parameters and parameter order', () => {
    expect(normaliseAddress('https://www.facebook.com/groups/1/posts/2?__cft__[0]=abc&__tn__=R&b=2&a=1#c5')).toBe(
      'https://www.facebook.com/groups/1/posts/2?a=1&b=2',
    );
    expect(normaliseAddress('https://forum.example.org/viewtopic.php?t=5&sid=0123abcd&utm_source=x')).toBe(
      'https://forum.example.org/viewtopic.php?t=5',
    );
  });

  it('treats case, accents, invisible characters and spacing as the same quote', () => {
    expect(normaliseQuote('  Try  LYING\u200B on your left\n side — café ')).toBe(normaliseQuote('try lying on your left side — cafe'));
    expect(normaliseQuote('left side')).not.toBe(normaliseQuote('right side'));
  });
});
