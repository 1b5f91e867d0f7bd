/**
 * The tip library: what the background and the side panel import. Pure
 * TypeScript over a Dexie database passed in; no browser.* calls.
 */
export { SpoonbookDb, SCHEMA_VERSION } from './db';
export { LibraryError, MESSAGES, type LibraryErrorCode } from './errors';
export { saveTip, updateTip, deleteTip, restoreTip, getTip, type SaveResult, type WriteOptions, type HtmlSanitizer } from './save';
export { searchTips, facetValues, tokenize, type SearchQuery, type SearchResult, type FacetValues } from './search';
export {
  exportBackup,
  importBackup,
  parseBackup,
  allTips,
  getLastBackupAt,
  recordBackup,
  backupNudge,
  toMarkdown,
  toCsv,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BACKUP_NUDGE_DAYS,
  type BackupFile,
  type ImportResult,
} from './backup';
export { SaveTipInput, TipPatch, VerificationPatch, TipSchema } from './schema';
export * from './types';
