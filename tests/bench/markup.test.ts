import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../bench/markup';

describe('parseMarkup', () => {
  it('strips marks and records UTF-16 offsets of the shown text', () => {
    const { text, spans } = parseMarkup("I'm {{PERSON|Sarah}} 😀 from {{LOCATION|Leeds}}.");
    expect(text).toBe("I'm Sarah 😀 from Leeds.");
    expect(spans).toEqual([
      { start: 4, end: 9, label: 'PERSON' },
      { start: 18, end: 23, label: 'LOCATION' },
    ]);
    expect(text.slice(18, 23)).toBe('Leeds');
  });

  it('returns text unchanged when there are no marks', () => {
    expect(parseMarkup('Crohn’s and 20mg')).toEqual({ text: 'Crohn’s and 20mg', spans: [] });
  });

  it('rejects unknown labels, edge whitespace and stray braces', () => {
    expect(() => parseMarkup('{{NAME|Sarah}}')).toThrow(/Unknown label/);
    expect(() => parseMarkup('{{PERSON| Sarah}}')).toThrow(/edge whitespace/);
    expect(() => parseMarkup('{{PERSON|Sarah}')).toThrow(/Unbalanced/);
  });
});
