/**
 * Stands in for the verification panel (components/verify/VerifyPanel, built
 * separately) until the side panel passes `verifySlot`. Shows the status only.
 */
import type { Tip } from '@/utils/library';
import { STATUS_WORDS } from './labels';

export function VerifySlotPlaceholder(props: { tip: Tip }) {
  return (
    <div class="card verify-slot" data-testid="verify-slot">
      <h3>Checking this tip</h3>
      <p>{STATUS_WORDS[props.tip.verification.status]}</p>
    </div>
  );
}
