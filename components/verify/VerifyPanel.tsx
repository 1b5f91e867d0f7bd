/**
 * "Check this tip", shown inside a tip's detail view: where the tip stands (never
 * "safe"), what the risky-claim check noticed, the checklist, where the person
 * checked, searches on trusted sites, and the clinician list and outcome.
 * Every answer is stored in the library as soon as it's given.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ChecklistAnswer, ChecklistQuestion, SpoonbookDb, Tip } from '@/utils/library';
import { STATUS_LABELS } from '@/utils/reminders';
import { loadQuestions, saveQuestion, QUESTION_LIMIT } from '@/platform/clinician';
import { ChecklistForm } from './ChecklistForm';
import { ClaimNotes } from './ClaimNotes';
import { OutcomeForm, outcomeLabel, type OutcomeInput } from './OutcomeForm';
import { TrustedLinks, defaultSearchWords } from './TrustedLinks';
import { localDateOf, spelledDay, statusChangePatch, type StatusChange } from '@/utils/reminders/tip-verification';
import { useTipWriter } from './use-tip-writer';
import './verify.css';

/** How long typing pauses before the notes are stored (they are also stored when the field loses focus). */
const SAVE_AFTER_MS = 600;

const DONE_MESSAGES: Record<Exclude<StatusChange['type'], 'answer'>, string> = {
  'mark-checked': 'Marked as checked.',
  dispute: 'Marked as doubtful.',
  reopen: 'Back to not checked yet.',
  'add-to-clinician-list': 'Added to your list to discuss with your clinician.',
  'remove-from-clinician-list': 'Taken off your clinician list.',
  'record-outcome': 'Saved what your clinician said.',
};

export function statusWords(tip: Pick<Tip, 'verification'>): string {
  const v = tip.verification;
  const base: string = STATUS_LABELS[v.status];
  if (v.status !== 'discussed' || !v.outcome) return base;
  const date = v.outcomeDate ? ` (${spelledDay(Date.parse(v.outcomeDate))})` : '';
  return `${base}: ${outcomeLabel(v.outcome)}${date}`;
}

export function VerifyPanel(props: { tip: Tip; db: SpoonbookDb; now?: () => number }) {
  const now = props.now ?? Date.now;
  const { current, latest, write, error, setError } = useTipWriter(props.db, props.tip);
  const v = current.verification;
  const prefix = `verify-${current.id}`;
  const [sources, setSources] = useState(v.sourcesNote);
  const [question, setQuestion] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    setSources(props.tip.verification.sourcesNote);
    setMessage('');
    let live = true;
    void loadQuestions(props.db)
      .then((all) => live && setQuestion(all[props.tip.id] ?? ''))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [props.tip.id]);

  const saveSources = (text = sources) => {
    if (text === latest.current.verification.sourcesNote) return;
    void write({ verification: { sourcesNote: text } }, { ...latest.current, verification: { ...latest.current.verification, sourcesNote: text } });
  };
  useEffect(() => {
    const timer = setTimeout(() => saveSources(), SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [sources]);

  const onAnswer = (question: ChecklistQuestion, answer: ChecklistAnswer | null) => {
    const base = latest.current;
    const result = statusChangePatch(base, { type: 'answer', question, answer }, now());
    if (!result.ok) return setError(result.error);
    // The medicine gate puts the tip on the clinician list; say so, since it happens by itself.
    const joined = result.tip.verification.onClinicianList && !base.verification.onClinicianList;
    setMessage(joined ? DONE_MESSAGES['add-to-clinician-list'] : '');
    void write({ verification: { checklist: result.patch.checklist, onClinicianList: result.patch.onClinicianList } }, result.tip);
  };

  /** Runs a status change through the shared rules; resolves to the refusal or error, or null when stored. */
  const change = async (step: Exclude<StatusChange, { type: 'answer' }>): Promise<string | null> => {
    const base = { ...latest.current, verification: { ...latest.current.verification, sourcesNote: sources } };
    const result = statusChangePatch(base, step, now());
    setMessage('');
    if (!result.ok) return result.error;
    // write() shows its own error; the form only needs to know it didn't work.
    if (!(await write({ verification: result.patch }, result.tip))) return null;
    setError(null);
    setMessage(DONE_MESSAGES[step.type]);
    return null;
  };

  /** For the buttons: a refusal shows under the panel. */
  const run = (step: Exclude<StatusChange, { type: 'answer' }>) => {
    void change(step).then((refusal) => refusal && setError(refusal));
  };

  const saveOutcome = (input: OutcomeInput) =>
    change({ type: 'record-outcome', outcome: input.outcome, date: input.date, note: input.note.trim() || undefined });

  const searchWords = useMemo(() => defaultSearchWords(current.text, current.conditions, current.tags), [current.id]);
  const today = localDateOf(now());

  return (
    <section class="verify" aria-labelledby={`${prefix}-heading`} data-testid="verify-panel">
      <h3 id={`${prefix}-heading`}>Check this tip</h3>
      <p class="verify-status">
        Where it stands: <strong data-testid="verify-status">{statusWords(current)}</strong>
      </p>
      {v.onClinicianList && <p class="notice">On your list to discuss with your clinician.</p>}

      <ClaimNotes text={current.text} headingId={`${prefix}-claims`} />

      <h4>Questions to ask yourself</h4>
      <p class="muted">Answer any you can. Skipping is fine, and you can change an answer later.</p>
      <ChecklistForm idPrefix={prefix} checklist={v.checklist} onAnswer={onAnswer} />

      <label for={`${prefix}-sources`}>Where I checked, and my notes</label>
      <textarea
        id={`${prefix}-sources`}
        class="short"
        value={sources}
        maxLength={20_000}
        aria-describedby={`${prefix}-sources-hint`}
        onInput={(event) => setSources(event.currentTarget.value)}
        onBlur={() => saveSources()}
      />
      <p id={`${prefix}-sources-hint`} class="muted verify-hint">
        One place a line, for example "NHS website" or "asked my pharmacist".
      </p>

      <h4>Look it up on trusted sites</h4>
      <TrustedLinks idPrefix={prefix} initialWords={searchWords} />

      <h4>When you've looked into it</h4>
      <div class="row">
        {v.status !== 'checked' && v.status !== 'discussed' && (
          <button type="button" onClick={() => run({ type: 'mark-checked' })}>
            I've checked it
          </button>
        )}
        {v.status !== 'disputed' && (
          <button type="button" class="secondary" onClick={() => run({ type: 'dispute' })}>
            I have doubts about it
          </button>
        )}
        {v.status !== 'unverified' && (
          <button type="button" class="secondary" onClick={() => run({ type: 'reopen' })}>
            Start checking again
          </button>
        )}
      </div>

      <h4>Discuss with my clinician</h4>
      <div class="row">
        {v.onClinicianList ? (
          <button type="button" class="secondary" onClick={() => run({ type: 'remove-from-clinician-list' })}>
            Take off my clinician list
          </button>
        ) : (
          <button type="button" onClick={() => run({ type: 'add-to-clinician-list' })}>
            Add to "Discuss with my clinician"
          </button>
        )}
      </div>
      {v.onClinicianList && (
        <>
          <label for={`${prefix}-question`}>My question for my clinician</label>
          <input
            id={`${prefix}-question`}
            type="text"
            value={question}
            maxLength={QUESTION_LIMIT}
            placeholder="For example: could this work with my other medicines?"
            onInput={(event) => setQuestion(event.currentTarget.value)}
            onBlur={() => void saveQuestion(props.db, current.id, question).catch(() => setError("Spoonbook couldn't save your question. Please try again."))}
          />
        </>
      )}

      <details class="verify-after" open={v.onClinicianList || v.status === 'discussed'}>
        <summary>After talking to my clinician</summary>
        <OutcomeForm
          key={`${current.id}-${v.outcome ?? ''}-${v.outcomeDate ?? ''}`}
          idPrefix={prefix}
          today={today}
          initial={{
            outcome: v.outcome,
            date: v.outcomeDate ? localDateOf(Date.parse(v.outcomeDate)) : today,
            note: v.outcomeNote ?? '',
          }}
          onSave={saveOutcome}
        />
      </details>

      <p class="verify-message" role="status" aria-live="polite">
        {message}
      </p>
      {error && (
        <p class="warning" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
