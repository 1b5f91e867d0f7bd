import { describe, expect, it } from 'vitest';
import { applyVerification, CHECKLIST, MEDICINE_GATE, newVerification, type TipLike, type VerificationChange } from '@/utils/reminders';

const T0 = new Date(2025, 2, 10, 12, 0).getTime();
const SAVED = new Date(T0).toISOString();

function tip(overrides: Partial<TipLike['verification']> = {}): TipLike {
  return { id: 't1', text: 'Turmeric helps my knees', savedAt: SAVED, updatedAt: SAVED, verification: { ...newVerification(SAVED), ...overrides } };
}

function apply(t: TipLike, change: VerificationChange): TipLike {
  const r = applyVerification(t, change);
  if (!r.ok) throw new Error(r.error);
  return r.tip;
}

function refuse(t: TipLike, change: VerificationChange): string {
  const r = applyVerification(t, change);
  if (r.ok) throw new Error('expected the change to be refused');
  return r.error;
}

describe('newVerification', () => {
  it('starts unverified with a reminder the next day; only high-tier tips go on the clinician list', () => {
    expect(newVerification(SAVED, 'high')).toEqual({
      status: 'unverified', checklist: {}, sourcesNote: '', onClinicianList: true, dueAt: new Date(2025, 2, 11, 12, 0).toISOString(),
    });
    expect(newVerification(SAVED, 'medium').onClinicianList).toBe(false);
    expect(newVerification(SAVED).onClinicianList).toBe(false);
    expect(newVerification('not a date')).not.toHaveProperty('dueAt');
  });
});

describe('applyVerification', () => {
  it('records one-tap answers and clears them, without touching the input', () => {
    const before = tip();
    const after = apply(before, { type: 'answer', question: 'selling', answer: 'yes', at: T0 + 1000 });
    expect(after.verification.checklist).toEqual({ selling: 'yes' });
    expect(after.updatedAt).toBe(new Date(T0 + 1000).toISOString());
    expect(before.verification.checklist).toEqual({});
    const cleared = apply(after, { type: 'answer', question: 'selling', answer: null, at: T0 + 2 });
    expect(cleared.verification.checklist).toEqual({});
  });

  it('refuses answers that do not belong to the question', () => {
    expect(refuse(tip(), { type: 'answer', question: 'selling', answer: 'maybe' as 'yes', at: T0 })).toMatch(/doesn't fit/u);
    expect(refuse(tip(), { type: 'answer', question: 'nope' as 'who', answer: 'yes', at: T0 })).toMatch(/isn't on the checklist/u);
  });

  it('accepts every answer the checklist offers', () => {
    for (const q of [...CHECKLIST, MEDICINE_GATE]) {
      for (const a of q.answers) {
        expect(apply(tip(), { type: 'answer', question: q.id, answer: a.id, at: T0 }).verification.checklist[q.id]).toBe(a.id);
      }
    }
  });

  it('puts a tip on the clinician list when it changes a medicine (the gate)', () => {
    expect(apply(tip(), { type: 'answer', question: 'medicineChange', answer: 'yes', at: T0 }).verification.onClinicianList).toBe(true);
    expect(apply(tip(), { type: 'answer', question: 'medicineChange', answer: 'no', at: T0 }).verification.onClinicianList).toBe(false);
    // "No" never takes a tip off the list the person put it on.
    expect(apply(tip({ onClinicianList: true }), { type: 'answer', question: 'medicineChange', answer: 'no', at: T0 }).verification.onClinicianList).toBe(true);
  });

  it('marks a tip checked only with a note of where, and stops its reminders', () => {
    expect(refuse(tip(), { type: 'mark-checked', sourcesNote: '   ', at: T0 })).toMatch(/Add where you checked/u);
    const checked = apply(tip(), { type: 'mark-checked', sourcesNote: ' NHS website; asked my pharmacist ', at: T0 });
    expect(checked.verification).toMatchObject({ status: 'checked', sourcesNote: 'NHS website; asked my pharmacist' });
    expect(checked.verification).not.toHaveProperty('dueAt');
  });

  it('records a clinician outcome: discussed, dated at local noon, off the list', () => {
    const done = apply(tip({ onClinicianList: true }), { type: 'record-outcome', outcome: 'try-with-monitoring', date: '2025-03-10', note: ' Try for a month ', at: T0 });
    expect(done.verification).toMatchObject({
      status: 'discussed', onClinicianList: false, outcome: 'try-with-monitoring', outcomeNote: 'Try for a month',
      outcomeDate: new Date(2025, 2, 10, 12).toISOString(),
    });
    expect(done.verification).not.toHaveProperty('dueAt');
  });

  it('refuses outcome dates that are not real or are in the future', () => {
    const change = { type: 'record-outcome', outcome: 'ok-to-try', at: T0 } as const;
    expect(refuse(tip(), { ...change, date: '2025-02-30' })).toMatch(/real calendar date/u);
    expect(refuse(tip(), { ...change, date: '10/03/2025' })).toMatch(/real calendar date/u);
    expect(refuse(tip(), { ...change, date: '2025-03-11' })).toMatch(/future/u);
    expect(refuse(tip(), { ...change, outcome: 'safe' as 'ok-to-try', date: '2025-03-10' })).toMatch(/Choose/u);
  });

  it('does not let a self-check overwrite what the clinician said', () => {
    const discussed = apply(tip(), { type: 'record-outcome', outcome: 'not-for-me', date: '2025-03-09', at: T0 });
    expect(refuse(discussed, { type: 'mark-checked', sourcesNote: 'NHS', at: T0 })).toMatch(/clinician/u);
    // …but a new outcome, a dispute or reopening are fine.
    expect(apply(discussed, { type: 'record-outcome', outcome: 'ok-to-try', date: '2025-03-10', at: T0 }).verification.outcome).toBe('ok-to-try');
    expect(apply(discussed, { type: 'dispute', at: T0 }).verification).not.toHaveProperty('outcome');
    const reopened = apply(discussed, { type: 'reopen', at: T0 });
    expect(reopened.verification).toMatchObject({ status: 'unverified', dueAt: new Date(2025, 2, 11, 12).toISOString() });
    expect(reopened.verification).not.toHaveProperty('outcomeDate');
  });

  it('refuses moves to the state a tip is already in where that makes no sense', () => {
    expect(refuse(tip(), { type: 'reopen', at: T0 })).toMatch(/nothing to reopen/u);
    const disputed = apply(tip(), { type: 'dispute', sourcesNote: 'NICE says otherwise', at: T0 });
    expect(disputed.verification).toMatchObject({ status: 'disputed', sourcesNote: 'NICE says otherwise' });
    expect(refuse(disputed, { type: 'dispute', at: T0 })).toMatch(/already/u);
  });

  it('allows every listed move and no other', () => {
    const reach: Record<string, VerificationChange> = {
      checked: { type: 'mark-checked', sourcesNote: 'NHS', at: T0 },
      discussed: { type: 'record-outcome', outcome: 'ok-to-try', date: '2025-03-01', at: T0 },
      disputed: { type: 'dispute', at: T0 },
      unverified: { type: 'reopen', at: T0 },
    };
    const start = (status: string): TipLike => (status === 'unverified' ? tip() : apply(tip(), reach[status] as VerificationChange));
    const allowed = new Set(['unverified>checked', 'unverified>discussed', 'unverified>disputed', 'checked>unverified', 'checked>checked',
      'checked>discussed', 'checked>disputed', 'discussed>unverified', 'discussed>discussed', 'discussed>disputed',
      'disputed>unverified', 'disputed>checked', 'disputed>discussed']);
    for (const from of Object.keys(reach)) {
      for (const [to, change] of Object.entries(reach)) {
        const r = applyVerification(start(from), change);
        expect(r.ok, `${from} → ${to}`).toBe(allowed.has(`${from}>${to}`));
        if (r.ok) expect(r.tip.verification.status).toBe(to);
      }
    }
  });

  it('manages the clinician list and the question, within limits', () => {
    const added = apply(tip(), { type: 'add-to-clinician-list', question: ' Is this OK with my warfarin? ', at: T0 });
    expect(added.verification).toMatchObject({ onClinicianList: true, clinicianQuestion: 'Is this OK with my warfarin?' });
    expect(apply(added, { type: 'remove-from-clinician-list', at: T0 }).verification.onClinicianList).toBe(false);
    expect(apply(added, { type: 'set-question', question: '  ', at: T0 }).verification).not.toHaveProperty('clinicianQuestion');
    expect(refuse(tip(), { type: 'set-question', question: 'x'.repeat(501), at: T0 })).toMatch(/500/u);
  });

  it('keeps other tip fields, and leaves updatedAt off tips that have none', () => {
    const t = { ...tip(), tags: ['knees'] };
    const r = applyVerification(t, { type: 'answer', question: 'current', answer: 'yes', at: T0 });
    expect(r.ok && r.tip.tags).toEqual(['knees']);
    const { updatedAt: _u, ...bare } = tip();
    const r2 = applyVerification(bare, { type: 'answer', question: 'current', answer: 'yes', at: T0 });
    expect(r2.ok && r2.tip).not.toHaveProperty('updatedAt');
  });

  it('refuses a change without a usable time', () => {
    expect(refuse(tip(), { type: 'reopen', at: Number.NaN })).toMatch(/time/u);
  });
});
