import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateTip, type SpoonbookDb } from '@/utils/library';
import { ASK_3_QUESTIONS } from '@/utils/reminders';
import { ClinicianSheet } from '@/components/verify/ClinicianSheet';
import { saveAppointment, saveQuestion } from '@/platform/clinician';
import { GENTLE_TEXT, RISKY_TEXT, axeViolations, freshDb, saveWithVerification } from './helpers';

let db: SpoonbookDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb('clinician-sheet');
});
afterEach(() => {
  cleanup();
  db.close();
});

describe('ClinicianSheet (print view)', () => {
  it('puts the Ask 3 Questions first, then each tip with quote, source, date, question and answers', async () => {
    const tip = await saveWithVerification(db, RISKY_TEXT, { group: 'Depression Peer Support' });
    await saveWithVerification(db, GENTLE_TEXT);
    await updateTip(db, tip.id, { verification: { checklist: { current: 'no' }, sourcesNote: 'NHS website' } });
    await saveQuestion(db, tip.id, 'How should I come off it, if at all?');
    await saveAppointment('2031-05-16');
    const { container } = render(<ClinicianSheet db={db} onPrint={() => undefined} />);
    const items = await screen.findAllByTestId('sheet-item');
    expect(items).toHaveLength(1);
    const text = container.textContent ?? '';
    const ask = ASK_3_QUESTIONS.map((q) => text.indexOf(q));
    expect(ask.every((i) => i >= 0)).toBe(true);
    expect(Math.max(...ask)).toBeLessThan(text.indexOf('came off my sertraline'));
    const item = items[0]!.textContent ?? '';
    expect(item).toContain('Depression Peer Support');
    expect(item).toContain('How should I come off it, if at all?');
    expect(item).toContain('Is it current? It may be out of date');
    expect(item).toContain('NHS website');
    expect(item).toMatch(/Saved on\d{1,2} \w+ \d{4}/);
    expect(text).toContain('Appointment: Friday 16 May 2031');
    expect(text).not.toContain(GENTLE_TEXT);
  });

  it('prints on request and has no axe-core violations', async () => {
    await saveWithVerification(db, RISKY_TEXT);
    const onPrint = vi.fn();
    const { container } = render(<ClinicianSheet db={db} onPrint={onPrint} />);
    await screen.findAllByTestId('sheet-item');
    fireEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(onPrint).toHaveBeenCalledTimes(1);
    expect(await axeViolations(container)).toEqual([]);
  });
});
