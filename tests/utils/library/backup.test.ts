import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Dexie, { type DBCore, type Middleware } from 'dexie';
import type { SpoonbookDb } from '@/utils/library/db';
import { saveTip, updateTip } from '@/utils/library/save';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupNudge,
  exportBackup,
  getLastBackupAt,
  importBackup,
  type BackupFile,
} from '@/utils/library/backup';
import { MESSAGES } from '@/utils/library/errors';
import { normaliseText } from '@/utils/library/normalize';
import type { SaveTipInput, VerificationPatch } from '@/utils/library/schema';
import { CHECKLIST_ANSWERS, CHECKLIST_QUESTIONS, OUTCOMES, SUPPORT_TYPES, VERIFICATION_STATUSES } from '@/utils/library/types';
import { dump, freshDb, jsdomSanitizer, steppingClock, tipInput } from './helpers';

const EXPORTED_AT = new Date('2025-06-01T12:00:00.000Z');
const at = () => EXPORTED_AT;

/** Text with lone surrogates, bidi controls, combining marks and emoji: what JSON must carry exactly. */
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'z', ' ', 'é', '\n', 'ß', '1') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) },
  { weight: 1, arbitrary: fc.constantFrom('\u200D', '\u202E', '\u0301', '\uFEFF', '👩‍👩‍👧', '"', '\\', '</script>') },
);
const str = (maxLength: number) => fc.string({ unit, maxLength });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const isoDate = fc.integer({ min: Date.parse('2000-01-01'), max: Date.parse('2035-01-01') }).map((t) => new Date(t).toISOString());

const saveInputArb: fc.Arbitrary<SaveTipInput> = fc.record(
  {
    text: str(120).filter((s) => normaliseText(s) !== ''),
    quote: optional(fc.record({ exact: str(60), prefix: str(32), suffix: str(32) })),
    permalink: optional(fc.webUrl({ withQueryParameters: true, withFragments: true })),
    pageUrl: fc.webUrl({ withQueryParameters: true }),
    pageTitle: str(40),
    site: fc.constantFrom('facebook', 'reddit', 'discourse', 'phpbb'),
    group: optional(str(30)),
    postedAt: optional(isoDate),
    author: fc.option(str(20), { nil: undefined }).chain((name) => fc.constantFrom(name, null)),
    tags: fc.array(str(15), { maxLength: 4 }),
    conditions: fc.array(str(15), { maxLength: 3 }),
    supportType: optional(fc.constantFrom(...SUPPORT_TYPES)),
    notes: str(80),
    helpedMe: optional(fc.integer({ min: 0, max: 5 })),
  },
  { requiredKeys: ['text', 'pageUrl'] },
);

const verificationArb: fc.Arbitrary<VerificationPatch> = fc.record(
  {
    status: fc.constantFrom(...VERIFICATION_STATUSES),
    checklist: fc.dictionary(fc.constantFrom(...CHECKLIST_QUESTIONS), fc.constantFrom(...CHECKLIST_ANSWERS)),
    sourcesNote: str(40),
    outcome: fc.constantFrom(...OUTCOMES),
    outcomeNote: str(40),
    outcomeDate: isoDate,
    onClinicianList: fc.boolean(),
    dueAt: isoDate,
  },
  { requiredKeys: [] },
);

async function fill(db: SpoonbookDb, inputs: Array<{ input: SaveTipInput; verification?: VerificationPatch }>): Promise<void> {
  const clock = steppingClock();
  for (const { input, verification } of inputs) {
    const { tip } = await saveTip(db, input, { now: clock });
    if (verification) await updateTip(db, tip.id, { verification }, { now: clock });
  }
}

describe('backup round trip', () => {
  it('export → import into an empty library → export gives the same file and the same rows (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ input: saveInputArb, verification: optional(verificationArb) }), { maxLength: 8 }), async (inputs) => {
        const source = freshDb('rt-src');
        await fill(source, inputs);
        const first = await exportBackup(source, { now: at, record: false });

        const target = freshDb('rt-dst');
        const result = await importBackup(target, first);
        const count = await source.tips.count();
        expect(result).toEqual({ added: count, updated: 0, unchanged: 0, htmlDropped: 0 });
        expect(await exportBackup(target, { now: at, record: false })).toBe(first);
        expect((await dump(target) as { tips: unknown }).tips).toEqual((await dump(source) as { tips: unknown }).tips);
        source.close();
        target.close();
      }),
      { numRuns: 40 },
    );
  });

  it('the file has the documented shape', async () => {
    const db = freshDb('shape');
    await fill(db, [{ input: tipInput() }]);
    const backup = JSON.parse(await exportBackup(db, { now: at })) as BackupFile;
    expect(Object.keys(backup)).toEqual(['format', 'version', 'exportedAt', 'tips']);
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.version).toBe(BACKUP_VERSION);
    expect(backup.exportedAt).toBe(EXPORTED_AT.toISOString());
    expect(backup.tips).toHaveLength(1);
    expect(backup.tips[0]).not.toHaveProperty('words');
    expect(backup.tips[0]).not.toHaveProperty('dedupeKey');
    db.close();
  });

  it('round-trips sanitised HTML when the importer has a sanitiser, and drops it (keeping text) when not', async () => {
    const db = freshDb('html');
    const sanitizer = jsdomSanitizer();
    await saveTip(db, tipInput({ html: '<p>Take it <b>with food</b> <a href="https://nhs.uk/x">NHS</a><img src=x onerror=alert(1)></p>' }), { sanitizer });
    const file = await exportBackup(db, { now: at });

    const withSanitizer = freshDb('html-in');
    await importBackup(withSanitizer, file, { sanitizer });
    expect(await exportBackup(withSanitizer, { now: at })).toBe(file);

    const without = freshDb('html-none');
    expect(await importBackup(without, file)).toMatchObject({ added: 1, htmlDropped: 1 });
    const [tip] = await without.tips.toArray();
    expect(tip).not.toHaveProperty('html');
    expect(tip?.text).toBe(tipInput().text);
    for (const d of [db, withSanitizer, without]) d.close();
  });

  it('sanitises HTML that arrives in a backup file', async () => {
    const db = freshDb('html-hostile');
    await fill(db, [{ input: tipInput() }]);
    const backup = JSON.parse(await exportBackup(db, { now: at })) as BackupFile;
    backup.tips[0]!.html = '<p onmouseover="steal()">hi<script>alert(1)</script><img src="https://tracker.example/p.gif"></p>';
    const target = freshDb('html-hostile-in');
    await importBackup(target, JSON.stringify(backup), { sanitizer: jsdomSanitizer() });
    expect((await target.tips.toArray())[0]?.html).toBe('<p>hi</p>');
    db.close();
    target.close();
  });
});

describe('importing into a library that already has tips', () => {
  it('re-importing the same backup adds nothing and changes nothing', async () => {
    const db = freshDb('reimport');
    await fill(db, [{ input: tipInput() }, { input: tipInput({ text: 'Second tip' }) }]);
    const file = await exportBackup(db, { now: at });
    const before = await dump(db);
    expect(await importBackup(db, file)).toEqual({ added: 0, updated: 0, unchanged: 2, htmlDropped: 0 });
    expect(await importBackup(db, file)).toEqual({ added: 0, updated: 0, unchanged: 2, htmlDropped: 0 });
    expect(await dump(db)).toEqual(before);
    db.close();
  });

  it('the more recently edited copy of a tip wins', async () => {
    const db = freshDb('merge');
    await fill(db, [{ input: tipInput() }, { input: tipInput({ text: 'Second tip' }) }]);
    const [a, b] = (JSON.parse(await exportBackup(db, { now: at })) as BackupFile).tips;
    const file: BackupFile = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: EXPORTED_AT.toISOString(),
      tips: [
        { ...a!, notes: 'edited later on my phone', updatedAt: '2030-01-01T00:00:00.000Z' },
        { ...b!, notes: 'an older copy', updatedAt: '2000-01-01T00:00:00.000Z' },
      ],
    };
    expect(await importBackup(db, JSON.stringify(file))).toEqual({ added: 0, updated: 1, unchanged: 1, htmlDropped: 0 });
    expect((await db.tips.get(a!.id))?.notes).toBe('edited later on my phone');
    expect((await db.tips.get(a!.id))?.words).toContain('phone');
    expect((await db.tips.get(b!.id))?.notes).toBe('');
    db.close();
  });

  it('the same passage saved separately on another device (different id) is not added twice', async () => {
    const phone = freshDb('phone');
    const laptop = freshDb('laptop');
    await fill(phone, [{ input: tipInput() }, { input: tipInput({ text: 'Only on the phone' }) }]);
    await fill(laptop, [{ input: tipInput() }]);
    expect(await importBackup(laptop, await exportBackup(phone, { now: at }))).toEqual({ added: 1, updated: 0, unchanged: 1, htmlDropped: 0 });
    expect(await laptop.tips.count()).toBe(2);
    phone.close();
    laptop.close();
  });

  it('a full disk during import leaves the library exactly as it was', async () => {
    const source = freshDb('q-src');
    await fill(source, [{ input: tipInput({ text: 'New one' }) }, { input: tipInput({ text: 'Another new one' }) }]);
    const file = await exportBackup(source, { now: at });

    const target = freshDb('q-dst');
    let armed = false;
    // Writes the first row for real, inside the import's transaction, then fails
    // the way Chrome reports a full disk: the transaction must roll that row back.
    let wroteOne = false;
    const failSecondWrite: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'quota-mid-import',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: async (req) => {
              if (!armed || req.type !== 'put' || req.values.length < 2) return table.mutate(req);
              await table.mutate({ ...req, values: req.values.slice(0, 1), keys: req.keys?.slice(0, 1) });
              wroteOne = true;
              throw new Dexie.AbortError('aborted', new DOMException('', 'QuotaExceededError'));
            },
          };
        },
      }),
    };
    // Middleware only takes effect for connections opened after use().
    target.use(failSecondWrite);
    await fill(target, [{ input: tipInput() }]);
    const before = await dump(target);
    armed = true;
    await expect(importBackup(target, file)).rejects.toMatchObject({ code: 'out-of-space', message: MESSAGES.outOfSpaceImport });
    armed = false;
    expect(wroteOne).toBe(true);
    expect(await dump(target)).toEqual(before);
    source.close();
    target.close();
  });
});

describe('last backup and the 30-day nudge', () => {
  it('records the export time as the last backup, unless asked not to', async () => {
    const db = freshDb('last');
    expect(await getLastBackupAt(db)).toBeNull();
    await exportBackup(db, { now: at, record: false });
    expect(await getLastBackupAt(db)).toBeNull();
    await exportBackup(db, { now: at });
    expect(await getLastBackupAt(db)).toBe(EXPORTED_AT.toISOString());
    db.close();
  });

  it('nudges when there has never been a backup, or after 30 days', () => {
    const now = new Date('2025-06-30T12:00:00.000Z');
    expect(backupNudge(null, now)).toBe(true);
    expect(backupNudge(undefined, now)).toBe(true);
    expect(backupNudge('not a date', now)).toBe(true);
    expect(backupNudge('2025-06-01T12:00:00.001Z', now)).toBe(false);
    expect(backupNudge('2025-05-31T12:00:00.000Z', now)).toBe(true);
    expect(backupNudge('2025-06-29T12:00:00.000Z', now)).toBe(false);
    expect(backupNudge('2026-01-01T00:00:00.000Z', now)).toBe(false);
  });
});
