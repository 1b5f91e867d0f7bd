import { describe, expect, it } from 'vitest';
import { getTip, updateTip } from '@/utils/library';
import { nextDueDates } from '@/utils/reminders';
import { initialVerification, localDateOf, spelledDay, statusChangePatch } from '@/utils/reminders/tip-verification';
import { GENTLE_TEXT, RISKY_TEXT, freshDb, saveWithVerification } from '../../components/verify/helpers';

const NOW = Date.parse('2026-03-10T10:00:00.000Z');

describe('initialVerification', () => {
  it('puts high-tier tips on the clinician list and the others not', () => {
    expect(initialVerification(RISKY_TEXT, NOW).onClinicianList).toBe(true);
    expect(initialVerification(GENTLE_TEXT, NOW).onClinicianList).toBe(false);
    // Medium only (cure language) stays off the list.
    expect(initialVerification('This miracle cream cured my eczema.', NOW).onClinicianList).toBe(false);
  });

  it('makes the first check due a day after saving', () => {
    const { dueAt } = initialVerification(GENTLE_TEXT, NOW);
    expect(dueAt).toBe(new Date(nextDueDates(NOW)[0]!).toISOString());
    expect(Date.parse(dueAt!) - NOW).toBeGreaterThanOrEqual(23 * 3600_000);
    expect(Date.parse(dueAt!) - NOW).toBeLessThanOrEqual(25 * 3600_000);
  });
});

describe('statusChangePatch', () => {
  it('refuses "checked" until the person notes where they checked', async () => {
    const db = freshDb('verify-patch');
    const tip = await saveWithVerification(db, GENTLE_TEXT);
    const refused = statusChangePatch(tip, { type: 'mark-checked' }, NOW);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatch(/where you checked/);

    const noted = { ...tip, verification: { ...tip.verification, sourcesNote: 'NHS website' } };
    const result = statusChangePatch(noted, { type: 'mark-checked' }, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.patch).toMatchObject({ status: 'checked', sourcesNote: 'NHS website', dueAt: null });
    // The library's strict schema accepts the patch as it is.
    const saved = await updateTip(db, tip.id, { verification: result.patch });
    expect(saved.verification.status).toBe('checked');
    expect(saved.verification.dueAt).toBeUndefined();
    db.close();
  });

  it('records an outcome as discussed, takes it off the list, and refuses a future date', async () => {
    const db = freshDb('verify-outcome');
    const tip = await saveWithVerification(db, RISKY_TEXT);
    expect(tip.verification.onClinicianList).toBe(true);
    const future = statusChangePatch(tip, { type: 'record-outcome', outcome: 'not-for-me', date: localDateOf(Date.now() + 3 * 86_400_000) }, Date.now());
    expect(future.ok).toBe(false);

    const today = localDateOf(Date.now());
    const result = statusChangePatch(tip, { type: 'record-outcome', outcome: 'try-with-monitoring', date: today, note: 'Check bloods in 6 weeks' }, Date.now());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const saved = await updateTip(db, tip.id, { verification: result.patch });
    expect(saved.verification).toMatchObject({ status: 'discussed', outcome: 'try-with-monitoring', onClinicianList: false, outcomeNote: 'Check bloods in 6 weeks' });
    expect(localDateOf(Date.parse(saved.verification.outcomeDate!))).toBe(today);

    // Reopening clears the outcome.
    const reopened = statusChangePatch(saved, { type: 'reopen' }, Date.now());
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    const again = await updateTip(db, tip.id, { verification: reopened.patch });
    expect(again.verification.status).toBe('unverified');
    expect(again.verification.outcome).toBeUndefined();
    expect(again.verification.outcomeDate).toBeUndefined();
    expect((await getTip(db, tip.id))?.verification.outcome).toBeUndefined();
    db.close();
  });

  it('applies the medicine gate through the shared rules', async () => {
    const db = freshDb('verify-gate');
    const tip = await saveWithVerification(db, GENTLE_TEXT);
    const result = statusChangePatch(tip, { type: 'answer', question: 'medicineChange', answer: 'yes' }, NOW);
    expect(result.ok && result.patch.onClinicianList).toBe(true);
    const bad = statusChangePatch(tip, { type: 'answer', question: 'who', answer: 'maybe' as 'yes' }, NOW);
    expect(bad.ok).toBe(false);
    db.close();
  });
});

describe('dates', () => {
  it('spells out a day and leaves unreadable times empty', () => {
    expect(spelledDay(new Date(2025, 0, 3, 12).getTime())).toBe('3 January 2025');
    expect(spelledDay(Number.NaN)).toBe('');
  });
});
