/**
 * Everything that can go wrong in the library, as one error type whose message
 * can be shown to the person as it is. Storage errors keep the input so the UI
 * can hold on to what the person was saving.
 */
import type Dexie from 'dexie';

export type LibraryErrorCode =
  /** The save or edit itself is malformed (a bug or a forged message, not the person's fault). */
  | 'invalid-input'
  /** The device or browser storage is full. */
  | 'out-of-space'
  /** IndexedDB can't be opened (private window, storage switched off, browser fault). */
  | 'unavailable'
  /** The tip was deleted meanwhile. */
  | 'not-found'
  /** A newer Spoonbook has used this library; writing could damage its data. */
  | 'newer-library'
  /** The backup file is damaged or isn't a Spoonbook backup. */
  | 'bad-backup'
  /** The backup was made by a newer Spoonbook. */
  | 'newer-backup'
  | 'unknown';

export class LibraryError extends Error {
  override readonly name = 'LibraryError';
  constructor(
    readonly code: LibraryErrorCode,
    /** Plain words, fit to show as they are. */
    message: string,
    readonly options: {
      /** What the person was saving, kept so nothing is lost. */
      input?: unknown;
      /** Further plain-word details (e.g. one line per bad row in a backup). */
      details?: string[];
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
  }

  get input(): unknown {
    return this.options.input;
  }

  get details(): string[] {
    return this.options.details ?? [];
  }
}

export const MESSAGES = {
  outOfSpace:
    "Your device is out of space, so this tip wasn't saved. Your text is kept here — free some space and try again.",
  outOfSpaceEdit:
    "Your device is out of space, so this change wasn't saved. Your changes are kept here — free some space and try again.",
  outOfSpaceImport:
    "Your device is out of space, so the backup wasn't imported. Your library is as it was — free some space and try again.",
  unavailable:
    "Spoonbook can't open your library in this window. In a private window the browser doesn't let it keep tips; in a normal window, try closing and reopening the browser. Your text is kept here.",
  newerLibrary:
    'Your library was last used by a newer version of Spoonbook. Update Spoonbook before saving or changing tips, so nothing gets mixed up.',
  notFound: 'This tip is no longer in your library. It may have been deleted in another window.',
  unknown: "Something went wrong and this wasn't saved. Your text is kept here — please try again.",
} as const;

/** Names of the error and everything it wraps (Dexie puts the IndexedDB error in `inner`). */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  const queue: unknown[] = [error];
  for (let i = 0; i < queue.length && i < 20; i++) {
    const item = queue[i];
    if (!item || typeof item !== 'object') continue;
    const record = item as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown; message?: unknown };
    if (typeof record.name === 'string') names.push(record.name);
    // Chrome reports a full disk as "UnknownError"/"AbortError" with the reason only in the text.
    if (typeof record.message === 'string' && /quota|disk (?:is )?full|no space/i.test(record.message)) names.push('QuotaExceededError');
    queue.push(record.inner, record.cause);
    if (Array.isArray(record.failures)) queue.push(...record.failures);
  }
  return names;
}

export function isClosedError(error: unknown): boolean {
  return errorNames(error).includes('DatabaseClosedError');
}

export interface ErrorContext {
  /** What the person was saving; kept on the error so nothing is lost. */
  input?: unknown;
  /** The out-of-space message for this kind of write (default: a tip wasn't saved). */
  outOfSpace?: string;
}

/** Maps anything thrown by Dexie or IndexedDB to a LibraryError with plain words. */
export function toLibraryError(error: unknown, context: ErrorContext = {}): LibraryError {
  if (error instanceof LibraryError) return error;
  const { input } = context;
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) {
    return new LibraryError('out-of-space', context.outOfSpace ?? MESSAGES.outOfSpace, { input, cause: error });
  }
  if (names.some((name) => ['InvalidStateError', 'MissingAPIError', 'OpenFailedError', 'SecurityError', 'DatabaseClosedError', 'InvalidAccessError'].includes(name))) {
    return new LibraryError('unavailable', MESSAGES.unavailable, { input, cause: error });
  }
  return new LibraryError('unknown', MESSAGES.unknown, { input, cause: error });
}

/**
 * Runs a library operation; if the connection was closed under it (the service
 * worker slept and woke), reopens once and runs it again. Any other failure, or
 * a second one, becomes a LibraryError that keeps `context.input`.
 */
export async function withReopen<T>(db: Dexie, operation: () => Promise<T>, context: ErrorContext = {}): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!isClosedError(error)) throw toLibraryError(error, context);
  }
  try {
    if (!db.isOpen()) await db.open();
    return await operation();
  } catch (error) {
    throw toLibraryError(error, context);
  }
}
