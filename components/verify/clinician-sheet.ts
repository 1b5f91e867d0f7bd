/**
 * The "Discuss with my clinician" list as a sheet, for the print view; the same
 * content as utils/reminders clinicianListText (used for "Copy as text"). Pure.
 */
import type { Tip } from '@/utils/library';
import {
  CHECKLIST,
  OUTCOME_LABELS,
  answerLabel,
  clinicianListText,
  formatLocalDate,
  parseLocalDate,
  truncateQuote,
  type ClinicianListItem,
} from '@/utils/reminders';
import { spelledDay } from '@/utils/reminders/tip-verification';

export interface SheetItem {
  id: string;
  /** At most 280 characters. */
  quote: string;
  /** Where the person read it: group or page title. */
  sourceTitle: string;
  sourceUrl: string;
  /** "3 January 2025" */
  savedOn: string;
  question: string;
  answers: ReadonlyArray<{ question: string; answer: string }>;
  /** Where the person checked. */
  sourcesNote: string;
  /** "OK to try (3 January 2025)" when an outcome is already recorded. */
  outcome?: string;
}

/** A library tip plus the question kept beside it, in the shape clinicianListText reads. */
export function listItem(tip: Tip, question = ''): ClinicianListItem {
  const trimmed = question.trim();
  return { ...tip, verification: { ...tip.verification, ...(trimmed ? { clinicianQuestion: trimmed } : {}) } };
}

export function sheetItem(tip: Tip, question = ''): SheetItem {
  const v = tip.verification;
  const answers = CHECKLIST.flatMap((q) => {
    const id = v.checklist[q.id];
    const answer = id ? answerLabel(q.id, id) : undefined;
    return answer ? [{ question: q.question, answer }] : [];
  });
  const outcomeDay = v.outcomeDate ? spelledDay(Date.parse(v.outcomeDate)) : '';
  return {
    id: tip.id,
    quote: truncateQuote(tip.text),
    sourceTitle: tip.group || tip.pageTitle || tip.site,
    sourceUrl: tip.permalink ?? tip.pageUrl,
    savedOn: spelledDay(Date.parse(tip.savedAt)),
    question: question.trim(),
    answers,
    sourcesNote: v.sourcesNote.trim(),
    ...(v.outcome ? { outcome: `${OUTCOME_LABELS[v.outcome]}${outcomeDay ? ` (${outcomeDay})` : ''}` } : {}),
  };
}

/** "Friday 3 January 2025" for a YYYY-MM-DD appointment, or null. */
export function appointmentLabel(appointment: string | null | undefined): string | null {
  const date = appointment ? parseLocalDate(appointment) : null;
  return date ? formatLocalDate(date, true) : null;
}

/** Plain text to paste into a patient-portal message or an email. */
export function clinicianText(tips: readonly Tip[], questions: Readonly<Record<string, string>>, appointment: string | null): string {
  return clinicianListText(
    tips.map((tip) => listItem(tip, questions[tip.id])),
    appointment ?? undefined,
  );
}
