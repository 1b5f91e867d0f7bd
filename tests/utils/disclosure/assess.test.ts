import { describe, expect, it } from 'vitest';
import { assessDraft, scanText } from '@/utils/disclosure/index';
import { flagged, seen } from './helpers';

describe('assessDraft', () => {
  it('is "none" for a clean draft', () => {
    expect(assessDraft(scanText('Anyone else tired after infusions?'), 'unknown')).toEqual({ level: 'none' });
  });
  it('takes the most serious finding as the level', () => {
    expect(assessDraft(scanText("I'm 34 and tired"), 'private').level).toBe('medium');
    expect(assessDraft(scanText('email me on jo@example.com'), 'private').level).toBe('high');
  });
  it('warns when three kinds of quasi-identifier appear together', () => {
    const findings = scanText("I'm 34, I live in Leeds and I work at Acme Widgets Ltd.");
    const result = assessDraft(findings, 'private');
    expect(result.combination?.kinds).toEqual(expect.arrayContaining(['age', 'town', 'employer']));
    expect(result.combination?.message).toMatch(/together/iu);
    expect(result.level).toBe('high');
  });
  it('does not warn about two kinds only', () => {
    expect(assessDraft(scanText("I'm 34 and I live in Leeds."), 'private').combination).toBeUndefined();
  });
});

describe('audience', () => {
  it('raises quasi-identifiers one level in public and leaves direct ones high', () => {
    expect(seen("I'm 34 and tired", { audience: 'private' })[0]?.severity).toBe('medium');
    expect(seen("I'm 34 and tired", { audience: 'public' })[0]?.severity).toBe('high');
    expect(seen('jo@example.com', { audience: 'public' })[0]?.severity).toBe('high');
  });
});

describe('personal terms', () => {
  it('always flags them high, ignoring case and accents, with possessives', () => {
    const text = "Zoe's school in BALLYMÓR is lovely";
    const found = seen(text, { personalTerms: ['Zoë', { term: 'ballymor', category: 'town' }] });
    expect(found).toEqual(expect.arrayContaining([
      { kind: 'PERSONAL_TERM', text: 'Zoe', severity: 'high' },
      { kind: 'PERSONAL_TERM', text: 'BALLYMÓR', severity: 'high' },
    ]));
  });
  it('matches whole words only', () => {
    expect(flagged('Annabel and Hannah', 'PERSONAL_TERM', { personalTerms: ['Ann'] })).toEqual([]);
  });
  it('treats regex characters in terms literally', () => {
    expect(flagged('I use a+b daily, not aab', 'PERSONAL_TERM', { personalTerms: ['a+b', '(x)'] })).toEqual(['a+b']);
  });
  it('offers a fix that fits the category', () => {
    const f = scanText('We live in Ballymor now', { personalTerms: [{ term: 'Ballymor', category: 'town' }] });
    expect(f[0]?.fixes.map((x) => x.replacement)).toContain('my town');
  });
});

describe('allow-list', () => {
  it('drops findings the person said are fine', () => {
    expect(flagged('I live in Leeds', 'LOCATION', { allowList: ['leeds'] })).toEqual([]);
    expect(flagged('I live in Leeds', 'LOCATION')).toEqual(['Leeds']);
  });
  it('never hides a personal term', () => {
    expect(flagged('I live in Leeds', 'PERSONAL_TERM', { allowList: ['Leeds'], personalTerms: ['Leeds'] })).toEqual(['Leeds']);
  });
});

describe('reasons and fixes', () => {
  const text = "I'm Sarah Jenkins, 34, from Leeds. Ring 07700 900123. DOB 12/03/1988. Card 4111 1111 1111 1111.";
  it('give every finding a short plain reason and at least one fix', () => {
    for (const f of scanText(text)) {
      expect(f.reason.split(/\s+/u).length, f.reason).toBeLessThanOrEqual(25);
      expect(f.fixes.length).toBeGreaterThan(0);
    }
  });
  it('suggest initials for names, a month for dates and an age band for ages', () => {
    const replacements = scanText(text).flatMap((f) => f.fixes.map((x) => x.replacement));
    expect(replacements).toEqual(expect.arrayContaining(['S.J.', 'in March', '30-something']));
  });
});
