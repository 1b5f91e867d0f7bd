import { describe, expect, it } from 'vitest';
import Dexie, { type DBCore, type Middleware } from 'dexie';
import { SpoonbookDb } from '@/utils/library/db';
import { deleteTip, getTip, restoreTip, saveTip, updateTip } from '@/utils/library/save';
import { LibraryError, MESSAGES, withReopen } from '@/utils/library/errors';
import { tipWords } from '@/utils/library/words';
import { dump, freshDb, freshName, jsdomSanitizer, steppingClock, tipInput } from './helpers';

describe('saveTip', () => {
  it('stores a complete tip with defaults, normalised text and search words', async () => {
    const db = freshDb('save');
    const { tip, created } = await saveTip(
      db,
      tipInput({ text: '  Try lying on your left side\r\n\r\n\r\nafter meals.  ', tags: [' reflux ', 'Reflux', 'sleep'], postedAt: '2024-12-31T20:00:00+01:00' }),
      { now: () => new Date('2025-02-03T04:05:06.007Z'), newId: () => '11111111-2222-4333-8444-555555555555' },
    );
    expect(created).toBe(true);
    expect(tip).toEqual({
      id: '11111111-2222-4333-8444-555555555555',
      text: 'Try lying on your left side\n\nafter meals.',
      quote: { exact: 'Try lying on your left side\n\nafter meals.', prefix: '', suffix: '' },
      pageUrl: 'https://www.facebook.com/groups/123456/posts/789',
      pageTitle: 'Reflux Support UK | Facebook',
      site: 'facebook',
      group: 'Reflux Support UK',
      postedAt: '2024-12-31T19:00:00.000Z',
      savedAt: '2025-02-03T04:05:06.007Z',
      updatedAt: '2025-02-03T04:05:06.007Z',
      author: 'Sam Example',
      tags: ['reflux', 'sleep'],
      conditions: ['GERD'],
      supportType: 'practical',
      notes: '',
      verification: { status: 'unverified', checklist: {}, sourcesNote: '', onClinicianList: false },
    });
    const row = await db.tips.get(tip.id);
    expect(row?.words).toEqual(tipWords(tip));
    expect(row?.dedupeKey).toMatch(/^[0-9a-f]{64}$/);
    expect(await getTip(db, tip.id)).toEqual(tip);
    db.close();
  });

  it('keeps the quote selector as given (it must match the page), and falls back to the site host', async () => {
    const db = freshDb('quote');
    const quote = { exact: 'left  side', prefix: 'Try lying on your ', suffix: ' after meals' };
    const { tip } = await saveTip(db, tipInput({ quote, site: undefined, pageUrl: 'https://www.healthunlocked.com/x' }));
    expect(tip.quote).toEqual(quote);
    expect(tip.site).toBe('healthunlocked.com');
    db.close();
  });

  it('keeps author null when names are switched off, and drops a bad permalink or post date instead of refusing', async () => {
    const db = freshDb('lenient');
    const { tip } = await saveTip(db, tipInput({ author: null, permalink: 'javascript:alert(1)', postedAt: 'last Tuesday' }));
    expect(tip.author).toBeNull();
    expect(tip).not.toHaveProperty('permalink');
    expect(tip).not.toHaveProperty('postedAt');
    db.close();
  });

  it.each([
    ['no text', { text: '   \n ' }],
    ['a javascript: page address', { pageUrl: 'javascript:alert(document.cookie)' }],
    ['an unknown field', { evil: true }],
    ['a rating of 7', { helpedMe: 7 }],
    ['a made-up support type', { supportType: 'magic' }],
    ['text over 100,000 characters', { text: 'a'.repeat(100_001) }],
  ])('refuses %s with a LibraryError that keeps the input', async (_label, overrides) => {
    const db = freshDb('invalid');
    const input = tipInput(overrides as never);
    const error = await saveTip(db, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect(error).toMatchObject({ code: 'invalid-input', input });
    expect((error as LibraryError).message).toMatch(/^This tip couldn't be saved: .+\.$/);
    expect(await db.tips.count()).toBe(0);
    db.close();
  });

  it('stores HTML only through the sanitiser, and not at all without one', async () => {
    const db = freshDb('html');
    const html = '<p onclick="x()">Hi <img src="https://evil.example/t.png"><a href="javascript:alert(1)">x</a><script>alert(1)</script></p>';
    const withSanitizer = await saveTip(db, tipInput({ html }), { sanitizer: jsdomSanitizer() });
    expect(withSanitizer.tip.html).toBe('<p>Hi <a>x</a></p>');
    const without = await saveTip(db, tipInput({ html, text: 'another passage' }));
    expect(without.tip).not.toHaveProperty('html');
    const broken = { sanitizeHtml: () => { throw new Error('no DOM'); } };
    const keptAsText = await saveTip(db, tipInput({ html, text: 'a third passage' }), { sanitizer: broken });
    expect(keptAsText.created).toBe(true);
    expect(keptAsText.tip).not.toHaveProperty('html');
    db.close();
  });
});

describe('dedupe', () => {
  it('saving the same passage again returns the first tip', async () => {
    const db = freshDb('dup');
    const first = await saveTip(db, tipInput());
    const again = await saveTip(
      db,
      tipInput({
        text: 'TRY lying on your LEFT side after meals;  it eased my reflux within a week.',
        pageUrl: 'https://www.facebook.com/groups/123456/posts/789?__cft__[0]=zz&__tn__=R#comment',
        tags: ['different'],
      }),
    );
    expect(again).toEqual({ tip: first.tip, created: false });
    expect(await db.tips.count()).toBe(1);
    db.close();
  });

  it('different passages, pages or sites are different tips', async () => {
    const db = freshDb('distinct');
    await saveTip(db, tipInput());
    expect((await saveTip(db, tipInput({ text: 'Try lying on your right side.' }))).created).toBe(true);
    expect((await saveTip(db, tipInput({ pageUrl: 'https://www.facebook.com/groups/123456/posts/790' }))).created).toBe(true);
    expect((await saveTip(db, tipInput({ site: 'reddit' }))).created).toBe(true);
    expect(await db.tips.count()).toBe(4);
    db.close();
  });

  it('a retried save with the same client id returns the first attempt', async () => {
    const db = freshDb('retry');
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const first = await saveTip(db, tipInput({ id }));
    const retry = await saveTip(db, tipInput({ id, text: 'edited while retrying' }));
    expect(retry).toEqual({ tip: first.tip, created: false });
    db.close();
  });

  it('two saves of the same passage at once store one tip (same connection)', async () => {
    const db = freshDb('race');
    const results = await Promise.all([saveTip(db, tipInput()), saveTip(db, tipInput()), saveTip(db, tipInput())]);
    expect(new Set(results.map((r) => r.tip.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.tips.count()).toBe(1);
    db.close();
  });

  it('two tabs (two connections) saving the same passage at once store one tip', async () => {
    const name = freshName('tabs');
    const tabA = new SpoonbookDb(name);
    const tabB = new SpoonbookDb(name);
    const [a, b] = await Promise.all([saveTip(tabA, tipInput()), saveTip(tabB, tipInput())]);
    expect(a.tip.id).toBe(b.tip.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await tabA.tips.count()).toBe(1);
    tabA.close();
    tabB.close();
  });

  it('two tabs saving different passages at once lose nothing', async () => {
    const name = freshName('tabs2');
    const tabs = [new SpoonbookDb(name), new SpoonbookDb(name)];
    const inputs = Array.from({ length: 10 }, (_, i) => tipInput({ text: `Tip ${i}: rest before you crash` }));
    await Promise.all(inputs.map((input, i) => saveTip(tabs[i % 2]!, input)));
    expect(await tabs[0]!.tips.count()).toBe(10);
    for (const tab of tabs) tab.close();
  });
});

describe('updateTip', () => {
  it('edits fields, clears optional ones with null, refreshes words and updatedAt', async () => {
    const db = freshDb('update');
    const clock = steppingClock();
    const { tip } = await saveTip(db, tipInput({ helpedMe: 3 }), { now: clock });
    const updated = await updateTip(
      db,
      tip.id,
      {
        notes: '  Asked my GP:\r\nshe said fine  ',
        tags: ['Reflux', 'night'],
        supportType: null,
        helpedMe: null,
        group: null,
        verification: { status: 'checked', checklist: { who: 'yes', risks: 'not-sure' }, dueAt: '2025-03-01T09:00:00Z', onClinicianList: true },
      },
      { now: clock },
    );
    expect(updated.notes).toBe('Asked my GP:\nshe said fine');
    expect(updated.tags).toEqual(['Reflux', 'night']);
    expect(updated).not.toHaveProperty('supportType');
    expect(updated).not.toHaveProperty('helpedMe');
    expect(updated).not.toHaveProperty('group');
    expect(updated.verification).toEqual({
      status: 'checked',
      checklist: { who: 'yes', risks: 'not-sure' },
      sourcesNote: '',
      onClinicianList: true,
      dueAt: '2025-03-01T09:00:00.000Z',
    });
    expect(updated.savedAt).toBe(tip.savedAt);
    expect(updated.updatedAt > tip.updatedAt).toBe(true);
    const row = await db.tips.get(tip.id);
    expect(row?.words).toContain('gp');
    expect(row?.words).not.toContain('spoonies');
    expect(row?.dedupeKey).toBe((await db.tips.get(tip.id))?.dedupeKey);

    const cleared = await updateTip(db, tip.id, { verification: { dueAt: null } });
    expect(cleared.verification).not.toHaveProperty('dueAt');
    db.close();
  });

  it('refuses a bad edit and a missing tip with plain messages, changing nothing', async () => {
    const db = freshDb('update-bad');
    const { tip } = await saveTip(db, tipInput());
    const before = await dump(db);
    await expect(updateTip(db, tip.id, { helpedMe: 9 })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(updateTip(db, tip.id, { verification: { checklist: { mood: 'yes' } } } as never)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(updateTip(db, '0f8fad5b-d9cb-469f-a165-70867728950e', { notes: 'x' })).rejects.toMatchObject({
      code: 'not-found',
      message: MESSAGES.notFound,
    });
    expect(await dump(db)).toEqual(before);
    db.close();
  });
});

describe('delete and undo', () => {
  it('deleteTip returns the tip, and restoreTip puts it back exactly', async () => {
    const db = freshDb('undo');
    const { tip } = await saveTip(db, tipInput({ html: '<p>Hi <b>there</b></p>' }), { sanitizer: jsdomSanitizer() });
    const before = await dump(db);
    const deleted = await deleteTip(db, tip.id);
    expect(deleted).toEqual(tip);
    expect(await db.tips.count()).toBe(0);
    expect(await deleteTip(db, tip.id)).toBeUndefined();
    expect(await restoreTip(db, deleted!)).toEqual({ tip, restored: true });
    expect(await dump(db)).toEqual(before);
    db.close();
  });

  it('undo after the passage was saved again keeps the newer tip', async () => {
    const db = freshDb('undo-race');
    const { tip } = await saveTip(db, tipInput());
    const deleted = (await deleteTip(db, tip.id))!;
    const again = await saveTip(db, tipInput());
    expect(await restoreTip(db, deleted)).toEqual({ tip: again.tip, restored: false });
    expect(await db.tips.count()).toBe(1);
    db.close();
  });
});

/** A DBCore middleware that makes every write fail the way a full disk does. */
function failingWrites(makeError: () => unknown): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return { ...table, mutate: () => Promise.reject(makeError()) };
      },
    }),
  };
}

describe('storage failures', () => {
  it.each([
    ['QuotaExceededError', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
    ["Chrome's AbortError wrapping it", () => new Dexie.AbortError('Transaction aborted', new DOMException('', 'QuotaExceededError'))],
  ])('a full disk (%s) gives the plain message and keeps the input', async (_label, makeError) => {
    const db = freshDb('quota');
    db.use(failingWrites(makeError));
    const input = tipInput();
    const error = await saveTip(db, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect(error).toMatchObject({ code: 'out-of-space', input, message: MESSAGES.outOfSpace });
    expect(MESSAGES.outOfSpace).toBe(
      "Your device is out of space, so this tip wasn't saved. Your text is kept here — free some space and try again.",
    );
    db.close();
  });

  it('a full disk while editing says the change (not a tip) was not saved, and keeps the edit', async () => {
    const db = freshDb('quota-edit');
    let armed = false;
    db.use({
      stack: 'dbcore',
      name: 'full-disk-later',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          return { ...table, mutate: (req) => (armed ? Promise.reject(new DOMException('', 'QuotaExceededError')) : table.mutate(req)) };
        },
      }),
    });
    const { tip } = await saveTip(db, tipInput());
    armed = true;
    const patch = { notes: 'my long note' };
    await expect(updateTip(db, tip.id, patch)).rejects.toMatchObject({ code: 'out-of-space', input: patch, message: MESSAGES.outOfSpaceEdit });
    armed = false;
    expect((await getTip(db, tip.id))?.notes).toBe('');
    db.close();
  });

  it('an unknown failure still keeps the input and says so plainly', async () => {
    const db = freshDb('unknown');
    db.use(failingWrites(() => new Error('boom')));
    const input = tipInput();
    await expect(saveTip(db, input)).rejects.toMatchObject({ code: 'unknown', input, message: MESSAGES.unknown });
    db.close();
  });

  it('reopens once after "Database has been closed" (service worker woke up) and saves', async () => {
    const db = freshDb('closed');
    await db.open();
    db.close();
    const { tip, created } = await saveTip(db, tipInput());
    expect(created).toBe(true);
    expect(db.isOpen()).toBe(true);
    db.close();
    expect((await updateTip(db, tip.id, { notes: 'after wake' })).notes).toBe('after wake');
    db.close();
  });

  it('withReopen retries exactly once after a DatabaseClosedError, reopening first', async () => {
    const db = freshDb('reopen');
    await db.open();
    db.close();
    let calls = 0;
    const result = await withReopen(db, async () => {
      calls++;
      if (calls === 1) throw new Dexie.DatabaseClosedError();
      return db.tips.count();
    });
    expect(result).toBe(0);
    expect(calls).toBe(2);
    expect(db.isOpen()).toBe(true);

    calls = 0;
    const input = { text: 'kept' };
    const error = await withReopen(
      db,
      async () => {
        calls++;
        throw new Dexie.DatabaseClosedError();
      },
      { input },
    ).catch((e: unknown) => e);
    expect(calls).toBe(2);
    expect(error).toMatchObject({ code: 'unavailable', input, message: MESSAGES.unavailable });
    db.close();
  });

  it('a connection closed in the middle of a save is reopened and the save goes through', async () => {
    const db = freshDb('midsave');
    let closedOnce = false;
    db.use({
      stack: 'dbcore',
      name: 'close-once',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          return {
            ...table,
            mutate: (req) => {
              if (closedOnce) return table.mutate(req);
              closedOnce = true;
              db.close();
              return Promise.reject(new Dexie.DatabaseClosedError('Database has been closed'));
            },
          };
        },
      }),
    });
    const { created } = await saveTip(db, tipInput());
    expect(closedOnce).toBe(true);
    expect(created).toBe(true);
    expect(await db.tips.count()).toBe(1);
    db.close();
  });
});
