/**
 * The printable clinician sheet: the Ask 3 Questions first, then each tip with
 * its quote (at most 280 characters), where and when it was read, the person's
 * question and checklist answers. Print styles live in verify.css.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SpoonbookDb } from '@/utils/library';
import { ASK_3_QUESTIONS } from '@/utils/reminders';
import { loadAppointment, loadQuestions } from '@/platform/clinician';
import { appointmentLabel, sheetItem, type SheetItem } from './clinician-sheet';
import { clinicianListTips } from './ClinicianList';
import { useLiveQuery } from './use-live-query';
import './verify.css';

function SheetEntry(props: { item: SheetItem }) {
  const { item } = props;
  return (
    <li class="sheet-item" data-testid="sheet-item">
      <blockquote class="clinician-quote">{item.quote}</blockquote>
      <dl>
        <dt>Where I read it</dt>
        <dd>
          {item.sourceTitle} ({item.sourceUrl})
        </dd>
        <dt>Saved on</dt>
        <dd>{item.savedOn}</dd>
        {item.question && (
          <>
            <dt>My question</dt>
            <dd>{item.question}</dd>
          </>
        )}
        <dt>What I found when checking</dt>
        <dd>
          {item.answers.length > 0 ? (
            <ul>
              {item.answers.map((a) => (
                <li key={a.question}>
                  {a.question} <strong>{a.answer}</strong>
                </li>
              ))}
            </ul>
          ) : (
            'I have not been through the checklist yet.'
          )}
        </dd>
        {item.sourcesNote && (
          <>
            <dt>Where I checked</dt>
            <dd class="clinician-quote">{item.sourcesNote}</dd>
          </>
        )}
        {item.outcome && (
          <>
            <dt>Already discussed</dt>
            <dd>{item.outcome}</dd>
          </>
        )}
      </dl>
    </li>
  );
}

export function ClinicianSheet(props: { db: SpoonbookDb; onPrint?: () => void }) {
  const tips = useLiveQuery(() => clinicianListTips(props.db), [props.db]);
  const [appointment, setAppointment] = useState<string | null>(null);
  const [questions, setQuestions] = useState<Record<string, string>>({});
  useEffect(() => {
    void loadAppointment().then(setAppointment, () => undefined);
    void loadQuestions(props.db).then(setQuestions, () => undefined);
  }, []);
  const items = tips.state === 'ready' ? tips.value.map((tip) => sheetItem(tip, questions[tip.id])) : [];
  const label = appointmentLabel(appointment);

  return (
    <main class="sheet" data-testid="clinician-sheet">
      <h1>Things I would like to discuss</h1>
      {label && <p>Appointment: {label}</p>}
      <div class="row no-print">
        <button type="button" onClick={() => (props.onPrint ?? (() => window.print()))()}>
          Print or save as PDF
        </button>
      </div>
      <h2>Questions I would like to ask</h2>
      <ol>
        {ASK_3_QUESTIONS.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ol>
      <h2>Tips I read online{items.length > 0 ? ` (${items.length})` : ''}</h2>
      {tips.state === 'loading' && <p class="muted">Loading…</p>}
      {tips.state === 'error' && <p class="warning">Spoonbook couldn't open your library just now. Try reloading this page.</p>}
      {tips.state === 'ready' && items.length === 0 && <p>No tips on my list yet.</p>}
      <ol>
        {items.map((item) => (
          <SheetEntry key={item.id} item={item} />
        ))}
      </ol>
    </main>
  );
}
