/**
 * What the risky-claim check found in a tip, as plain notes with the words that
 * caught it. Never a verdict on the tip: only what to check and why.
 */
import { useMemo } from 'preact/hooks';
import { checkClaims, type ClaimFlag, type ClaimTier } from '@/utils/claims';

const TIER_WORDS: Record<ClaimTier, string> = {
  high: 'Check before trying',
  medium: 'Worth a second look',
  low: 'A strong promise',
};

/** One note per category: the same warning twice reads as nagging. */
function distinctFlags(flags: readonly ClaimFlag[]): ClaimFlag[] {
  const seen = new Set<string>();
  return flags.filter((flag) => {
    const key = `${flag.category}:${flag.lowered ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function ClaimNotes(props: { text: string; headingId: string }) {
  const flags = useMemo(() => distinctFlags(checkClaims(props.text)), [props.text]);
  if (flags.length === 0) {
    return (
      <p class="muted" data-testid="claim-notes-none">
        Spoonbook didn't spot risky wording here. That doesn't mean it suits you: the questions below still help.
      </p>
    );
  }
  return (
    <div class="verify-claims" data-testid="claim-notes">
      <h4 id={props.headingId}>Things Spoonbook noticed</h4>
      <ul aria-labelledby={props.headingId}>
        {flags.map((flag) => (
          <li key={`${flag.category}-${flag.start}`} class={`claim claim-${flag.tier}`}>
            <span class="claim-tier">{TIER_WORDS[flag.tier]}:</span> “<q class="claim-words">{props.text.slice(flag.start, flag.end)}</q>”
            <span class="claim-note"> {flag.note}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
