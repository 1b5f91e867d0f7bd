// Shapes shared by the risky-claim checker and the code that shows its results.

/** How much a sentence needs checking before anyone acts on it. */
export type ClaimTier = 'high' | 'medium' | 'low';

/** The highest tier in a text, or 'none' when nothing was flagged. */
export type OverallTier = ClaimTier | 'none';

export type ClaimCategory =
  | 'stop-medication'
  | 'dose-change'
  | 'replace-treatment'
  | 'supplement-interaction'
  | 'delay-care'
  | 'no-prescription'
  | 'cure-language'
  | 'conspiracy'
  | 'quick-fix'
  | 'sales'
  | 'certainty';

export interface ClaimFlag {
  tier: ClaimTier;
  category: ClaimCategory;
  /** UTF-16 offset of the first matched character. */
  start: number;
  /** UTF-16 offset just past the last matched character. */
  end: number;
  /** Plain-language note for the person, at most 25 words. */
  note: string;
  /** Set when the tier was lowered one step because the sentence refers to a clinician or warns against the thing. */
  lowered?: 'referral' | 'negation';
}
