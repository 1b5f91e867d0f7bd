/**
 * "Discuss with my clinician": the tips to bring up at the next appointment, the
 * appointment date, "Copy as text" for a patient portal, "Print", and — after
 * the appointment — what the clinician said, which updates each tip.
 */
import { useEffect, useState } from 'preact/hooks';
import { updateTip, type SpoonbookDb, type StoredTip, type Tip } from '@/utils/library';
import { loadAppointment, loadQuestions, openPrintView, saveAppointment, saveQuestion, QUESTION_LIMIT } from '@/platform/clinician';
import { appointmentLabel, clinicianText, sheetItem } from './clinician-sheet';
import { OutcomeForm, type OutcomeInput } from './OutcomeForm';
import { localDateOf, statusChangePatch } from '@/utils/reminders/tip-verification';
import { errorMessage } from './use-tip-writer';
import { useLiveQuery } from './use-live-query';
import './verify.css';

/** Tips on the list, oldest saved first. */
export function clinicianListTips(db: SpoonbookDb): Promise<StoredTip[]> {
  return db.tips
    .orderBy('savedAt')
    .filter((tip) => tip.verification.onClinicianList)
    .toArray();
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function ClinicianItem(props: {
  db: SpoonbookDb;
  tip: Tip;
  question: string;
  today: string;
  now: () => number;
  onQuestion: (question: string) => void;
  onDone: (message: string) => void;
}) {
  const item = sheetItem(props.tip, props.question);
  const [question, setQuestion] = useState(props.question);
  const prefix = `clinician-${props.tip.id}`;
  useEffect(() => setQuestion(props.question), [props.question]);

  const record = async (input: OutcomeInput): Promise<string | null> => {
    const result = statusChangePatch(
      props.tip,
      { type: 'record-outcome', outcome: input.outcome, date: input.date, note: input.note.trim() || undefined },
      props.now(),
    );
    if (!result.ok) return result.error;
    try {
      await updateTip(props.db, props.tip.id, { verification: result.patch });
      props.onDone('Saved what your clinician said. The tip is marked as discussed in your library.');
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  };

  const remove = async () => {
    const result = statusChangePatch(props.tip, { type: 'remove-from-clinician-list' }, props.now());
    if (!result.ok) return props.onDone(result.error);
    try {
      await updateTip(props.db, props.tip.id, { verification: { onClinicianList: false } });
      props.onDone('Taken off your list. The tip is still in your library.');
    } catch (error) {
      props.onDone(errorMessage(error));
    }
  };

  return (
    <li class="clinician-item" data-testid="clinician-item">
      <blockquote class="clinician-quote">
        {item.quote}
      </blockquote>
      <p class="muted">
        From{' '}
        <a href={item.sourceUrl} target="_blank" rel="noreferrer noopener">
          {item.sourceTitle}
        </a>
        , saved {item.savedOn}
      </p>
      {item.answers.length > 0 ? (
        <ul>
          {item.answers.map((a) => (
            <li key={a.question}>
              {a.question} <strong>{a.answer}</strong>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">Not through the checklist yet.</p>
      )}
      <label for={`${prefix}-question`}>My question about this</label>
      <input
        id={`${prefix}-question`}
        type="text"
        value={question}
        maxLength={QUESTION_LIMIT}
        onInput={(event) => setQuestion(event.currentTarget.value)}
        onBlur={() => question !== props.question && props.onQuestion(question)}
      />
      <details class="verify-after">
        <summary>After the appointment</summary>
        <OutcomeForm idPrefix={prefix} today={props.today} onSave={record} />
      </details>
      <div class="row">
        <button type="button" class="secondary" onClick={() => void remove()}>
          Take off the list
        </button>
      </div>
    </li>
  );
}

export function ClinicianList(props: { db: SpoonbookDb; now?: () => number; onPrint?: () => void }) {
  const now = props.now ?? Date.now;
  const tips = useLiveQuery(() => clinicianListTips(props.db), [props.db]);
  const [appointment, setAppointment] = useState<string | null>(null);
  const [questions, setQuestions] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');

  useEffect(() => {
    void loadAppointment().then(setAppointment, () => undefined);
    void loadQuestions(props.db).then(setQuestions, () => undefined);
  }, []);

  const changeAppointment = async (value: string) => {
    try {
      setAppointment(await saveAppointment(value || null));
      setMessage(value ? 'Appointment date saved. Spoonbook will remind you two days before and on the day.' : 'Appointment date cleared.');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'That date could not be saved.');
    }
  };

  const changeQuestion = (tipId: string, question: string) => {
    setQuestions((all) => ({ ...all, [tipId]: question.trim() }));
    void saveQuestion(props.db, tipId, question).catch(() => setMessage("Spoonbook couldn't save your question. Please try again."));
  };

  const list = tips.state === 'ready' ? tips.value : [];
  const copy = async () => {
    const text = clinicianText(list, questions, appointment);
    setMessage((await copyText(text)) ? 'Copied. You can paste it into a message to your clinic.' : "Your browser didn't allow copying. Try Print instead.");
  };
  const label = appointmentLabel(appointment);
  const today = localDateOf(now());

  return (
    <section class="clinician" aria-labelledby="clinician-heading" data-testid="clinician-list">
      <h2 id="clinician-heading">Discuss with my clinician</h2>
      <p class="muted">
        Tips about stopping, changing or replacing a medicine join this list by themselves. You can add any tip from its page in
        your library.
      </p>
      <label for="clinician-appointment">My next appointment</label>
      <div class="row">
        <input id="clinician-appointment" type="date" value={appointment ?? ''} onChange={(event) => void changeAppointment(event.currentTarget.value)} />
        {appointment && (
          <button type="button" class="secondary" onClick={() => void changeAppointment('')}>
            Clear date
          </button>
        )}
      </div>
      {label && <p>Appointment: {label}</p>}

      {tips.state === 'loading' && <p class="muted">Loading your list…</p>}
      {tips.state === 'error' && <p class="warning">Spoonbook couldn't open your library just now. Try closing and reopening this panel.</p>}
      {tips.state === 'ready' && list.length === 0 && <p data-testid="clinician-empty">Nothing on your list yet.</p>}
      {list.length > 0 && (
        <>
          <div class="row">
            <button type="button" onClick={() => void copy()}>
              Copy as text
            </button>
            <button type="button" class="secondary" onClick={() => (props.onPrint ?? (() => void openPrintView()))()}>
              Print
            </button>
          </div>
          <ol class="clinician-items">
            {list.map((tip) => (
              <ClinicianItem
                key={tip.id}
                db={props.db}
                tip={tip}
                question={questions[tip.id] ?? ''}
                today={today}
                now={now}
                onQuestion={(q) => changeQuestion(tip.id, q)}
                onDone={setMessage}
              />
            ))}
          </ol>
        </>
      )}
      <p role="status" aria-live="polite" class="verify-message">
        {message}
      </p>
    </section>
  );
}
