import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SCHEMA_HISTORY, SCHEMA_VERSION, SpoonbookDb, upgradeToV2 } from '@/utils/library/db';
import { saveTip } from '@/utils/library/save';
import { searchTips } from '@/utils/library/search';
import { LibraryError } from '@/utils/library/errors';
import { tipWords } from '@/utils/library/words';
import { freshDb, freshName, tipInput } from './helpers';

/**
 * The schemas as they shipped, copied here on purpose: if someone edits a past
 * version in db.ts, this test fails instead of old databases failing to open.
 */
const SHIPPED = {
  1: {
    tips: 'id, &dedupeKey, savedAt, site, *tags, *conditions, supportType, verification.status',
    meta: 'key',
  },
  2: {
    tips: 'id, &dedupeKey, savedAt, site, *tags, *conditions, supportType, verification.status, verification.dueAt, *words',
    meta: 'key',
  },
} as const;

/** A row exactly as version 1 stored it: no `words`. */
function v1Row(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    dedupeKey: `key-${n}`,
    text: `Pacing helped my fatigue, tip number ${n}`,
    quote: { exact: `Pacing helped my fatigue, tip number ${n}`, prefix: '', suffix: '' },
    pageUrl: `https://forum.example.org/t/${n}`,
    pageTitle: 'ME support forum',
    site: 'discourse',
    savedAt: `2024-03-0${(n % 9) + 1}T10:00:00.000Z`,
    updatedAt: `2024-03-0${(n % 9) + 1}T10:00:00.000Z`,
    tags: ['Pacing', 'énergie'],
    conditions: ['ME/CFS'],
    notes: 'Ask the physio',
    verification: { status: 'unverified', checklist: {}, sourcesNote: '', onClinicianList: false },
    ...overrides,
  };
}

/** Creates a database the way an older Spoonbook would have: only the versions it knew. */
async function createAtVersion(name: string, version: 1, rows: object[]): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(SHIPPED[version]);
  await old.open();
  await old.table('tips').bulkAdd(rows);
  await old.table('meta').put({ key: 'schemaVersion', value: version });
  old.close();
}

describe('schema', () => {
  it('keeps every shipped version unchanged and in order', () => {
    expect(SCHEMA_HISTORY.map((step) => step.version)).toEqual([1, 2]);
    for (const step of SCHEMA_HISTORY) expect(step.stores).toEqual(SHIPPED[step.version as 1 | 2]);
    expect(SCHEMA_VERSION).toBe(SCHEMA_HISTORY.at(-1)?.version);
  });

  it('creates the current tables and indexes, and records the schema version', async () => {
    const db = freshDb('schema');
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const tips = db.tips.schema;
    expect(tips.primKey.name).toBe('id');
    const indexes = Object.fromEntries(tips.indexes.map((index) => [index.name, { unique: !!index.unique, multi: !!index.multi }]));
    expect(indexes).toMatchObject({
      dedupeKey: { unique: true, multi: false },
      savedAt: { unique: false, multi: false },
      site: { multi: false },
      tags: { multi: true },
      conditions: { multi: true },
      words: { multi: true },
      supportType: { multi: false },
      'verification.status': { multi: false },
      'verification.dueAt': { multi: false },
    });
    expect(await db.meta.get('schemaVersion')).toEqual({ key: 'schemaVersion', value: SCHEMA_VERSION });
    expect(db.newerSchemaVersion).toBeUndefined();
    db.close();
  });

  it('uses the name it is given, and "spoonbook" by default', () => {
    expect(new SpoonbookDb().name).toBe('spoonbook');
    expect(new SpoonbookDb('other').name).toBe('other');
  });
});

describe('migrations', () => {
  it('v1 → current: keeps every row and field, and fills the search words in', async () => {
    const name = freshName('v1');
    const rows = [v1Row(1), v1Row(2, { group: 'Pacing Café', notes: 'Brain fog tips' }), v1Row(3, { tags: [], conditions: [] })];
    await createAtVersion(name, 1, rows);

    const db = new SpoonbookDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const after = await db.tips.orderBy('id').toArray();
    expect(after).toHaveLength(3);
    for (const [i, row] of after.entries()) {
      const { words, ...rest } = row;
      expect(rest).toEqual(rows[i]);
      expect(words).toEqual(tipWords(row));
    }
    expect(await db.meta.get('schemaVersion')).toEqual({ key: 'schemaVersion', value: SCHEMA_VERSION });

    // The upgraded rows are searchable through the new index, accents and case folded.
    expect((await searchTips(db, { query: 'CAFE' })).tips.map((t) => t.id)).toEqual([rows[1]?.id]);
    expect((await searchTips(db, { query: 'energ pac' })).total).toBe(2);
    db.close();
  });

  it('v1 → current: survives odd v1 rows instead of leaving the library unopenable', async () => {
    const name = freshName('v1-odd');
    await createAtVersion(name, 1, [v1Row(1, { notes: undefined, tags: 'not-a-list', conditions: [5, 'Asthma'], group: 42 })]);
    const db = new SpoonbookDb(name);
    await db.open();
    const [row] = await db.tips.toArray();
    expect(row?.words).toEqual(['pacing', 'helped', 'my', 'fatigue', 'tip', 'number', '1', 'asthma']);
    db.close();
  });

  it('v1 → current on an empty library, then saving works', async () => {
    const name = freshName('v1-empty');
    await createAtVersion(name, 1, []);
    const db = new SpoonbookDb(name);
    const { created } = await saveTip(db, tipInput());
    expect(created).toBe(true);
    expect(await db.tips.count()).toBe(1);
    db.close();
  });

  it('the v2 upgrade is idempotent: running it again changes nothing', async () => {
    const name = freshName('idem');
    await createAtVersion(name, 1, [v1Row(1), v1Row(2)]);
    const db = new SpoonbookDb(name);
    await db.open();
    const before = await db.tips.toArray();
    await db.transaction('rw', db.tips, db.meta, (tx) => upgradeToV2(tx));
    expect(await db.tips.toArray()).toEqual(before);
    db.close();
  });

  it('a library last opened by a newer Spoonbook is read but not written', async () => {
    const name = freshName('newer');
    const future = new Dexie(name);
    future.version(3).stores({ ...SHIPPED[2], notes: 'id' });
    await future.open();
    const row = { ...v1Row(7), words: ['pacing'] };
    await future.table('tips').add(row);
    await future.table('meta').put({ key: 'schemaVersion', value: 3 });
    future.close();

    const db = new SpoonbookDb(name);
    await db.open();
    expect(db.newerSchemaVersion).toBe(3);
    expect((await searchTips(db, { query: 'pacing' })).total).toBe(1);
    const attempt = saveTip(db, tipInput());
    await expect(attempt).rejects.toBeInstanceOf(LibraryError);
    await expect(attempt).rejects.toMatchObject({ code: 'newer-library', input: tipInput() });
    expect(await db.tips.count()).toBe(1);
    db.close();
  });
});
