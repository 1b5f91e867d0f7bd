/**
 * What the clinician list keeps outside the tips themselves, in browser.storage.local:
 * the next appointment date (key `appointment`, a local YYYY-MM-DD date) and the
 * person's question for each tip (key `clinicianQuestions`, tip id → question) —
 * the library's Verification has no field for the question yet. Plus opening the
 * print view in a tab.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { parseLocalDate } from '@/utils/reminders';

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

export async function loadQuestions(): Promise<Record<string, string>> {
  const value = await clinicianQuestionsItem.getValue();
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** Stores the person's question for one tip; an empty question removes the entry. */
export async function saveQuestion(tipId: string, question: string): Promise<void> {
  const trimmed = question.trim().slice(0, QUESTION_LIMIT);
  const all = await loadQuestions();
  if (trimmed) all[tipId] = trimmed;
  else delete all[tipId];
  await clinicianQuestionsItem.setValue(all);
}

/** Opens the print sheet in its own tab, where the browser's print dialog has room. */
export async function openPrintView(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/clinician.html') });
}
