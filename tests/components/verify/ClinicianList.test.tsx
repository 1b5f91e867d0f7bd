import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getTip, updateTip, type SpoonbookDb } from '@/utils/library';
import { ASK_3_QUESTIONS } from '@/utils/reminders';
import { ClinicianList } from '@/components/verify/ClinicianList';
import { loadAppointment, saveAppointment, saveQuestion } from '@/platform/clinician';
import { GENTLE_TEXT, RISKY_TEXT, axeViolations, freshDb, saveWithVerification } from './helpers';

let db: SpoonbookDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb('clinician-list');
});
afterEach(() => {
  cleanup();
  db.close();
});

const LONG_RISKY = `I stopped taking my warfarin and doubled my turmeric instead. ${'My joints have never felt better and I sleep so well now. '.repeat(8)}`;

describe('ClinicianList', () => {
  it('lists high-tier tips by themselves and tips the person added, and nothing else', async () => {
    const risky = await saveWithVerification(db, RISKY_TEXT);
    const gentle = await saveWithVerification(db, GENTLE_TEXT);
    const added = await saveWithVerification(db, 'Pacing with a step counter helped me avoid crashes.');
    await updateTip(db, added.id, { verification: { onClinicianList: true } });
    render(<ClinicianList db={db} />);
    await waitFor(() => expect(screen.getAllByTestId('clinician-item')).toHaveLength(2));
    const text = screen.getByTestId('clinician-list').textContent ?? '';
    expect(text).toContain('came off my sertraline');
    expect(text).toContain('Pacing with a step counter');
    expect(text).not.toContain(gentle.text);
    expect(risky.verification.onClinicianList).toBe(true);
  });

  it('shows an empty list kindly', async () => {
    await saveWithVerification(db, GENTLE_TEXT);
    render(<ClinicianList db={db} />);
    await waitFor(() => expect(screen.getByTestId('clinician-empty')).toBeTruthy());
  });

  it('keeps the appointment date', async () => {
    await saveWithVerification(db, RISKY_TEXT);
    render(<ClinicianList db={db} />);
    const input = screen.getByLabelText('My next appointment');
    fireEvent.change(input, { target: { value: '2031-05-16' } });
    await waitFor(async () => expect(await loadAppointment()).toBe('2031-05-16'));
    expect(await screen.findByText('Appointment: Friday 16 May 2031')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear date' }));
    await waitFor(async () => expect(await loadAppointment()).toBeNull());
  });

  it('copies the list as text: Ask 3 Questions first, then each quote, source, date, question and answers', async () => {
    const tip = await saveWithVerification(db, LONG_RISKY, { group: 'Arthritis Friends' });
    await updateTip(db, tip.id, { verification: { checklist: { trustedSource: 'no', selling: 'yes' } } });
    await saveQuestion(db, tip.id, 'Is turmeric OK with my blood thinner?');
    await saveAppointment('2031-05-16');
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ClinicianList db={db} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const copied = writeText.mock.calls[0]![0];
    const ask = copied.indexOf(ASK_3_QUESTIONS[0]!);
    const quote = copied.indexOf('I stopped taking my warfarin');
    expect(ask).toBeGreaterThan(0);
    expect(quote).toBeGreaterThan(ask);
    expect(copied).toContain('Appointment: Friday 16 May 2031');
    expect(copied).toContain('Arthritis Friends');
    expect(copied).toContain('My question: Is turmeric OK with my blood thinner?');
    expect(copied).toContain('Does a trusted source agree? No, it says something different');
    expect(copied).toContain('Is anyone selling something? Yes, a product, link or code');
    const quoteLine = copied.split('\n').find((line) => line.includes('I stopped taking my warfarin'))!;
    const quoted = quoteLine.replace(/^\d+\. "/, '').replace(/"$/, '');
    expect(quoted.length).toBeLessThanOrEqual(280);
    expect(quoted.endsWith('…')).toBe(true);
    expect(screen.getByRole('status').textContent).toMatch(/Copied/);
  });

  it('opens the print view', async () => {
    await saveWithVerification(db, RISKY_TEXT);
    const onPrint = vi.fn();
    render(<ClinicianList db={db} onPrint={onPrint} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Print' }));
    expect(onPrint).toHaveBeenCalledTimes(1);
  });

  it('records the outcome after the appointment, which updates the tip and clears it from the list', async () => {
    const tip = await saveWithVerification(db, RISKY_TEXT);
    render(<ClinicianList db={db} />);
    const item = within((await screen.findAllByTestId('clinician-item'))[0]!);
    fireEvent.click(item.getByRole('radio', { name: 'OK to try with monitoring' }));
    fireEvent.click(item.getByRole('button', { name: 'Save what my clinician said' }));
    await waitFor(async () => expect((await getTip(db, tip.id))?.verification.status).toBe('discussed'));
    expect((await getTip(db, tip.id))?.verification).toMatchObject({ outcome: 'try-with-monitoring', onClinicianList: false });
    await waitFor(() => expect(screen.getByTestId('clinician-empty')).toBeTruthy());
    expect(screen.getByRole('status').textContent).toMatch(/marked as discussed/);
  });

  it('takes a tip off the list without deleting it', async () => {
    const tip = await saveWithVerification(db, RISKY_TEXT);
    render(<ClinicianList db={db} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Take off the list' }));
    await waitFor(() => expect(screen.getByTestId('clinician-empty')).toBeTruthy());
    expect((await getTip(db, tip.id))?.verification.onClinicianList).toBe(false);
  });

  it('has no axe-core violations', async () => {
    await saveWithVerification(db, RISKY_TEXT);
    await saveAppointment('2031-05-16');
    const { container } = render(<ClinicianList db={db} />);
    await screen.findAllByTestId('clinician-item');
    expect(await axeViolations(container)).toEqual([]);
  });
});
