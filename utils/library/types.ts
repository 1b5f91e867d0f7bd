/**
 * What a saved tip is. These types are the contract between the background
 * (which writes), the side panel (which reads and edits) and backups (which
 * carry tips between versions), so every field is documented here.
 */

export const SUPPORT_TYPES = ['informational', 'emotional', 'practical', 'appraisal'] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];

export const VERIFICATION_STATUSES = ['unverified', 'checked', 'discussed', 'disputed'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/**
 * The short checklist from research/library-and-verify.md §1: five questions and
 * the medicine gate. Stored by id so the wording can change without a migration.
 */
export const CHECKLIST_QUESTIONS = ['who', 'trustedSource', 'current', 'risks', 'selling', 'medicineChange'] as const;
export type ChecklistQuestion = (typeof CHECKLIST_QUESTIONS)[number];

/** A skipped question is simply absent from the checklist. */
export const CHECKLIST_ANSWERS = ['yes', 'no', 'not-sure'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

/** What the clinician said, recorded after the appointment ("close the loop"). */
export const OUTCOMES = ['ok-to-try', 'try-with-monitoring', 'not-for-me'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** W3C Web Annotation TextQuoteSelector: finds the passage again on the page. */
export interface TextQuote {
  exact: string;
  /** About 32 characters just before `exact` on the page ('' when unknown). */
  prefix: string;
  /** About 32 characters just after `exact` on the page ('' when unknown). */
  suffix: string;
}

export interface Verification {
  status: VerificationStatus;
  checklist: Partial<Record<ChecklistQuestion, ChecklistAnswer>>;
  /** Where the person checked ("NHS page on…", "asked my pharmacist"). */
  sourcesNote: string;
  outcome?: Outcome;
  /** "Clinician said…" in the person's own words. */
  outcomeNote?: string;
  /** ISO timestamp. */
  outcomeDate?: string;
  /** The person's question for their clinician about this tip, in their own words. */
  clinicianQuestion?: string;
  /** On the "Discuss with my clinician" list. */
  onClinicianList: boolean;
  /** ISO timestamp: when to remind the person to check this tip. */
  dueAt?: string;
}

export interface Tip {
  /** Random UUID, made by whoever first saved the tip; stable across backups. */
  id: string;
  /** The saved passage as plain text (normalised line breaks and spaces). */
  text: string;
  quote: TextQuote;
  /** Best effort (Facebook fills it only on hover). http(s) only. */
  permalink?: string;
  /** http(s) only. */
  pageUrl: string;
  pageTitle: string;
  /** Site id from the adapter ('facebook', 'reddit', …) or the page's host name. */
  site: string;
  /** Group or forum name. */
  group?: string;
  /** ISO timestamp of the post, when the page shows it. */
  postedAt?: string;
  /** ISO timestamp. */
  savedAt: string;
  /** ISO timestamp of the last change by the person (equals savedAt at first). */
  updatedAt: string;
  /**
   * The post author's display name. `null` means the person has turned off storing
   * other people's names; absent means the page didn't show one.
   */
  author?: string | null;
  /** Only ever the output of utils/sanitize. The UI renders `text`, not this. */
  html?: string;
  tags: string[];
  conditions: string[];
  supportType?: SupportType;
  notes: string;
  /**
   * "Helped me" as a whole-number rating from 0 (did not help me) to 5 (helped a
   * lot); absent means not rated yet. A rating rather than a yes/no because people
   * often find a tip helps a little, and a yes/no maps onto it (0 / 5) if the UI wants.
   */
  helpedMe?: number;
  verification: Verification;
}

/** A tip as kept in IndexedDB: plus fields derived from it, never exported. */
export interface StoredTip extends Tip {
  /** SHA-256 (hex) of site + page address + normalised quote: one row per passage. */
  dedupeKey: string;
  /** Search words (see words.ts) from text, notes, tags, conditions and group. */
  words: string[];
}

/** Size limits: generous for real posts, small enough that a bad file can't swamp the device. */
export const LIMITS = {
  text: 100_000,
  notes: 100_000,
  html: 200_000,
  quoteContext: 256,
  url: 4_000,
  shortText: 1_000,
  site: 200,
  tag: 100,
  tagsPerTip: 100,
  sourcesNote: 20_000,
  clinicianQuestion: 2_000,
  /**
   * Backup file size in characters. Near the longest string JavaScript engines
   * allow (V8: about 536 million), so any library this code can export, it can import.
   */
  backupChars: 500_000_000,
  tipsPerBackup: 200_000,
} as const;
