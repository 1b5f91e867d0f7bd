/**
 * The one library connection for this extension context (side panel, options
 * page or background). IndexedDB belongs to the extension origin, so only those
 * contexts may call this; content scripts send messages instead.
 */
import { SpoonbookDb } from '@/utils/library';

let shared: SpoonbookDb | undefined;

/** The library database, opened lazily by Dexie on first use. */
export function getLibraryDb(): SpoonbookDb {
  shared ??= new SpoonbookDb();
  return shared;
}
