// How a tip's verification changes. Every change goes through applyVerification,
// which refuses changes that make no sense and says why in plain words.
import { checklistQuestion } from './checklist';
import { addLocalDays, compareLocalDates, localTime, parseLocalDate, toEpoch, toLocalDate } from './dates';
import { nextDueDates } from './schedule';
import type { ChecklistAnswerId, ChecklistQuestionId, ClinicianOutcome, TipLike, Verification, VerificationStatus } from './types';

export type VerificationChange =
  | { type: 'answer'; question: ChecklistQuestionId; answer: ChecklistAnswerId | null; at: number }
  | { type: 'mark-checked'; sourcesNote: string; at: number }
  | { type: 'record-outcome'; outcome: ClinicianOutcome; date: string; note?: string; at: number }
  | { type: 'dispute'; sourcesNote?: string; at: number }
  | { type: 'reopen'; at: number }
  | { type: 'add-to-clinician-list'; question?: string; at: number }
  | { type: 'remove-from-clinician-list'; at: number }
  | { type: 'set-question'; question: string; at: number };

type VerifiableTip = Pick<TipLike, 'verification'> & { updatedAt?: string };

export type VerificationResult<T extends VerifiableTip> = { ok: true; tip: T } | { ok: false; error: string };

export const LIMITS = { sourcesNote: 20_000, question: 500, outcomeNote: 2_000 } as const;

const OUTCOMES: readonly ClinicianOutcome[] = ['ok-to-try', 'try-with-monitoring', 'not-for-me'];

/**
 * Which status moves are allowed. A clinician's view outranks a self-check, so a
 * discussed tip can't be marked "checked": record a new outcome or reopen it instead.
 */
const ALLOWED: Readonly<Record<VerificationStatus, readonly VerificationStatus[]>> = {
  unverified: ['checked', 'discussed', 'disputed'],
  checked: ['unverified', 'checked', 'discussed', 'disputed'],
  discussed: ['unverified', 'discussed', 'disputed'],
  disputed: ['unverified', 'checked', 'discussed'],
};

const TRANSITION_ERRORS: Partial<Record<`${VerificationStatus}>${VerificationStatus}`, string>> = {
  'discussed>checked': "You've already talked this through with your clinician. Record a new outcome, or reopen it to start again.",
  'disputed>disputed': 'This tip is already marked as doubtful.',
  'unverified>unverified': "This tip hasn't been checked yet, so there's nothing to reopen.",
};

const iso = (epochMs: number): string => new Date(epochMs).toISOString();

/**
 * The starting verification for a tip saved at `savedAt` (ISO). High-tier tips go
 * straight onto the clinician list; the first check reminder is a day later.
 */
export function newVerification(savedAt: string, tier?: 'high' | 'medium' | 'low' | 'none'): Verification {
  const v: Verification = { status: 'unverified', checklist: {}, sourcesNote: '', onClinicianList: tier === 'high' };
  const first = nextDueDates(savedAt)[0];
  if (first !== undefined) v.dueAt = iso(first);
  return v;
}

function move(from: VerificationStatus, to: VerificationStatus): string | null {
  if (ALLOWED[from].includes(to)) return null;
  return TRANSITION_ERRORS[`${from}>${to}`] ?? "That change isn't possible from here.";
}

/** A copy without the clinician's outcome or a pending reminder: the tip has left "unchecked". */
function settled(v: Verification): Verification {
  const { outcome: _o, outcomeNote: _n, outcomeDate: _d, dueAt: _due, ...rest } = v;
  return rest;
}

function step(v: Verification, change: VerificationChange): Verification | string {
  switch (change.type) {
    case 'answer': {
      const q = checklistQuestion(change.question);
      if (!q) return "That question isn't on the checklist.";
      const checklist = { ...v.checklist };
      if (change.answer === null) delete checklist[q.id];
      else if (q.answers.some((a) => a.id === change.answer)) checklist[q.id] = change.answer;
      else return "That answer doesn't fit this question.";
      // The medicine gate: anything that changes a medicine or treatment goes to the clinician list.
      const onClinicianList = v.onClinicianList || (q.id === 'medicineChange' && change.answer === 'yes');
      return { ...v, checklist, onClinicianList };
    }
    case 'mark-checked': {
      const err = move(v.status, 'checked');
      if (err) return err;
      const sourcesNote = change.sourcesNote.trim();
      if (sourcesNote === '') return "Add where you checked (for example 'NHS website'), so you can find it again.";
      if (sourcesNote.length > LIMITS.sourcesNote) return 'That note is too long. Try a shorter one.';
      return { ...settled(v), status: 'checked', sourcesNote };
    }
    case 'record-outcome': {
      if (!OUTCOMES.includes(change.outcome)) return 'Choose what your clinician said.';
      const date = parseLocalDate(change.date);
      if (!date) return 'Please enter the date as a real calendar date.';
      if (compareLocalDates(date, toLocalDate(change.at)) > 0) return "The date of the conversation can't be in the future.";
      const note = change.note?.trim() ?? '';
      if (note.length > LIMITS.outcomeNote) return `The note can be up to ${LIMITS.outcomeNote.toLocaleString('en-GB')} characters.`;
      const err = move(v.status, 'discussed');
      if (err) return err;
      // Local noon, so the stored timestamp reads as the same day in any time zone.
      const next: Verification = { ...settled(v), status: 'discussed', outcome: change.outcome, outcomeDate: iso(localTime(date, 12)), onClinicianList: false };
      if (note) next.outcomeNote = note;
      return next;
    }
    case 'dispute': {
      const err = move(v.status, 'disputed');
      if (err) return err;
      const sourcesNote = change.sourcesNote?.trim() || v.sourcesNote;
      if (sourcesNote.length > LIMITS.sourcesNote) return 'That note is too long. Try a shorter one.';
      return { ...settled(v), status: 'disputed', sourcesNote };
    }
    case 'reopen': {
      const err = move(v.status, 'unverified');
      if (err) return err;
      // Checking again: a reminder tomorrow, like a newly saved tip.
      return { ...settled(v), status: 'unverified', dueAt: iso(addLocalDays(change.at, 1)) };
    }
    case 'add-to-clinician-list': {
      const question = change.question?.trim() ?? v.clinicianQuestion ?? '';
      if (question.length > LIMITS.question) return `Your question can be up to ${LIMITS.question} characters.`;
      const next: Verification = { ...v, onClinicianList: true };
      if (question) next.clinicianQuestion = question;
      return next;
    }
    case 'remove-from-clinician-list':
      return { ...v, onClinicianList: false };
    case 'set-question': {
      const question = change.question.trim();
      if (question.length > LIMITS.question) return `Your question can be up to ${LIMITS.question} characters.`;
      const { clinicianQuestion: _q, ...rest } = v;
      return question ? { ...rest, clinicianQuestion: question } : rest;
    }
  }
}

/**
 * Applies one change to a tip's verification and returns a new tip (the input is
 * not modified; `updatedAt` is set when the tip has one), or a plain-language reason
 * the change was refused.
 */
export function applyVerification<T extends VerifiableTip>(tip: T, change: VerificationChange): VerificationResult<T> {
  if (!Number.isFinite(toEpoch(change.at))) return { ok: false, error: 'Something went wrong with the time. Please try again.' };
  const verification = step(tip.verification, change);
  if (typeof verification === 'string') return { ok: false, error: verification };
  const next: T = { ...tip, verification };
  if (tip.updatedAt !== undefined) next.updatedAt = iso(change.at);
  return { ok: true, tip: next };
}
