/**
 * "After the appointment": what the clinician said, when, and a note in the
 * person's own words. Saving it marks the tip as discussed.
 */
import { useState } from 'preact/hooks';
import type { Outcome } from '@/utils/library';
import { OUTCOME_LABELS } from '@/utils/reminders';

const OUTCOME_ORDER: readonly Outcome[] = ['ok-to-try', 'try-with-monitoring', 'not-for-me'];

export const outcomeLabel = (outcome: Outcome): string => OUTCOME_LABELS[outcome];

export interface OutcomeInput {
  outcome: Outcome;
  /** Local YYYY-MM-DD. */
  date: string;
  note: string;
}

export function OutcomeForm(props: {
  idPrefix: string;
  /** Today's local date, YYYY-MM-DD: the default and the latest date allowed. */
  today: string;
  initial?: Partial<OutcomeInput>;
  /** Resolves to an error to show, or null when saved. */
  onSave: (input: OutcomeInput) => Promise<string | null>;
}) {
  const [outcome, setOutcome] = useState<Outcome | undefined>(props.initial?.outcome);
  const [date, setDate] = useState(props.initial?.date ?? props.today);
  const [note, setNote] = useState(props.initial?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = `${props.idPrefix}-outcome`;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!outcome) {
      setError('Choose what your clinician said.');
      return;
    }
    setBusy(true);
    const problem = await props.onSave({ outcome, date, note });
    setBusy(false);
    setError(problem);
  };

  return (
    <form class="verify-outcome" onSubmit={submit} aria-label="What my clinician said">
      <fieldset>
        <legend>What did your clinician say?</legend>
        {OUTCOME_ORDER.map((value) => (
          <label key={value} class="check choice-radio">
            <input type="radio" name={name} value={value} checked={outcome === value} onChange={() => setOutcome(value)} />
            {outcomeLabel(value)}
          </label>
        ))}
      </fieldset>
      <label for={`${name}-date`}>Date you talked</label>
      <input id={`${name}-date`} type="date" value={date} max={props.today} onInput={(event) => setDate(event.currentTarget.value)} />
      <label for={`${name}-note`}>What they said (optional)</label>
      <textarea id={`${name}-note`} class="short" value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      {error && (
        <p class="warning" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" disabled={busy}>
          Save what my clinician said
        </button>
      </div>
    </form>
  );
}
