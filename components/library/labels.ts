/** The plain words the library shows for stored values. */
import { LibraryError, type SupportType, type VerificationStatus } from '@/utils/library';
import { STATUS_LABELS } from '@/utils/reminders';

/** One set of words for a tip's checking status everywhere: list, detail, verify panel, exports. */
export const STATUS_WORDS: Readonly<Record<VerificationStatus, string>> = STATUS_LABELS;

export const SUPPORT_WORDS: Record<SupportType, string> = {
  informational: 'Information',
  emotional: 'Emotional support',
  practical: 'Practical help',
  appraisal: 'Feedback on my situation',
};

export const HELPED_WORDS = ['Did not help me', 'Helped a tiny bit', 'Helped a little', 'Helped somewhat', 'Helped quite a lot', 'Helped a lot'];

/** "1 tip", "2 tips". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** A stored ISO timestamp as a calm date ("3 May 2025"; "3 Sept 2025" with short months); '' when absent or unreadable. */
export function showDate(iso: string | undefined, month: 'long' | 'short' = 'long'): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleDateString(undefined, { day: 'numeric', month, year: 'numeric' });
}

/** Where a tip came from, in one line: "facebook · Reflux Support UK". */
export function whereFrom(tip: { site: string; group?: string }): string {
  return tip.group ? `${tip.site} · ${tip.group}` : tip.site;
}

/** Today's date for file names (YYYY-MM-DD in the person's own time zone). */
export function fileDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Turns "reflux, sleep ,  diet" into ['reflux', 'sleep', 'diet']; the library tidies repeats. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** What to tell the person about a failure: the library's own plain words, or a calm fallback. */
export function plainError(error: unknown, fallback: string): string {
  if (error instanceof LibraryError && error.message) return error.message;
  return fallback;
}
