/**
 * Backups: a versioned JSON file with every tip, and importing one back without
 * ever leaving the library half-written. Markdown and CSV (formats.ts) are for
 * reading and spreadsheets; only JSON can be imported.
 */
import type { SpoonbookDb } from './db';
import { LibraryError, MESSAGES, withReopen } from './errors';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type BackupFile } from './backup-validate';
import { toStoredTip, toTip } from './record';
import type { HtmlSanitizer } from './save';
import type { StoredTip, Tip } from './types';

export { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type BackupFile } from './backup-validate';
export { toCsv, toMarkdown } from './formats';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long after the last backup the panel starts suggesting a new one. */
export const BACKUP_NUDGE_DAYS = 30;

/** Every tip, oldest saved first (ties by id), as plain Tips. */
export async function allTips(db: SpoonbookDb): Promise<Tip[]> {
  return withReopen(db, async () => (await db.tips.orderBy('savedAt').toArray()).map(toTip));
}

export async function getLastBackupAt(db: SpoonbookDb): Promise<string | null> {
  return withReopen(db, async () => {
    const row = await db.meta.get('lastBackupAt');
    return row?.key === 'lastBackupAt' && typeof row.value === 'string' ? row.value : null;
  });
}

export async function recordBackup(db: SpoonbookDb, at: Date): Promise<void> {
  await withReopen(db, async () => {
    await db.meta.put({ key: 'lastBackupAt', value: at.toISOString() });
  });
}

/**
 * One tip per line: far smaller than indented JSON (so big libraries stay under
 * the import size cap), still readable and diff-able line by line.
 */
function backupToJson(backup: BackupFile): string {
  const { tips, ...header } = backup;
  const head = JSON.stringify(header).slice(0, -1);
  return `${head},"tips":[\n${tips.map((tip) => JSON.stringify(tip)).join(',\n')}\n]}\n`;
}

/**
 * The whole library as backup JSON, and (unless `record: false`) notes the time
 * as the last backup. A failure to note the time doesn't stop the export: when
 * the disk is full, the backup matters most.
 */
export async function exportBackup(db: SpoonbookDb, options: { now?: () => Date; record?: boolean } = {}): Promise<string> {
  const now = options.now?.() ?? new Date();
  const backup: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    tips: await allTips(db),
  };
  const json = backupToJson(backup);
  if (options.record !== false) await recordBackup(db, now).catch(() => undefined);
  return json;
}

export interface ImportResult {
  /** Tips that weren't in the library. */
  added: number;
  /** Tips in the library whose copy in the file was edited more recently. */
  updated: number;
  /** Tips already in the library as they are (or edited since, in which case the library's copy is kept). */
  unchanged: number;
  /** Formatted copies left out because no sanitiser was available to check them (the text is always kept). */
  htmlDropped: number;
}

/**
 * Imports a backup file: checks all of it first, then writes in one transaction,
 * so a bad file changes nothing. Importing the same file again adds nothing:
 * tips match by id, or by passage when saved separately on another device.
 * When a tip is in both, the more recently edited copy wins.
 */
export async function importBackup(
  db: SpoonbookDb,
  jsonText: string,
  options: { sanitizer?: HtmlSanitizer; maxChars?: number } = {},
): Promise<ImportResult> {
  const backup = parseBackup(jsonText, { maxChars: options.maxChars });
  let htmlDropped = 0;
  const tips = backup.tips.map((tip) => {
    if (tip.html === undefined) return tip;
    const { html, ...rest } = tip;
    const clean = options.sanitizer?.sanitizeHtml(html);
    if (clean === undefined) htmlDropped++;
    return clean?.trim() ? { ...rest, html: clean } : rest;
  });
  const rows = await Promise.all(tips.map(toStoredTip));

  const firstWithKey = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    const earlier = firstWithKey.get(row.dedupeKey);
    if (earlier !== undefined) {
      throw new LibraryError(
        'bad-backup',
        `Tips ${earlier + 1} and ${index + 1} in this backup are the same passage from the same page, which a Spoonbook backup never has. Nothing was imported, and your library is as it was.`,
      );
    }
    firstWithKey.set(row.dedupeKey, index);
  }

  return withReopen(db, async () => {
    if (!db.isOpen()) await db.open();
    if (db.newerSchemaVersion !== undefined) throw new LibraryError('newer-library', MESSAGES.newerLibrary);
    // No try/catch in here: catching inside a Dexie transaction commits the rows
    // written so far (research/security-reliability.md §3), and this must be all or nothing.
    return db.transaction('rw', db.tips, async () => {
      const byId = await db.tips.bulkGet(rows.map((row) => row.id));
      const byKey = new Map<string, StoredTip>();
      for (const row of await db.tips.where('dedupeKey').anyOf(rows.map((r) => r.dedupeKey)).toArray()) byKey.set(row.dedupeKey, row);

      const writes: StoredTip[] = [];
      let added = 0;
      let updated = 0;
      rows.forEach((row, index) => {
        const sameId = byId[index];
        const samePassage = byKey.get(row.dedupeKey);
        if (sameId) {
          // A newer copy may only replace it if that can't collide with a different tip's passage.
          const collides = samePassage !== undefined && samePassage.id !== row.id;
          if (row.updatedAt > sameId.updatedAt && !collides) {
            writes.push(row);
            updated++;
          }
        } else if (!samePassage) {
          writes.push(row);
          added++;
        }
      });
      await db.tips.bulkPut(writes);
      return { added, updated, unchanged: rows.length - added - updated, htmlDropped };
    });
  }, { outOfSpace: MESSAGES.outOfSpaceImport });
}

/** True when the panel should suggest a backup: never made one, or the last is 30 or more days old. */
export function backupNudge(lastBackupAt: string | null | undefined, now: Date = new Date()): boolean {
  if (!lastBackupAt) return true;
  const last = Date.parse(lastBackupAt);
  if (Number.isNaN(last)) return true;
  return now.getTime() - last >= BACKUP_NUDGE_DAYS * DAY_MS;
}
