// Verifying saved tips and reminding the person to: pure logic, no browser APIs,
// no clock reads (callers pass the time), nothing fetched.
export type * from './types';
export { CHECKLIST, MEDICINE_GATE, OUTCOME_LABELS, STATUS_LABELS, answerLabel, checklistQuestion } from './checklist';
export type { ChecklistAnswer, ChecklistQuestion } from './checklist';
export { applyVerification, newVerification, LIMITS } from './verification';
export type { VerificationChange, VerificationResult } from './verification';
export {
  appointmentReminders, badgeCount, badgeText, checkReminderId, dueReminders, nextDueDates, nextReminderAt, notificationText, tipDueAt,
} from './schedule';
export type { Appointment, DueReminder, ReminderKind, ReminderState, ScheduledReminder, ScheduledTip } from './schedule';
export { trustedSearchLinks } from './search-links';
export type { CharitySearch, SearchLink } from './search-links';
export { ASK_3_QUESTIONS, QUOTE_LIMIT, clinicianListText, truncateQuote } from './clinician-list';
export type { ClinicianListItem } from './clinician-list';
export { formatLocalDate, parseLocalDate } from './dates';
