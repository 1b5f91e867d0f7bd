/**
 * Turns the shared verification rules (utils/reminders applyVerification: which
 * moves are allowed, what a checked tip needs, no outcome dated in the future)
 * into library patches, and gives the background the starting verification of a
 * new tip. Pure: no browser, no DOM, no clock reads (callers pass the time).
 */
import { checkClaims, overallTier } from '@/utils/claims';
import type { Tip, VerificationPatch } from '@/utils/library';
import { formatLocalDate, parseLocalDate } from './dates';
import { applyVerification, newVerification, type VerificationChange } from './verification';

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date (YYYY-MM-DD) of an epoch time. */
export function localDateOf(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "3 January 2025": spelled out so nobody confuses 03/01 with 01/03. Empty for an unreadable time. */
export function spelledDay(epochMs: number): string {
  if (!Number.isFinite(epochMs)) return '';
  const date = parseLocalDate(localDateOf(epochMs));
  return date ? formatLocalDate(date) : '';
}

/**
 * What a new tip's verification starts as, for the background to pass to saveTip
 * as `verification`: tips whose claims are high tier join the clinician list at
 * once, and the first check is due a day after saving.
 */
export function initialVerification(text: string, now: number = Date.now()): { onClinicianList: boolean; dueAt?: string } {
  const start = newVerification(new Date(now).toISOString(), overallTier(checkClaims(text)));
  return { onClinicianList: start.onClinicianList, ...(start.dueAt ? { dueAt: start.dueAt } : {}) };
}

/** A change to a tip's verification, without the clock (the caller passes `now`). */
export type StatusChange =
  | { type: 'answer'; question: Extract<VerificationChange, { type: 'answer' }>['question']; answer: Extract<VerificationChange, { type: 'answer' }>['answer'] }
  | { type: 'mark-checked' }
  | { type: 'dispute' }
  | { type: 'reopen' }
  | { type: 'add-to-clinician-list' }
  | { type: 'remove-from-clinician-list' }
  | { type: 'record-outcome'; outcome: Extract<VerificationChange, { type: 'record-outcome' }>['outcome']; date: string; note?: string };

export type StatusChangeResult = { ok: true; patch: VerificationPatch; tip: Tip } | { ok: false; error: string };

function withClock(change: StatusChange, tip: Tip, at: number): VerificationChange {
  // "Checked" needs the places the person noted; the rules read them from the change.
  if (change.type === 'mark-checked') return { type: 'mark-checked', sourcesNote: tip.verification.sourcesNote, at };
  return { ...change, at };
}

/**
 * Runs a change through the shared rules and returns the library patch that stores
 * the result (plus the tip as it will be, for showing at once), or the rule's
 * plain-words refusal. Optional fields the result lacks are cleared (null).
 */
export function statusChangePatch(tip: Tip, change: StatusChange, now: number): StatusChangeResult {
  const result = applyVerification(tip, withClock(change, tip, now));
  if (!result.ok) return result;
  const next = result.tip.verification;
  const patch: VerificationPatch = {
    status: next.status,
    checklist: next.checklist,
    sourcesNote: next.sourcesNote,
    onClinicianList: next.onClinicianList,
    outcome: next.outcome ?? null,
    outcomeNote: next.outcomeNote ?? null,
    outcomeDate: next.outcomeDate ?? null,
    dueAt: next.dueAt ?? null,
  };
  return { ok: true, patch, tip: { ...tip, verification: next } };
}
