import { describe, expect, it } from 'vitest';
import type { Finding } from '@/utils/disclosure';
import {
  activeFindings,
  badgeLabel,
  draftVersion,
  expectedAfterFix,
  findingKey,
  saferText,
  sameVisibleText,
  shouldAsk,
  toEngineTerms,
} from '@/utils/guard/state';

const text = 'I am Sarah, call 07700 900123 from Leeds';
const name: Finding = { start: 5, end: 10, kind: 'PERSON', severity: 'high', reason: 'A name', fixes: [{ label: 'Initial', replacement: 'S.' }] };
const phone: Finding = { start: 17, end: 29, kind: 'PHONE', severity: 'high', reason: 'A phone', fixes: [{ label: 'Remove', replacement: '[phone]' }] };
const town: Finding = { start: 35, end: 40, kind: 'LOCATION', severity: 'medium', reason: 'A town', fixes: [], facet: 'town' };

describe('draft guard state', () => {
  it('keys a finding by kind and text, not position', () => {
    expect(findingKey(text, name)).toBe('PERSON:sarah');
    expect(findingKey('Sarah here', { start: 0, end: 5, kind: 'PERSON' })).toBe('PERSON:sarah');
  });

  it('drops findings dismissed for this draft', () => {
    expect(activeFindings(text, [name, phone, town], new Set(['PHONE:07700 900123']))).toEqual([name, town]);
  });

  it('asks once per draft version, for high findings or a risky combination', () => {
    const v1 = draftVersion(text);
    expect(shouldAsk([name], { level: 'high' }, null, v1)).toBe(true);
    expect(shouldAsk([name], { level: 'high' }, v1, v1)).toBe(false);
    expect(shouldAsk([name], { level: 'high' }, v1, draftVersion(`${text}!`))).toBe(true);
    expect(shouldAsk([town], { level: 'medium' }, null, v1)).toBe(false);
    expect(shouldAsk([town], { level: 'high', combination: { message: 'Together…', kinds: ['age', 'town', 'employer'] } }, null, v1)).toBe(true);
    expect(shouldAsk([], { level: 'none' }, null, v1)).toBe(false);
  });

  it('gives different versions for different drafts', () => {
    expect(draftVersion('abc')).not.toBe(draftVersion('abd'));
    expect(draftVersion('abc')).toBe(draftVersion('abc'));
  });

  it('says how many things there are in plain words', () => {
    expect(badgeLabel(0)).toBe('Nothing to check');
    expect(badgeLabel(1)).toBe('1 thing to check');
    expect(badgeLabel(3)).toBe('3 things to check');
  });

  it('builds the safer text from the first fix of each finding', () => {
    expect(saferText(text, [phone, name, town])).toBe('I am S., call [phone] from Leeds');
  });

  it('checks an edit took effect, forgiving nbsp and trailing newlines', () => {
    expect(expectedAfterFix(text, 5, 10, 'S.')).toBe('I am S., call 07700 900123 from Leeds');
    expect(sameVisibleText('a\u00a0b\n', 'a b')).toBe(true);
    expect(sameVisibleText('a b', 'a c')).toBe(false);
  });

  it('maps saved words to the detector’s categories', () => {
    expect(toEngineTerms([{ text: 'Leeds', kind: 'place' }, { text: 'Acme', kind: 'work' }])).toEqual([
      { term: 'Leeds', category: 'town' },
      { term: 'Acme', category: 'employer' },
    ]);
  });
});
