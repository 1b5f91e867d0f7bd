/**
 * 100+ damaged or hostile backup files. Each must be refused with a plain
 * message, and the library must be exactly as before (full dump compared).
 * The files are built from a valid backup that WOULD change the library
 * (one new tip, one newer edit), so a partial import could not go unnoticed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpoonbookDb } from '@/utils/library/db';
import { exportBackup, importBackup, type BackupFile } from '@/utils/library/backup';
import { LibraryError } from '@/utils/library/errors';
import { saveTip, updateTip } from '@/utils/library/save';
import { dump, freshDb, steppingClock, tipInput } from './helpers';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Tree = { [key: string]: Json };

let db: SpoonbookDb;
let base: Tree;
let baseText: string;

beforeAll(async () => {
  db = freshDb('corrupt');
  const clock = steppingClock();
  const { tip } = await saveTip(db, tipInput({ permalink: 'https://www.facebook.com/groups/1/posts/2', postedAt: '2024-12-01T10:00:00Z', helpedMe: 4 }), { now: clock });
  await updateTip(
    db,
    tip.id,
    { verification: { status: 'checked', checklist: { who: 'yes', selling: 'no' }, sourcesNote: 'NHS page', outcome: 'ok-to-try', outcomeNote: 'GP fine with it', outcomeDate: '2025-01-10T09:00:00Z', onClinicianList: true, dueAt: '2025-02-01T09:00:00Z' } },
    { now: clock },
  );
  await saveTip(db, tipInput({ text: 'A second tip, about pacing', html: undefined }), { now: clock });
  await exportBackup(db, { now: () => new Date('2025-03-01T00:00:00Z') });

  // The valid file: every tip edited later, plus one the library doesn't have.
  const backup = JSON.parse(await exportBackup(db, { now: () => new Date('2025-03-02T00:00:00Z'), record: false })) as BackupFile;
  backup.tips = backup.tips.map((t) => ({ ...t, notes: 'changed in the file', updatedAt: '2030-01-01T00:00:00.000Z' }));
  backup.tips.push({ ...backup.tips[1]!, id: '9b2c7a52-51f4-4b7e-9d0b-3f8a3c1d2e4f', text: 'A third tip only in the file', quote: { exact: 'A third tip only in the file', prefix: '', suffix: '' } });
  base = JSON.parse(JSON.stringify(backup)) as Tree;
  baseText = JSON.stringify(base, null, 2);
});

afterAll(() => db.close());

const clone = (): Tree => JSON.parse(baseText) as Tree;
const tipAt = (tree: Tree, i = 0) => (tree.tips as Tree[])[i]!;
/** JSON text with a key that JS object literals can't hold as data: written in as raw text. */
const withRawKey = (edit: (tree: Tree) => void, key: string) => {
  const tree = clone();
  edit(tree);
  return JSON.stringify(tree, null, 2).replace('"__RAW_KEY__"', JSON.stringify(key));
};
const edited = (edit: (tree: Tree) => void) => {
  const tree = clone();
  edit(tree);
  return JSON.stringify(tree);
};

function buildCases(): Array<[string, () => string]> {
  const cases: Array<[string, () => string]> = [];
  const add = (name: string, make: () => string) => cases.push([name, make]);

  // Truncated at 40 points spread through the file (a download or copy cut short).
  for (let i = 0; i < 40; i++) {
    add(`truncated at ${i}/40`, () => baseText.slice(0, Math.floor((baseText.length * i) / 40)));
  }
  add('truncated by one character', () => baseText.slice(0, -1));

  // Not a backup at all.
  for (const text of ['null', '[]', '42', '"spoonbook-backup"', 'true', '[{"format":"spoonbook-backup"}]', '   ', '<html>not json</html>']) {
    add(`root ${text.trim() || 'blank'}`, () => text);
  }

  // Header problems.
  const header: Array<[string, (t: Tree) => void]> = [
    ['format missing', (t) => delete t.format],
    ['format wrong', (t) => (t.format = 'other-app-backup')],
    ['version missing', (t) => delete t.version],
    ['version 0', (t) => (t.version = 0)],
    ['version as text', (t) => (t.version = '1')],
    ['version 1.5', (t) => (t.version = 1.5)],
    ['newer version 2', (t) => (t.version = 2)],
    ['newer version 99', (t) => (t.version = 99)],
    ['exportedAt missing', (t) => delete t.exportedAt],
    ['exportedAt not a date', (t) => (t.exportedAt = 'Tuesday')],
    ['tips missing', (t) => delete t.tips],
    ['tips an object', (t) => (t.tips = { 0: tipAt(t) })],
    ['tips null', (t) => (t.tips = null)],
    ['extra root field', (t) => (t.extra = 1)],
  ];
  for (const [name, edit] of header) add(`header: ${name}`, () => edited(edit));

  // Each field of a tip with the wrong type.
  const wrongType: Array<[string, Json]> = [
    ['id', 12345], ['text', 42], ['quote', 'the quote'], ['permalink', false], ['pageUrl', ['https://a.example']],
    ['pageTitle', null], ['site', {}], ['group', 7], ['postedAt', 1714550000000], ['savedAt', null], ['updatedAt', true],
    ['author', 3], ['tags', 'sleep, pacing'], ['conditions', [1, 2]], ['supportType', 2], ['notes', null],
    ['helpedMe', '4'], ['verification', 'checked'],
  ];
  for (const [field, value] of wrongType) add(`wrong type: ${field}`, () => edited((t) => (tipAt(t)[field] = value)));
  const wrongVerification: Array<[string, Json]> = [
    ['status', 1], ['checklist', []], ['sourcesNote', 0], ['onClinicianList', 'yes'], ['dueAt', 5], ['outcomeDate', {}],
  ];
  for (const [field, value] of wrongVerification) {
    add(`wrong type: verification.${field}`, () => edited((t) => ((tipAt(t).verification as Tree)[field] = value)));
  }

  // Required fields missing.
  for (const field of ['id', 'text', 'quote', 'pageUrl', 'pageTitle', 'site', 'savedAt', 'updatedAt', 'tags', 'conditions', 'notes', 'verification']) {
    add(`missing: ${field}`, () => edited((t) => delete tipAt(t)[field]));
  }
  for (const field of ['status', 'checklist', 'sourcesNote', 'onClinicianList']) {
    add(`missing: verification.${field}`, () => edited((t) => delete (tipAt(t).verification as Tree)[field]));
  }
  add('missing: quote.exact', () => edited((t) => delete (tipAt(t).quote as Tree).exact));

  // Huge values.
  add('huge text', () => edited((t) => (tipAt(t).text = 'x'.repeat(100_001))));
  add('huge notes', () => edited((t) => (tipAt(t).notes = 'x'.repeat(100_001))));
  add('huge html', () => edited((t) => (tipAt(t).html = '<p>' + 'x'.repeat(200_001))));
  add('huge tag', () => edited((t) => (tipAt(t).tags = ['x'.repeat(101)])));
  add('too many tags', () => edited((t) => (tipAt(t).tags = Array.from({ length: 101 }, (_, i) => `t${i}`))));
  add('huge page address', () => edited((t) => (tipAt(t).pageUrl = `https://a.example/${'x'.repeat(4000)}`)));
  add('huge quote prefix', () => edited((t) => ((tipAt(t).quote as Tree).prefix = 'x'.repeat(257))));

  // Prototype pollution and friends, as raw keys JSON.parse turns into own properties.
  const rawKeyPlaces: Array<[string, (t: Tree) => void]> = [
    ['root', (t) => (t.__RAW_KEY__ = { polluted: true })],
    ['tip', (t) => (tipAt(t).__RAW_KEY__ = { polluted: true })],
    ['quote', (t) => ((tipAt(t).quote as Tree).__RAW_KEY__ = { polluted: true })],
    ['verification', (t) => ((tipAt(t).verification as Tree).__RAW_KEY__ = { polluted: true })],
    ['checklist', (t) => (((tipAt(t).verification as Tree).checklist as Tree).__RAW_KEY__ = 'yes')],
    ['object inside tags', (t) => (tipAt(t).tags = [{ __RAW_KEY__: { polluted: true } }])],
  ];
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    for (const [place, edit] of rawKeyPlaces) add(`${key} in ${place}`, () => withRawKey(edit, key));
  }

  // Values of the right type that are still wrong.
  const badValues: Array<[string, (t: Tree) => void]> = [
    ['id not a uuid', (t) => (tipAt(t).id = 'tip-1')],
    ['javascript: page address', (t) => (tipAt(t).pageUrl = 'javascript:alert(document.domain)')],
    ['data: permalink', (t) => (tipAt(t).permalink = 'data:text/html,<script>alert(1)</script>')],
    ['relative page address', (t) => (tipAt(t).pageUrl = '/groups/1')],
    ['helpedMe 6', (t) => (tipAt(t).helpedMe = 6)],
    ['helpedMe 2.5', (t) => (tipAt(t).helpedMe = 2.5)],
    ['helpedMe -1', (t) => (tipAt(t).helpedMe = -1)],
    ['supportType made up', (t) => (tipAt(t).supportType = 'magic')],
    ['status made up', (t) => ((tipAt(t).verification as Tree).status = 'maybe')],
    ['outcome made up', (t) => ((tipAt(t).verification as Tree).outcome = 'cured')],
    ['checklist unknown question', (t) => (((tipAt(t).verification as Tree).checklist as Tree).mood = 'yes')],
    ['checklist answer made up', (t) => (((tipAt(t).verification as Tree).checklist as Tree).who = 'perhaps')],
    ['savedAt 30 February', (t) => (tipAt(t).savedAt = '2024-02-30T00:00:00.000Z')],
    ['postedAt in words', (t) => (tipAt(t).postedAt = 'yesterday')],
    ['empty text', (t) => (tipAt(t).text = '')],
    ['text only spaces and control characters', (t) => (tipAt(t).text = ' \u0001\u0002 \n ')],
    ['empty site', (t) => (tipAt(t).site = '  ')],
    ['extra tip field', (t) => (tipAt(t).words = ['injected'])],
  ];
  for (const [name, edit] of badValues) add(`bad value: ${name}`, () => edited(edit));

  // Structure.
  add('duplicate id', () => edited((t) => (t.tips as Tree[]).push({ ...tipAt(t), text: 'same id, other text' })));
  add('same passage twice under different ids', () => edited((t) => (t.tips as Tree[]).push({ ...tipAt(t), id: '6c1f3b7e-2d4a-4e8b-9a0c-5d6e7f8a9b0c' })));
  add('a tip that is text', () => edited((t) => (t.tips as Json[]).push('a tip')));
  add('a tip that is null', () => edited((t) => (t.tips as Json[]).push(null)));
  add('a tip that is a list', () => edited((t) => (t.tips as Json[]).push([tipAt(t)])));
  // Written as raw text: JSON.stringify itself overflows the stack on nesting this deep.
  for (const depth of [50, 5_000, 200_000]) {
    add(`nesting ${depth} levels deep`, () =>
      edited((t) => (tipAt(t).tags = '__DEEP__')).replace('"__DEEP__"', '['.repeat(depth) + ']'.repeat(depth)),
    );
  }
  add('last tip broken', () => edited((t) => ((t.tips as Tree[]).at(-1)!.savedAt = 'soon')));
  return cases;
}

describe('corrupted backups', () => {
  const cases = buildCases();

  it('there are at least 100 of them, all different', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(new Set(cases.map(([name]) => name)).size).toBe(cases.length);
  });

  it('the uncorrupted file they are made from is accepted (in another library)', async () => {
    const other = freshDb('corrupt-control');
    expect(await importBackup(other, baseText)).toEqual({ added: 3, updated: 0, unchanged: 0, htmlDropped: 0 });
    other.close();
  });

  it.each(cases)('refuses %s, says why, and changes nothing', async (_name, make) => {
    const before = await dump(db);
    const error = await importBackup(db, make()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    const { code, message } = error as LibraryError;
    expect(['bad-backup', 'newer-backup']).toContain(code);
    expect(message).toMatch(/Nothing was imported|nothing was imported/);
    expect(message.length).toBeLessThan(400);
    expect(message).not.toMatch(/Invalid (?:key|type)|Expected|undefined|\[object/);
    expect(await dump(db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the tip and the problem in plain words', async () => {
    const make = (edit: (t: Tree) => void) => importBackup(db, edited(edit)).catch((e: unknown) => (e as LibraryError).message);
    expect(await make((t) => (tipAt(t, 1).savedAt = 'soon'))).toMatch(
      /^One tip in this backup has a problem, so nothing was imported.+Tip 2 \(“A second tip, about pacing”\): the saved date should be a date like 2024-05-01T09:30:00\.000Z\.$/,
    );
    expect(await make((t) => delete tipAt(t).pageUrl)).toMatch(/Tip 1 \(“.+”\): the page address is missing\./);
    expect(await make((t) => (tipAt(t).tags = ['ok', 5]))).toMatch(/Tip 1 .+: the tags, entry 2 should be text\./);
    expect(await make((t) => (tipAt(t).evil = 1))).toMatch(/Tip 1 .+: it has a field Spoonbook doesn't know: “evil”\./);
    expect(await make((t) => (t.version = 2))).toMatch(/newer version of Spoonbook\. Update Spoonbook/);
    expect(await make((t) => ((t.tips as Tree[]).forEach((tip) => (tip.helpedMe = 9))))).toMatch(/^3 tips in this backup have problems/);
  });

  it('refuses a file over the size cap before parsing it', async () => {
    const before = await dump(db);
    await expect(importBackup(db, baseText, { maxChars: baseText.length - 1 })).rejects.toMatchObject({
      code: 'bad-backup',
      message: expect.stringMatching(/too big.+Nothing was imported/),
    });
    expect(await importBackup(freshDb('cap-ok'), baseText, { maxChars: baseText.length })).toMatchObject({ added: 3 });
    expect(await dump(db)).toEqual(before);
  });

  it('the newer-version refusal has its own code, so the panel can offer the right help', async () => {
    const error = (await importBackup(db, edited((t) => (t.version = 2))).catch((e: unknown) => e)) as LibraryError;
    expect(error.code).toBe('newer-backup');
  });

  it('after all of that, the library still holds exactly its own tips', async () => {
    const rows = await db.tips.toArray();
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.notes !== 'changed in the file')).toBe(true);
  });
});
