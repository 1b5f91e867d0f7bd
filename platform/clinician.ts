/**
 * The clinician list's storage: the next appointment date in browser.storage.local
 * (key `appointment`, a local YYYY-MM-DD date); the person's question for each tip
 * in the tip itself (verification.clinicianQuestion), so backups carry it. Questions
 * an earlier version kept in storage (key `clinicianQuestions`) move into the tips
 * the first time they are read. Plus opening the print view in a tab.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { parseLocalDate } from '@/utils/reminders';
import { updateTip, type SpoonbookDb } from '@/utils/library';

export const appointmentItem = storage.defineItem<string | null>('local:appointment', { fallback: null });
export const clinicianQuestionsItem = storage.defineItem<Record<string, string>>('local:clinicianQuestions', { fallback: {} });

/** Longest question kept, as in utils/reminders LIMITS.question. */
export const QUESTION_LIMIT = 500;

/** The next appointment, or null when none is set (or the stored value is damaged). */
export async function loadAppointment(): Promise<string | null> {
  const value = await appointmentItem.getValue();
  return typeof value === 'string' && parseLocalDate(value) ? value : null;
}

/** Sets (YYYY-MM-DD) or clears ('' or null) the next appointment. Refuses a date that doesn't exist. */
export async function saveAppointment(date: string | null): Promise<string | null> {
  if (!date) {
    await appointmentItem.setValue(null);
    return null;
  }
  if (!parseLocalDate(date)) throw new Error('Please enter the appointment as a real calendar date.');
  await appointmentItem.setValue(date);
  return date;
}

export function watchAppointment(callback: (date: string | null) => void): () => void {
  return appointmentItem.watch((value) => callback(typeof value === 'string' && parseLocalDate(value) ? value : null));
}

/** Moves questions an earlier version kept in storage into their tips, once. */
async function moveStoredQuestions(db: SpoonbookDb): Promise<void> {
  const value = await clinicianQuestionsItem.getValue();
  if (!value || typeof value !== 'object' || Object.keys(value).length === 0) return;
  for (const [tipId, question] of Object.entries(value)) {
    if (typeof question !== 'string' || !question.trim()) continue;
    const tip = await db.tips.get(tipId);
    if (tip && !tip.verification.clinicianQuestion) await updateTip(db, tipId, { verification: { clinicianQuestion: question.trim().slice(0, QUESTION_LIMIT) } });
  }
  await clinicianQuestionsItem.setValue({});
}

/** Every tip's question for the clinician, by tip id. */
export async function loadQuestions(db: SpoonbookDb): Promise<Record<string, string>> {
  await moveStoredQuestions(db).catch(() => undefined);
  const out: Record<string, string> = {};
  await db.tips.each((tip) => {
    const question = tip.verification?.clinicianQuestion;
    if (question) out[tip.id] = question;
  });
  return out;
}

/** Stores the person's question for one tip, in the tip; an empty question removes it. */
export async function saveQuestion(db: SpoonbookDb, tipId: string, question: string): Promise<void> {
  const trimmed = question.trim().slice(0, QUESTION_LIMIT);
  await updateTip(db, tipId, { verification: { clinicianQuestion: trimmed || null } });
}

/** Opens the print sheet in its own tab, where the browser's print dialog has room. */
export async function openPrintView(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/clinician.html') });
}
