// Local-calendar date helpers. Reminders follow the person's wall clock ("9:00 two
// days before"), so arithmetic is done on local dates, not by adding milliseconds
// (a day is 23 or 25 hours across a clock change).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** Parses YYYY-MM-DD, rejecting dates that don't exist (2025-02-30). */
export function parseLocalDate(value: string): LocalDate | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(year, month - 1, day);
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) return null;
  return { year, month, day };
}

/** Epoch ms of an ISO timestamp or epoch ms; NaN when unreadable. */
export function toEpoch(value: string | number): number {
  return typeof value === 'number' ? value : Date.parse(value);
}

/** Epoch ms of a local wall-clock time on a date, `offsetDays` later. */
export function localTime(date: LocalDate, hour: number, minute = 0, offsetDays = 0): number {
  return new Date(date.year, date.month - 1, date.day + offsetDays, hour, minute).getTime();
}

/** The same local time `days` calendar days later. */
export function addLocalDays(epochMs: number, days: number): number {
  const d = new Date(epochMs);
  d.setDate(d.getDate() + days);
  return d.getTime();
}

/** The same local time a calendar month later, clamped to the month's last day (31 Jan → 28/29 Feb). */
export function addLocalMonths(epochMs: number, months: number): number {
  const d = new Date(epochMs);
  const day = d.getDate();
  d.setDate(1);
  d.setMonth(d.getMonth() + months);
  const lastDay = new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate();
  d.setDate(Math.min(day, lastDay));
  return d.getTime();
}

export function toLocalDate(epochMs: number): LocalDate {
  const d = new Date(epochMs);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "3 January 2025", or "Friday 3 January 2025": spelled out so nobody confuses 03/01 with 01/03. */
export function formatLocalDate(date: LocalDate, withWeekday = false): string {
  const text = `${date.day} ${MONTHS[date.month - 1] ?? ''} ${date.year}`;
  if (!withWeekday) return text;
  const weekday = WEEKDAYS[new Date(date.year, date.month - 1, date.day).getDay()] ?? '';
  return `${weekday} ${text}`;
}
