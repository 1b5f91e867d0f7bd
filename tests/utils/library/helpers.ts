import { JSDOM } from 'jsdom';
import type { WindowLike } from 'dompurify';
import { SpoonbookDb } from '@/utils/library/db';
import type { SaveTipInput } from '@/utils/library/schema';
import { createSanitizer, type Sanitizer } from '@/utils/sanitize';

let counter = 0;

/** A database name no other test uses (fake-indexeddb is shared by the whole worker). */
export function freshName(label = 'db'): string {
  counter += 1;
  return `test-${label}-${counter}-${Math.random().toString(36).slice(2)}`;
}

export function freshDb(label?: string): SpoonbookDb {
  return new SpoonbookDb(freshName(label));
}

/** A clock that moves one second per call, from a fixed start, so savedAt values differ and sort. */
export function steppingClock(start = '2025-01-01T09:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const now = new Date(t);
    t += 1000;
    return now;
  };
}

export function tipInput(overrides: Partial<SaveTipInput> = {}): SaveTipInput {
  return {
    text: 'Try lying on your left side after meals; it eased my reflux within a week.',
    pageUrl: 'https://www.facebook.com/groups/123456/posts/789',
    pageTitle: 'Reflux Support UK | Facebook',
    site: 'facebook',
    group: 'Reflux Support UK',
    author: 'Sam Example',
    tags: ['reflux', 'sleep'],
    conditions: ['GERD'],
    supportType: 'practical',
    notes: '',
    ...overrides,
  };
}

/** Everything in the database, in a stable order, for before/after comparisons. */
export async function dump(db: SpoonbookDb): Promise<unknown> {
  const tips = (await db.tips.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
  const meta = (await db.meta.toArray()).sort((a, b) => (a.key < b.key ? -1 : 1));
  return { tips, meta };
}

let sharedSanitizer: Sanitizer | undefined;

/** A real DOMPurify sanitiser over a jsdom window (DOMPurify misbehaves under happy-dom). */
export function jsdomSanitizer(): Sanitizer {
  sharedSanitizer ??= createSanitizer(new JSDOM('<!doctype html><html><body></body></html>').window as unknown as WindowLike);
  return sharedSanitizer;
}
