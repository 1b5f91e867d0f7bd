// Shared shapes for the draft guard. Kept free of logic so every module
// (detectors, merge, fixes, assessment, UI) can import them without cycles.

export type FindingKind =
  | 'PERSON'
  | 'EMAIL'
  | 'PHONE'
  | 'ADDRESS'
  | 'POSTCODE'
  | 'DOB'
  | 'DATE'
  | 'ID_NUMBER'
  | 'LOCATION'
  | 'ORGANIZATION'
  | 'URL'
  | 'HANDLE'
  | 'CARD'
  | 'IBAN'
  | 'IP'
  | 'AGE'
  | 'PERSONAL_TERM';

export const FINDING_KINDS: readonly FindingKind[] = [
  'PERSON', 'EMAIL', 'PHONE', 'ADDRESS', 'POSTCODE', 'DOB', 'DATE', 'ID_NUMBER', 'LOCATION',
  'ORGANIZATION', 'URL', 'HANDLE', 'CARD', 'IBAN', 'IP', 'AGE', 'PERSONAL_TERM',
];

/** high: identifies on its own · medium: narrows down who you are · low: worth a glance. */
export type Severity = 'high' | 'medium' | 'low';

export type Audience = 'public' | 'private' | 'unknown';

/** A suggested replacement for the flagged text. */
export interface Fix {
  /** Short button text, e.g. "Use initials". */
  label: string;
  /** The text that would replace the finding. */
  replacement: string;
}

export interface Finding {
  /** UTF-16 offset of the first character (inclusive). */
  start: number;
  /** UTF-16 offset just past the last character (exclusive). */
  end: number;
  kind: FindingKind;
  severity: Severity;
  /** Plain words, at most 25, saying why this was flagged. */
  reason: string;
  fixes: Fix[];
  /**
   * What kind of quasi-identifier this is, when it is one (town, employer,
   * school…). Used to spot risky combinations; absent for direct identifiers.
   */
  facet?: QuasiFacet;
}

/** The kinds of "narrows you down" detail that become risky together. */
export type QuasiFacet =
  | 'age'
  | 'town'
  | 'postcode'
  | 'employer'
  | 'school'
  | 'hospital'
  | 'date'
  | 'birth date'
  | 'family'
  | 'clinician'
  | 'place';

/** Categories a person can give their own terms, used for wording and fixes. */
export type PersonalTermCategory =
  | 'name'
  | 'family'
  | 'town'
  | 'employer'
  | 'school'
  | 'hospital'
  | 'clinician'
  | 'other';

export interface PersonalTerm {
  term: string;
  category?: PersonalTermCategory;
}

export interface ScanOptions {
  /** The person's own words to always catch: their name, children's names, town, employer… */
  personalTerms?: ReadonlyArray<string | PersonalTerm>;
  /** Who will read the post. Public raises quasi-identifiers one level. Default 'unknown'. */
  audience?: Audience;
  /** Terms the person said are fine to share; findings whose text matches are dropped. */
  allowList?: readonly string[];
}

/** Internal: a raw detector hit before merging and wording. */
export interface Candidate {
  start: number;
  end: number;
  kind: FindingKind;
  severity: Severity;
  /** Higher wins ties in overlap resolution; reflects how sure the detector is. */
  confidence: number;
  facet?: QuasiFacet;
  /** Optional override for the reason text. */
  reason?: string;
  /** Sub-type used for wording and fixes, e.g. 'NHS number', 'clinician'. */
  detail?: string;
  /**
   * Read from the shape around it (the town after a street, the postcode in an address block):
   * wins over guesses about the same words ("Mora de Rubielos" after a street is a town, not a name).
   */
  structural?: boolean;
}

export type DraftLevel = 'none' | 'low' | 'medium' | 'high';

export interface DraftAssessment {
  level: DraftLevel;
  combination?: { message: string; kinds: QuasiFacet[] };
}
