// What the person reads next to a flag. Plain words, no blame, at most 25 words,
// and never a promise that something is fine to do.
import type { ClaimCategory, ClaimFlag } from './types';

const NOTES: Record<ClaimCategory, string> = {
  'stop-medication': 'Stopping a medicine suddenly can be risky. Check with your doctor or pharmacist first.',
  'dose-change': 'Changing a dose can be risky. Check with your doctor or pharmacist before changing yours.',
  'replace-treatment': 'Swapping a prescribed treatment for something else can be risky. Talk it through with your doctor first.',
  'supplement-interaction': 'Some supplements and foods change how medicines work. Ask a pharmacist how this fits with your medicines.',
  'delay-care': 'Putting off care or checks can let problems grow unnoticed. Talk to your care team before changing this.',
  'no-prescription': 'Medicines from other people or unofficial sellers may be fake or wrong for you. A pharmacist can help.',
  'cure-language': "Words like 'cure' or 'miracle' often promise more than a remedy can do. See what a trusted source says.",
  conspiracy: 'Claims that doctors or companies hide things are rarely backed up. See what a trusted source says.',
  'quick-fix': 'Promises of very fast results are a common warning sign. Worth a second look.',
  sales: 'Someone may be selling something here, which can colour what they say.',
  certainty: 'Nothing works for everyone. Strong promises are worth a second look.',
};

const LOWERED: Record<NonNullable<ClaimFlag['lowered']>, string> = {
  referral: 'A clinician is part of this. What suits one person may not suit you, so check before copying it.',
  negation: 'This seems to warn against it. If it matters to you, your doctor or pharmacist can say more.',
};

export function noteFor(category: ClaimCategory, lowered?: ClaimFlag['lowered']): string {
  return lowered ? LOWERED[lowered] : NOTES[category];
}

/** Every note the checker can show, for tests of wording and length. */
export const ALL_NOTES: readonly string[] = [...Object.values(NOTES), ...Object.values(LOWERED)];
