/**
 * The checklist questions (utils/reminders CHECKLIST) and the medicine gate, each
 * with one-tap answers as toggle buttons (aria-pressed). Tapping the chosen answer
 * again clears it: skipping a question is always fine.
 */
import type { ChecklistAnswer, ChecklistQuestion, Verification } from '@/utils/library';
import { CHECKLIST, MEDICINE_GATE } from '@/utils/reminders';

const QUESTIONS = [...CHECKLIST, MEDICINE_GATE];

export function ChecklistForm(props: {
  idPrefix: string;
  checklist: Verification['checklist'];
  onAnswer: (question: ChecklistQuestion, answer: ChecklistAnswer | null) => void;
}) {
  return (
    <div class="verify-checklist">
      {QUESTIONS.map((q) => {
        const chosen = props.checklist[q.id];
        const labelId = `${props.idPrefix}-q-${q.id}`;
        const hintId = `${labelId}-hint`;
        return (
          <div key={q.id} class="verify-question" role="group" aria-labelledby={labelId} aria-describedby={hintId} data-question={q.id}>
            <p id={labelId} class="verify-question-text">
              {q.question}
            </p>
            <p id={hintId} class="muted verify-hint">
              {q.hint}
            </p>
            <div class="verify-answers">
              {q.answers.map((a) => (
                <button
                  key={a.id}
                  type="button"
                  class="choice"
                  aria-pressed={chosen === a.id}
                  onClick={() => props.onAnswer(q.id, chosen === a.id ? null : a.id)}
                >
                  {a.label}
                </button>
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}
