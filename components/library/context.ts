/**
 * What every part of the library UI needs from outside: the database and the
 * few browser powers it uses. Passed in (not imported) so tests can give each
 * case its own database and fakes.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { HtmlSanitizer, SpoonbookDb, Tip } from '@/utils/library';

/** The part of navigator.storage the panel uses. */
export interface StorageKeeper {
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
}

export interface LibraryEnvironment {
  db: SpoonbookDb;
  /** Cleans HTML in imported backups; without one, formatted copies are dropped and the text kept. */
  sanitizer?: HtmlSanitizer;
  /**
   * Opens a saved tip's web page (`url`, already checked to be http(s)) in a new tab and tries to find the
   * passage there; may return a plain sentence saying whether it was found.
   */
  openPage: (url: string, tip: Tip) => Promise<string | void>;
  /** Asks the browser to keep the library when space runs low; absent where the browser has no such thing. */
  storage?: StorageKeeper;
  /** Starts a file download; the default makes a Blob link in this document. */
  download?: (name: string, type: string, content: string) => void;
  /** Opens the print dialog; the default is window.print. */
  print?: () => void;
  /** For tests; defaults to the clock. */
  now?: () => Date;
}

export const LibraryContext = createContext<LibraryEnvironment | null>(null);

export function useLibrary(): LibraryEnvironment {
  const environment = useContext(LibraryContext);
  if (!environment) throw new Error('Library components need a LibraryContext provider.');
  return environment;
}
