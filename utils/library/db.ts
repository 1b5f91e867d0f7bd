/**
 * The library's IndexedDB schema. Every version ever shipped stays declared here,
 * unchanged, with the upgrade that brings its data forward: a person may skip
 * versions, and Dexie replays the steps in order. Never change a primary key
 * (Dexie can't migrate it) and never edit a past version; add a new one.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { StoredTip } from './types';
import { tipWords } from './words';

/** The schema this code writes. Stored in `meta` so an older Spoonbook can tell it's behind. */
export const SCHEMA_VERSION = 2;

/**
 * Store declarations by version, oldest first.
 * v1: the first library. v2: the `*words` index for search, and `verification.dueAt`
 * for reminders; the upgrade fills `words` in for tips saved under v1.
 */
export const SCHEMA_HISTORY: ReadonlyArray<{ version: number; stores: Record<string, string> }> = [
  {
    version: 1,
    stores: {
      tips: 'id, &dedupeKey, savedAt, site, *tags, *conditions, supportType, verification.status',
      meta: 'key',
    },
  },
  {
    version: 2,
    stores: {
      tips: 'id, &dedupeKey, savedAt, site, *tags, *conditions, supportType, verification.status, verification.dueAt, *words',
      meta: 'key',
    },
  },
];

export type MetaRow =
  | { key: 'schemaVersion'; value: number }
  | { key: 'lastBackupAt'; value: string };

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const string = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * v1 → v2: compute search words for every tip. Written defensively (a v1 row may
 * be odd) and idempotently (re-running it gives the same result), because an
 * upgrade that throws leaves the person with no library at all.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('tips')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.words = tipWords({
        text: string(row.text),
        notes: string(row.notes),
        tags: strings(row.tags),
        conditions: strings(row.conditions),
        group: string(row.group),
      });
    });
  await tx.table('meta').put({ key: 'schemaVersion', value: 2 });
}

const UPGRADES: Record<number, (tx: Transaction) => Promise<void>> = { 2: upgradeToV2 };

export class SpoonbookDb extends Dexie {
  declare tips: Table<StoredTip, string>;
  declare meta: Table<MetaRow, string>;

  /**
   * The schema version a newer Spoonbook recorded, when it is newer than this code
   * (else undefined). Set each time the database opens; writers refuse to run while
   * it is set, because they would write rows the newer code may not expect.
   */
  newerSchemaVersion: number | undefined;

  constructor(name = 'spoonbook') {
    super(name);
    for (const { version, stores } of SCHEMA_HISTORY) {
      const upgrade = UPGRADES[version];
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.on('populate', (tx) => tx.table('meta').put({ key: 'schemaVersion', value: SCHEMA_VERSION }));
    this.on(
      'ready',
      async (vipDb) => {
        const row = (await vipDb.table('meta').get('schemaVersion')) as MetaRow | undefined;
        const stored = row?.key === 'schemaVersion' && typeof row.value === 'number' ? row.value : SCHEMA_VERSION;
        this.newerSchemaVersion = stored > SCHEMA_VERSION ? stored : undefined;
      },
      true,
    );
  }
}
