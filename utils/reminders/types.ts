// The slice of a saved tip that verification and reminders need. utils/library owns
// the full Tip (utils/library/types.ts); these types are a structural subset of it,
// so a stored tip can be passed in as it is (checked in tests/utils/reminders/compat.test.ts).

export type VerificationStatus = 'unverified' | 'checked' | 'discussed' | 'disputed';

/** The five checklist questions plus the medicine gate, by the ids the library stores. */
export type ChecklistQuestionId = 'who' | 'trustedSource' | 'current' | 'risks' | 'selling' | 'medicineChange';

/** Stored answer; each question shows its own wording for these (see checklist.ts). */
export type ChecklistAnswerId = 'yes' | 'no' | 'not-sure';

export type ClinicianOutcome = 'ok-to-try' | 'try-with-monitoring' | 'not-for-me';

export interface Verification {
  status: VerificationStatus;
  /** A skipped question is absent. */
  checklist: Partial<Record<ChecklistQuestionId, ChecklistAnswerId>>;
  /** Where the person checked ("NHS page on…", "asked my pharmacist"). */
  sourcesNote: string;
  outcome?: ClinicianOutcome;
  /** "Clinician said…" in the person's own words. */
  outcomeNote?: string;
  /** ISO timestamp; local noon of the day of the conversation. */
  outcomeDate?: string;
  /** On the "Discuss with my clinician" list. */
  onClinicianList: boolean;
  /** ISO timestamp of the next check reminder (derived; see tipDueAt). */
  dueAt?: string;
  /**
   * The person's question for their clinician about this tip.
   * Not (yet) a field of utils/library's Verification.
   */
  clinicianQuestion?: string;
}

/** A saved tip as far as this module is concerned. */
export interface TipLike {
  id: string;
  /** The saved passage, as plain text. */
  text: string;
  /** ISO timestamp. */
  savedAt: string;
  /** ISO timestamp of the last change. */
  updatedAt?: string;
  pageUrl?: string;
  pageTitle?: string;
  permalink?: string;
  /** Group or forum name. */
  group?: string;
  verification: Verification;
}
