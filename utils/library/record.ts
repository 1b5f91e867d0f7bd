/**
 * Moving between a Tip (what people and backups see) and a StoredTip (the row,
 * with its derived dedupe key and search words), plus applying edits.
 */
import type * as v from 'valibot';
import { CHECKLIST_QUESTIONS, type StoredTip, type Tip, type Verification } from './types';
import type { TipPatch, VerificationPatch } from './schema';
import { dedupeKey } from './dedupe';
import { tipWords } from './words';

export function defaultVerification(): Verification {
  return { status: 'unverified', checklist: {}, sourcesNote: '', onClinicianList: false };
}

const TIP_KEYS: ReadonlyArray<keyof Tip> = [
  'id', 'text', 'quote', 'permalink', 'pageUrl', 'pageTitle', 'site', 'group', 'postedAt', 'savedAt', 'updatedAt',
  'author', 'html', 'tags', 'conditions', 'supportType', 'notes', 'helpedMe', 'verification',
];
const VERIFICATION_KEYS: ReadonlyArray<keyof Verification> = [
  'status', 'checklist', 'sourcesNote', 'outcome', 'outcomeNote', 'outcomeDate', 'onClinicianList', 'dueAt', 'clinicianQuestion',
];

function pick<T extends object>(source: T, keys: ReadonlyArray<keyof T>): T {
  const out: Partial<T> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out as T;
}

/**
 * The tip with its keys in one fixed order and no undefined values, whatever
 * path it took (save, edit, import). Makes exports byte-for-byte repeatable.
 */
export function canonicalTip(tip: Tip): Tip {
  const verification = pick(tip.verification, VERIFICATION_KEYS);
  verification.checklist = pick(tip.verification.checklist, CHECKLIST_QUESTIONS);
  return {
    ...pick(tip, TIP_KEYS),
    quote: { exact: tip.quote.exact, prefix: tip.quote.prefix, suffix: tip.quote.suffix },
    verification,
  };
}

/** Strips the derived fields, so what leaves the library is exactly a Tip. */
export function toTip(row: StoredTip): Tip {
  const { dedupeKey: _key, words: _words, ...tip } = row;
  return canonicalTip(tip);
}

/** Adds the derived fields. Always recomputed, never trusted from outside. */
export async function toStoredTip(tip: Tip): Promise<StoredTip> {
  return { ...canonicalTip(tip), dedupeKey: await dedupeKey(tip), words: tipWords(tip) };
}

/** Sets or clears one optional field: undefined leaves it, null removes it. */
function setOrClear<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | null | undefined): void {
  if (value === undefined) return;
  if (value === null) delete target[key];
  else target[key] = value;
}

export function applyVerificationPatch(
  current: Verification,
  patch: v.InferOutput<typeof VerificationPatch> | undefined,
): Verification {
  const next: Verification = { ...current, checklist: { ...current.checklist } };
  if (!patch) return next;
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.checklist !== undefined) {
    // Optional entries come out of valibot as explicit undefined; keep the stored form minimal.
    next.checklist = Object.fromEntries(Object.entries(patch.checklist).filter(([, answer]) => answer !== undefined));
  }
  if (patch.sourcesNote !== undefined) next.sourcesNote = patch.sourcesNote;
  if (patch.onClinicianList !== undefined) next.onClinicianList = patch.onClinicianList;
  setOrClear(next, 'outcome', patch.outcome);
  setOrClear(next, 'outcomeNote', patch.outcomeNote);
  setOrClear(next, 'outcomeDate', patch.outcomeDate);
  setOrClear(next, 'dueAt', patch.dueAt);
  setOrClear(next, 'clinicianQuestion', patch.clinicianQuestion === '' ? null : patch.clinicianQuestion);
  return next;
}

/** The tip after an edit from the detail view; `updatedAt` is the caller's job. */
export function applyTipPatch(current: Tip, patch: v.InferOutput<typeof TipPatch>): Tip {
  const next: Tip = { ...current, verification: applyVerificationPatch(current.verification, patch.verification) };
  if (patch.text !== undefined) next.text = patch.text;
  if (patch.pageTitle !== undefined) next.pageTitle = patch.pageTitle;
  if (patch.tags !== undefined) next.tags = patch.tags;
  if (patch.conditions !== undefined) next.conditions = patch.conditions;
  if (patch.notes !== undefined) next.notes = patch.notes;
  // For the author, null is a value ("don't keep names"), not a clear.
  if (patch.author !== undefined) next.author = patch.author;
  setOrClear(next, 'group', patch.group);
  setOrClear(next, 'postedAt', patch.postedAt);
  setOrClear(next, 'supportType', patch.supportType);
  setOrClear(next, 'helpedMe', patch.helpedMe);
  return next;
}

/** Removes keys whose value is undefined, so a stored tip has one shape whichever way it came in. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}
