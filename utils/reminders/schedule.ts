// Works out which reminders are due from stored state alone, so the answer is the
// same whether the background woke from an alarm, a restart (Firefox forgets alarms),
// or a laptop lid opening after a week away. Nothing here reads the clock: callers pass `now`.
import { addLocalDays, addLocalMonths, localTime, parseLocalDate, toEpoch } from './dates';
import type { TipLike, Verification } from './types';

/** The fields of a tip that scheduling needs. */
export type ScheduledTip = Pick<TipLike, 'id' | 'savedAt'> & { verification: Pick<Verification, 'status' | 'onClinicianList'> };

export interface Appointment {
  /** Local date, YYYY-MM-DD. */
  date: string;
}

export interface ReminderState {
  tips: readonly ScheduledTip[];
  appointment?: Appointment | null;
  /** Reminder ids the person dismissed. Dismissing a tip's later reminder also covers its earlier ones. */
  dismissed: readonly string[];
  /** Reminder id → epoch ms until which it stays quiet. */
  snoozed: Readonly<Record<string, number>>;
}

export type ReminderKind = 'check-tip' | 'appointment-soon' | 'appointment-today';

export interface DueReminder {
  id: string;
  kind: ReminderKind;
  /** When it became due (epoch ms). */
  dueAt: number;
  tipId?: string;
  /** For check-tip: 0 = a day after saving, 1 = a week, 2 = a month. */
  step?: number;
}

export interface ScheduledReminder {
  id: string;
  kind: ReminderKind;
  at: number;
}

/**
 * When an unchecked tip comes back: a day, a week and a month after saving, at the
 * same local time. `savedAt` is an ISO timestamp or epoch ms; epoch ms out; [] if unreadable.
 */
export function nextDueDates(savedAt: string | number): number[] {
  const t = toEpoch(savedAt);
  if (!Number.isFinite(t)) return [];
  return [addLocalDays(t, 1), addLocalDays(t, 7), addLocalMonths(t, 1)];
}

export const checkReminderId = (tipId: string, step: number): string => `check:${tipId}:${step}`;

/** Two days before at 9:00 and on the morning at 8:00, local time. Empty for an invalid date. */
export function appointmentReminders(appointmentDate: string): ScheduledReminder[] {
  const date = parseLocalDate(appointmentDate);
  if (!date) return [];
  return [
    { id: `appointment:${appointmentDate}:soon`, kind: 'appointment-soon', at: localTime(date, 9, 0, -2) },
    { id: `appointment:${appointmentDate}:today`, kind: 'appointment-today', at: localTime(date, 8, 0) },
  ];
}

function stepDismissed(dismissed: ReadonlySet<string>, tipId: string, step: number): boolean {
  for (let s = step; s < 3; s++) if (dismissed.has(checkReminderId(tipId, s))) return true;
  return false;
}

const snoozedNow = (state: ReminderState, id: string, now: number): boolean => (state.snoozed[id] ?? -Infinity) > now;

function dueTipReminder(tip: ScheduledTip, state: ReminderState, dismissed: ReadonlySet<string>, now: number): DueReminder | null {
  if (tip.verification.status !== 'unverified') return null;
  const dates = nextDueDates(tip.savedAt);
  // Only the latest step that has passed: after a week away, one reminder, not two.
  let step = -1;
  dates.forEach((d, i) => {
    if (d <= now) step = i;
  });
  const dueAt = dates[step];
  if (dueAt === undefined || stepDismissed(dismissed, tip.id, step)) return null;
  const id = checkReminderId(tip.id, step);
  if (snoozedNow(state, id, now)) return null;
  return { id, kind: 'check-tip', dueAt, tipId: tip.id, step };
}

function dueAppointmentReminder(state: ReminderState, dismissed: ReadonlySet<string>, now: number): DueReminder | null {
  const appointment = state.appointment;
  if (!appointment || !state.tips.some((t) => t.verification.onClinicianList)) return null;
  const date = parseLocalDate(appointment.date);
  if (!date) return null;
  const endOfDay = localTime(date, 0, 0, 1);
  if (now >= endOfDay) return null; // the appointment is over
  // The latest reminder that has started; the morning one replaces the earlier one.
  const current = appointmentReminders(appointment.date).filter((r) => r.at <= now).pop();
  if (!current || dismissed.has(current.id) || snoozedNow(state, current.id, now)) return null;
  return { id: current.id, kind: current.kind, dueAt: current.at };
}

/** Everything due at `now`, oldest first. Pure: the same state and time always give the same answer. */
export function dueReminders(state: ReminderState, now: number): DueReminder[] {
  const dismissed = new Set(state.dismissed);
  const due: DueReminder[] = [];
  const appointment = dueAppointmentReminder(state, dismissed, now);
  if (appointment) due.push(appointment);
  for (const tip of state.tips) {
    const r = dueTipReminder(tip, state, dismissed, now);
    if (r) due.push(r);
  }
  return due.sort((a, b) => a.dueAt - b.dueAt || a.id.localeCompare(b.id));
}

/**
 * When this tip's check reminder is (or was) due, as an ISO timestamp, given the
 * dismissals and snoozes in `state`; undefined when no reminder is left. Write it to
 * the tip's verification.dueAt so the library can index it and show "next reminder";
 * it can be recomputed at any time, so it is never the only copy of anything.
 * Consistent with dueReminders: the tip is due at `now` exactly when this is ≤ now.
 */
export function tipDueAt(tip: ScheduledTip, state: ReminderState, now: number): string | undefined {
  if (tip.verification.status !== 'unverified') return undefined;
  const dismissed = new Set(state.dismissed);
  const current = dueTipReminder(tip, state, dismissed, now);
  if (current) return new Date(current.dueAt).toISOString();
  // Otherwise the first later moment at which it becomes due: a step date or a snooze ending.
  const candidates = [...nextDueDates(tip.savedAt), ...[0, 1, 2].map((s) => state.snoozed[checkReminderId(tip.id, s)] ?? -Infinity)]
    .filter((t) => t > now)
    .sort((a, b) => a - b);
  const when = candidates.find((t) => dueTipReminder(tip, state, dismissed, t) !== null);
  return when === undefined ? undefined : new Date(when).toISOString();
}

/**
 * The next moment after `now` when something new could become due (a tip's next
 * step, a snooze ending, an appointment reminder), for scheduling the alarm; null if none.
 */
export function nextReminderAt(state: ReminderState, now: number): number | null {
  const times: number[] = [];
  for (const tip of state.tips) {
    if (tip.verification.status === 'unverified') times.push(...nextDueDates(tip.savedAt));
  }
  if (state.appointment) times.push(...appointmentReminders(state.appointment.date).map((r) => r.at));
  times.push(...Object.values(state.snoozed));
  const future = times.filter((t) => t > now);
  return future.length > 0 ? Math.min(...future) : null;
}

export function badgeCount(due: readonly DueReminder[]): number {
  return due.length;
}

/** Text for the toolbar badge: empty when nothing is due, "99+" past 99. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/**
 * The one notification line. It never names a tip, a medicine or a condition:
 * notifications show on lock screens.
 */
export function notificationText(due: readonly DueReminder[]): string | null {
  const tips = due.filter((d) => d.kind === 'check-tip').length;
  const appointment = due.find((d) => d.kind !== 'check-tip');
  const tipText = tips === 1 ? 'You have 1 tip to check' : `You have ${tips} tips to check`;
  const appointmentText = appointment?.kind === 'appointment-today' ? 'your appointment is today' : 'your appointment is coming up';
  if (tips > 0 && appointment) return `${tipText}, and ${appointmentText}.`;
  if (tips > 0) return `${tipText}.`;
  if (appointment) return `${appointmentText.charAt(0).toUpperCase()}${appointmentText.slice(1)}. Your list is ready.`;
  return null;
}
