// One-line summaries of a set of flags, for the save confirmation and list badges.
import type { ClaimFlag, OverallTier } from './types';

/** The highest tier among the flags, or 'none'. */
export function overallTier(flags: readonly ClaimFlag[]): OverallTier {
  if (flags.some((f) => f.tier === 'high')) return 'high';
  if (flags.some((f) => f.tier === 'medium')) return 'medium';
  if (flags.some((f) => f.tier === 'low')) return 'low';
  return 'none';
}

const SUMMARY: Record<OverallTier, string> = {
  high: 'Check this before trying it.',
  medium: 'Worth a second look before trying it.',
  low: 'Some strong promises here. Worth checking.',
  none: 'Saved.',
};

/** One plain sentence for the save confirmation. */
export function claimSummary(flags: readonly ClaimFlag[]): string {
  return SUMMARY[overallTier(flags)];
}
