/**
 * Saving, editing, deleting and restoring tips. Each write is one IndexedDB
 * transaction, so a worker killed mid-save leaves either the whole tip or
 * nothing; the caller hears "saved" only after the transaction completed.
 */
import * as v from 'valibot';
import type { SpoonbookDb } from './db';
import { LibraryError, MESSAGES, withReopen } from './errors';
import { describeIssue } from './issues';
import { applyTipPatch, applyVerificationPatch, canonicalTip, defaultVerification, toStoredTip, toTip, withoutUndefined } from './record';
import { SaveTipInput, TipPatch, TipSchema } from './schema';
import type { StoredTip, Tip } from './types';
import { tipWords } from './words';

/** The part of utils/sanitize a writer needs. Without one (a service worker has no DOM), HTML is not kept. */
export interface HtmlSanitizer {
  sanitizeHtml(html: string): string;
}

export interface WriteOptions {
  sanitizer?: HtmlSanitizer;
  /** For tests; defaults to the clock. */
  now?: () => Date;
  /** For tests; defaults to crypto.randomUUID. */
  newId?: () => string;
}

export interface SaveResult {
  tip: Tip;
  /** False when the passage (or this very save, retried) was already in the library. */
  created: boolean;
}

function parseOrThrow<S extends v.GenericSchema>(schema: S, input: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const details = result.issues.slice(0, 5).map(describeIssue);
  throw new LibraryError('invalid-input', `${what}: ${details[0] ?? 'it has the wrong shape'}.`, { input, details });
}

/** Opens the database if needed and refuses to write into a library a newer Spoonbook has upgraded. */
async function assertWritable(db: SpoonbookDb, input: unknown): Promise<void> {
  if (!db.isOpen()) await db.open();
  if (db.newerSchemaVersion !== undefined) throw new LibraryError('newer-library', MESSAGES.newerLibrary, { input });
}

/** The formatted copy is optional: if it can't be cleaned, the tip is kept as text rather than lost. */
function sanitizedHtml(html: string | undefined, sanitizer: HtmlSanitizer | undefined): string | undefined {
  if (html === undefined || !sanitizer) return undefined;
  try {
    const clean = sanitizer.sanitizeHtml(html);
    return clean.trim() ? clean : undefined;
  } catch {
    return undefined;
  }
}

function siteFromAddress(address: string): string {
  return new URL(address).hostname.replace(/^www\./, '');
}

async function findExisting(db: SpoonbookDb, row: StoredTip): Promise<StoredTip | undefined> {
  return (await db.tips.get(row.id)) ?? (await db.tips.get({ dedupeKey: row.dedupeKey }));
}

/**
 * Saves a passage. Saving the same passage again (same site, page and quote,
 * ignoring case, accents and spacing), or retrying with the same `id`, returns
 * the tip already saved instead of adding a second one.
 */
export async function saveTip(db: SpoonbookDb, input: SaveTipInput, options: WriteOptions = {}): Promise<SaveResult> {
  const parsed = parseOrThrow(SaveTipInput, input, "This tip couldn't be saved");
  const now = (options.now?.() ?? new Date()).toISOString();
  const tip: Tip = withoutUndefined({
    id: parsed.id ?? options.newId?.() ?? crypto.randomUUID(),
    text: parsed.text,
    quote: {
      exact: parsed.quote?.exact.trim() ? parsed.quote.exact : parsed.text,
      prefix: parsed.quote?.prefix ?? '',
      suffix: parsed.quote?.suffix ?? '',
    },
    permalink: parsed.permalink,
    pageUrl: parsed.pageUrl,
    pageTitle: parsed.pageTitle,
    site: parsed.site || siteFromAddress(parsed.pageUrl),
    group: parsed.group || undefined,
    postedAt: parsed.postedAt,
    savedAt: now,
    updatedAt: now,
    author: parsed.author,
    html: sanitizedHtml(parsed.html, options.sanitizer),
    tags: parsed.tags,
    conditions: parsed.conditions,
    supportType: parsed.supportType,
    notes: parsed.notes,
    helpedMe: parsed.helpedMe,
    verification: applyVerificationPatch(defaultVerification(), parsed.verification),
  });
  const row = await toStoredTip(tip);

  return withReopen(
    db,
    async () => {
      await assertWritable(db, input);
      try {
        // Look-then-add inside one read-write transaction: IndexedDB runs such
        // transactions one at a time, so a racing save sees this one's row.
        return await db.transaction('rw', db.tips, async () => {
          const existing = await findExisting(db, row);
          if (existing) return { tip: toTip(existing), created: false };
          await db.tips.add(row);
          return { tip: toTip(row), created: true };
        });
      } catch (error) {
        // Backstop for the unique index: another connection won the race.
        if ((error as { name?: string } | null)?.name !== 'ConstraintError') throw error;
        const existing = await findExisting(db, row);
        if (!existing) throw error;
        return { tip: toTip(existing), created: false };
      }
    },
    { input },
  );
}

/** The tip with this id, or undefined. */
export async function getTip(db: SpoonbookDb, id: string): Promise<Tip | undefined> {
  return withReopen(db, async () => {
    const row = await db.tips.get(id);
    return row && toTip(row);
  });
}

/** Applies an edit from the detail view and returns the updated tip. */
export async function updateTip(db: SpoonbookDb, id: string, patch: TipPatch, options: WriteOptions = {}): Promise<Tip> {
  const parsed = parseOrThrow(TipPatch, patch, "This change couldn't be saved");
  const now = (options.now?.() ?? new Date()).toISOString();
  return withReopen(
    db,
    async () => {
      await assertWritable(db, patch);
      return db.transaction('rw', db.tips, async () => {
        const current = await db.tips.get(id);
        if (!current) throw new LibraryError('not-found', MESSAGES.notFound, { input: patch });
        const next = applyTipPatch(toTip(current), parsed);
        next.updatedAt = now;
        // The dedupe key follows the quote and page, which edits don't touch.
        const row: StoredTip = { ...canonicalTip(next), dedupeKey: current.dedupeKey, words: tipWords(next) };
        await db.tips.put(row);
        return toTip(row);
      });
    },
    { input: patch, outOfSpace: MESSAGES.outOfSpaceEdit },
  );
}

/** Deletes a tip and returns it, so "Undo" can hand it to restoreTip. Undefined if it was already gone. */
export async function deleteTip(db: SpoonbookDb, id: string): Promise<Tip | undefined> {
  return withReopen(db, async () => {
    await assertWritable(db, id);
    return db.transaction('rw', db.tips, async () => {
      const row = await db.tips.get(id);
      if (!row) return undefined;
      await db.tips.delete(id);
      return toTip(row);
    });
  });
}

/**
 * Puts back a tip returned by deleteTip. If the same passage was saved again in
 * the meantime, that newer tip is kept and returned (restored: false).
 * HTML is re-sanitised when a sanitizer is given; a tip from deleteTip already
 * holds only sanitised HTML.
 */
export async function restoreTip(db: SpoonbookDb, tip: Tip, options: WriteOptions = {}): Promise<{ tip: Tip; restored: boolean }> {
  const parsed: Tip = withoutUndefined(parseOrThrow(TipSchema, tip, "This tip couldn't be put back"));
  if (parsed.html !== undefined && options.sanitizer) {
    const html = sanitizedHtml(parsed.html, options.sanitizer);
    if (html === undefined) delete parsed.html;
    else parsed.html = html;
  }
  const row = await toStoredTip(parsed);
  return withReopen(
    db,
    async () => {
      await assertWritable(db, tip);
      return db.transaction('rw', db.tips, async () => {
        const existing = await findExisting(db, row);
        if (existing) return { tip: toTip(existing), restored: false };
        await db.tips.add(row);
        return { tip: toTip(row), restored: true };
      });
    },
    { input: tip },
  );
}
