// Spoonbook never calls a tip "safe", and never puts health details in a notification.
import { describe, expect, it } from 'vitest';
import { ALL_NOTES, claimSummary } from '@/utils/claims';
import {
  CHECKLIST, MEDICINE_GATE, OUTCOME_LABELS, STATUS_LABELS, clinicianListText, newVerification, notificationText, trustedSearchLinks, type DueReminder,
} from '@/utils/reminders';

const SAFE = /\bsafe(?:ly|ty)?\b/iu;

describe('user-facing wording', () => {
  it('never calls anything safe', () => {
    const strings = [
      ...[...CHECKLIST, MEDICINE_GATE].flatMap((q) => [q.question, q.hint, ...q.answers.map((a) => a.label)]),
      ...Object.values(OUTCOME_LABELS),
      ...Object.values(STATUS_LABELS),
      ...ALL_NOTES,
      claimSummary([]),
      ...trustedSearchLinks(['x']).map((l) => l.label),
      clinicianListText([{ text: 'A tip', savedAt: '2025-01-01T10:00:00.000Z', verification: { ...newVerification('2025-01-01T10:00:00.000Z'), checklist: { who: 'yes', risks: 'no' } } }], '2025-01-01'),
    ];
    for (const s of strings) expect(s, s).not.toMatch(SAFE);
  });

  it('has exactly the five checklist questions from the brief', () => {
    expect(CHECKLIST.map((q) => q.question)).toEqual([
      'Who is saying this, and how do they know?',
      'Does a trusted source agree?',
      'Is it current?',
      'What could go wrong for me?',
      'Is anyone selling something?',
    ]);
    for (const q of CHECKLIST) {
      expect(q.answers.length).toBeGreaterThanOrEqual(3);
      expect(new Set(q.answers.map((a) => a.id)).size).toBe(q.answers.length);
    }
  });

  it('keeps notifications free of tip content', () => {
    const due: DueReminder[] = [{ id: 'check:methotrexate-tip:0', kind: 'check-tip', tipId: 'methotrexate-tip', dueAt: 0, step: 0 }];
    expect(notificationText(due)).not.toMatch(/methotrexate/iu);
  });
});
