/**
 * Small normalisers shared by saving, editing and importing, so a tip looks the
 * same however it arrived.
 */
import { foldForSearch } from './words';

/** Control characters that have no place in saved text (tab and newline are kept). */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\v\f\u000E-\u001F\u007F]/g;

/**
 * Saved text: one kind of line break, no control characters, runs of spaces made
 * single, no more than one blank line in a row, trimmed. Letters are left alone
 * apart from Unicode composition (NFC), so the person's text reads as it did.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARS, '')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A one-line label (tag, condition, group, title): single spaces, trimmed. */
export function normaliseLabel(label: string): string {
  return label.replace(CONTROL_CHARS, '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Labels without blanks and without repeats that differ only in case or accents; first spelling wins. */
export function normaliseLabels(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of labels) {
    const label = normaliseLabel(raw);
    const key = foldForSearch(label);
    if (!label || seen.has(key)) continue;
    seen.add(key);
    out.push(label);
  }
  return out;
}

/** Only web pages can be opened from a tip: no javascript:, data:, file: or extension addresses. */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * True for an ISO 8601 date ("2024-05-01") or date-time with a zone
 * ("2024-05-01T09:30:00.000Z", "…+01:00") that names a real calendar day.
 * Dates without a zone are refused: their meaning changes with the device's clock.
 */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return false;
  const [, y, mo, d, h, mi, s] = match.map((part) => (part === undefined ? undefined : Number(part)));
  if (y === undefined || mo === undefined || d === undefined) return false;
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return false;
  if ((h ?? 0) > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59) return false;
  return Number.isFinite(Date.parse(value));
}

/** The one stored form of a date: `Date.toISOString()`, so dates sort as text. */
export function canonicalIso(value: string | Date): string {
  return (typeof value === 'string' ? new Date(value) : value).toISOString();
}
