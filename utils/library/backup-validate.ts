/**
 * Reading a backup file without trusting it. The whole file is checked before
 * anything is written; the first problem found is described in plain words, and
 * for tips, which tip it is, so the person can tell what happened.
 */
import * as v from 'valibot';
import { LibraryError } from './errors';
import { describeIssue } from './issues';
import { withoutUndefined } from './record';
import { IsoDate, TipSchema } from './schema';
import { LIMITS, type Tip } from './types';

export const BACKUP_FORMAT = 'spoonbook-backup';
export const BACKUP_VERSION = 1;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO timestamp. */
  exportedAt: string;
  /** Oldest saved first. */
  tips: Tip[];
}

const NOTHING_IMPORTED = 'Nothing was imported, and your library is as it was.';
const NOT_A_BACKUP = `This file isn't a Spoonbook backup. ${NOTHING_IMPORTED}`;

/** Keys that could reach Object.prototype if any code ever merged this data into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A real backup nests 5 levels (file › tips › tip › verification › checklist). */
const MAX_DEPTH = 12;

function bad(message: string, details?: string[]): LibraryError {
  return new LibraryError('bad-backup', message, { details });
}

/** Walks the parsed value without recursion (so a hostile nesting depth can't overflow the stack). */
function checkStructure(root: unknown): void {
  const stack: Array<{ value: unknown; depth: number; where: string }> = [{ value: root, depth: 0, where: 'the file' }];
  while (stack.length) {
    const { value, depth, where } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) throw bad(`This file is nested far deeper than a Spoonbook backup ever is. ${NOTHING_IMPORTED}`);
    const isTipList = depth === 1 && Array.isArray(value);
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        throw bad(`This file has a field named “${key}” in ${where}. Spoonbook backups never do, and it could be used to tamper with the app, so ${NOTHING_IMPORTED.charAt(0).toLowerCase()}${NOTHING_IMPORTED.slice(1)}`);
      }
      const child = (value as Record<string, unknown>)[key];
      stack.push({ value: child, depth: depth + 1, where: isTipList ? `tip ${Number(key) + 1}` : where });
    }
  }
}

function preview(row: unknown): string {
  const text = (row as { text?: unknown } | null)?.text;
  if (typeof text !== 'string' || !text.trim()) return '';
  const short = Array.from(text.trim().replace(/\s+/g, ' ')).slice(0, 40).join('');
  return ` (“${short}${short.length < text.trim().length ? '…' : ''}”)`;
}

const Header = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: IsoDate,
  tips: v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.tipsPerBackup, `has more than ${LIMITS.tipsPerBackup.toLocaleString('en-GB')} tips`)),
});

/**
 * Parses and validates a whole backup file. Throws a LibraryError ('bad-backup'
 * or 'newer-backup'). `maxChars` defaults to LIMITS.backupChars; the panel
 * should also check the file's size before reading it into memory.
 */
export function parseBackup(jsonText: string, options: { maxChars?: number } = {}): BackupFile {
  if (typeof jsonText !== 'string') throw bad(NOT_A_BACKUP);
  if (jsonText.length > (options.maxChars ?? LIMITS.backupChars)) {
    throw bad(`This file is too big to be a Spoonbook backup. ${NOTHING_IMPORTED}`);
  }
  const body = jsonText.replace(/^\uFEFF/, '');
  if (!body.trim()) throw bad(`This file is empty. ${NOTHING_IMPORTED}`);

  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch {
    throw bad(`This file is damaged or incomplete — it may have been cut short while saving or copying. ${NOTHING_IMPORTED}`);
  }
  checkStructure(root);
  if (root === null || typeof root !== 'object' || Array.isArray(root)) throw bad(NOT_A_BACKUP);
  const header = root as Record<string, unknown>;
  if (header.format !== BACKUP_FORMAT) throw bad(NOT_A_BACKUP);
  if (typeof header.version === 'number' && Number.isInteger(header.version) && header.version > BACKUP_VERSION) {
    throw new LibraryError(
      'newer-backup',
      `This backup was made by a newer version of Spoonbook. Update Spoonbook, then import it again. ${NOTHING_IMPORTED}`,
    );
  }
  const headerResult = v.safeParse(Header, header);
  if (!headerResult.success) {
    const details = headerResult.issues.slice(0, 5).map(describeIssue);
    throw bad(`This backup file is damaged: ${details[0] ?? 'its header is wrong'}. ${NOTHING_IMPORTED}`, details);
  }

  const tips: Tip[] = [];
  const problems: string[] = [];
  let badRows = 0;
  const firstRowWithId = new Map<string, number>();
  headerResult.output.tips.forEach((row, index) => {
    const result = v.safeParse(TipSchema, row);
    if (!result.success) {
      badRows++;
      if (problems.length < 5) problems.push(`Tip ${index + 1}${preview(row)}: ${describeIssue(result.issues[0])}.`);
      return;
    }
    const earlier = firstRowWithId.get(result.output.id);
    if (earlier !== undefined) {
      badRows++;
      if (problems.length < 5) problems.push(`Tips ${earlier + 1} and ${index + 1} have the same id, so one of them has been changed or copied.`);
      return;
    }
    firstRowWithId.set(result.output.id, index);
    tips.push(withoutUndefined(result.output));
  });
  if (badRows) {
    const count = badRows === 1 ? 'One tip in this backup has a problem' : `${badRows} tips in this backup have problems`;
    throw bad(`${count}, so ${NOTHING_IMPORTED.charAt(0).toLowerCase()}${NOTHING_IMPORTED.slice(1)} ${problems[0]}`, problems);
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: headerResult.output.exportedAt, tips };
}
