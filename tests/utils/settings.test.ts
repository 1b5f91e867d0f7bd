import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normaliseSettings, parseTermLines } from '@/utils/settings';

describe('normaliseSettings', () => {
  it('gives safe defaults for nothing stored', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.askBeforePosting).toBe(true);
    expect(DEFAULT_SETTINGS.notifications).toBe(false);
  });

  it('keeps good fields and repairs damaged ones', () => {
    const result = normaliseSettings({
      personalTerms: [{ text: '  Sarah  ', kind: 'name' }],
      askBeforePosting: 'yes',
      keepAuthorNames: false,
    });
    expect(result.personalTerms).toEqual([{ text: 'Sarah', kind: 'name' }]);
    expect(result.askBeforePosting).toBe(true);
    expect(result.keepAuthorNames).toBe(false);
  });

  it('falls back on the term kind when it is unknown', () => {
    expect(normaliseSettings({ personalTerms: [{ text: 'Leeds', kind: 'planet' }] }).personalTerms).toEqual([{ text: 'Leeds', kind: 'other' }]);
  });
});

describe('parseTermLines', () => {
  it('splits lines, trims, drops blanks and duplicates regardless of case', () => {
    expect(parseTermLines('Sarah\n\n  Jake \r\nsarah\n', 'family')).toEqual([
      { text: 'Sarah', kind: 'family' },
      { text: 'Jake', kind: 'family' },
    ]);
  });
});
