import { describe, expect, it } from 'vitest';
import { ASK_3_QUESTIONS, clinicianListText, newVerification, truncateQuote, type ClinicianListItem } from '@/utils/reminders';

const savedAt = new Date(2025, 0, 3, 15, 20).toISOString();

function item(text: string, extra: Partial<ClinicianListItem['verification']> = {}, where: Partial<ClinicianListItem> = {}): ClinicianListItem {
  return { text, savedAt, ...where, verification: { ...newVerification(savedAt, 'high'), ...extra } };
}

describe('truncateQuote', () => {
  it('leaves short text alone but tidies whitespace', () => {
    expect(truncateQuote('  I take   turmeric\nwith warfarin  ')).toBe('I take turmeric with warfarin');
  });

  it('cuts long text at a word boundary, with an ellipsis, within the limit', () => {
    const text = 'word '.repeat(100);
    const out = truncateQuote(text, 280);
    expect(out.length).toBeLessThanOrEqual(280);
    expect(out.endsWith('word…')).toBe(true);
    expect(out.slice(0, -1).split(' ').every((w) => w === 'word')).toBe(true);
  });

  it('drops dangling punctuation before the ellipsis, and cuts one giant word hard', () => {
    expect(truncateQuote('Hello there, friend, how are you today', 22)).toBe('Hello there, friend…');
    const long = 'x'.repeat(400);
    expect(truncateQuote(long)).toBe(`${'x'.repeat(279)}…`);
  });

  it('never splits an emoji', () => {
    const text = `${'a'.repeat(278)}😀😀😀`;
    const out = truncateQuote(text, 280);
    expect(out.length).toBeLessThanOrEqual(280);
    expect(out).toBe(`${'a'.repeat(278)}…`);
    expect(() => encodeURIComponent(out)).not.toThrow();
  });

  it('respects the limit for any text', () => {
    for (const n of [1, 50, 279, 280, 281, 1000]) {
      const text = Array.from({ length: n }, (_, i) => (i % 7 === 6 ? ' ' : 'abcdef'[i % 6])).join('');
      expect(truncateQuote(text).length).toBeLessThanOrEqual(280);
    }
  });
});

describe('clinicianListText', () => {
  const items = [
    item(
      `I take turmeric capsules with my warfarin and it has really helped my knees. ${'More detail here. '.repeat(30)}`,
      { clinicianQuestion: 'Is turmeric OK with my warfarin?', checklist: { who: 'yes', selling: 'no' }, sourcesNote: 'NHS website' },
      { group: 'Arthritis Support UK group', pageTitle: 'Facebook', pageUrl: 'https://www.facebook.com/groups/123', permalink: 'https://www.facebook.com/groups/123/posts/456' },
    ),
    item('Came off sertraline cold turkey.', {}, { pageUrl: 'https://forum.example.org/t/1' }),
  ];
  const text = clinicianListText(items, '2025-01-14');
  const lines = text.split('\n');

  it('starts with the Ask 3 Questions and the appointment date', () => {
    expect(lines[1]).toBe('Appointment: Tuesday 14 January 2025');
    const firstItem = lines.findIndex((l) => l.startsWith('1. "'));
    for (const q of ASK_3_QUESTIONS) {
      const i = lines.findIndex((l) => l.endsWith(q));
      expect(i).toBeGreaterThan(0);
      expect(i).toBeLessThan(firstItem);
    }
  });

  it('lists each tip with a quote of at most 280 characters, source, date, question and answers', () => {
    const quote = /^1\. "(.*)"$/u.exec(lines.find((l) => l.startsWith('1. "')) ?? '')?.[1] ?? '';
    expect(quote.length).toBeLessThanOrEqual(280);
    expect(quote.endsWith('…')).toBe(true);
    expect(text).toContain('Where I read it: Arthritis Support UK group (https://www.facebook.com/groups/123/posts/456)');
    expect(text).toContain('Saved on: 3 January 2025');
    expect(text).toContain('My question: Is turmeric OK with my warfarin?');
    expect(text).toContain('Who is saying this, and how do they know? They say how they know');
    expect(text).toContain('Is anyone selling something? No sign of it');
    expect(text).toContain('Where I checked: NHS website');
    expect(text).toContain('2. "Came off sertraline cold turkey."');
    expect(text).toContain('Where I read it: https://forum.example.org/t/1');
    expect(text).toContain('I have not been through the checklist yet.');
  });

  it('works without an appointment and with an empty list', () => {
    const empty = clinicianListText([]);
    expect(empty).not.toContain('Appointment');
    expect(empty).toContain('No tips on my list yet.');
    expect(clinicianListText([], 'not a date')).not.toContain('Appointment');
  });

  it('shows an earlier outcome in plain words', () => {
    const done = clinicianListText([item('Tip', { outcome: 'try-with-monitoring', outcomeDate: new Date(2025, 0, 2, 12).toISOString() })]);
    expect(done).toContain('Already discussed on 2 January 2025: OK to try with monitoring');
  });

  it('is plain text: no HTML, no markdown', () => {
    expect(text).not.toMatch(/<[a-z]/iu);
    expect(text).not.toMatch(/\*\*|^#/mu);
  });
});
