/**
 * The Reminders section of the side panel: what is due now, the clinician list
 * and the notification setting, in that order.
 */
import { useState } from 'preact/hooks';
import type { SpoonbookDb, Tip } from '@/utils/library';
import { truncateQuote, type DueReminder } from '@/utils/reminders';
import { computeDueReminders, dismissReminder } from '@/platform/reminders';
import { ClinicianList } from './ClinicianList';
import { RemindersSettings } from './RemindersSettings';
import { spelledDay } from '@/utils/reminders/tip-verification';
import { useLiveQuery } from './use-live-query';
import './verify.css';

interface DueEntry {
  reminder: DueReminder;
  tip?: Tip;
}

async function dueEntries(db: SpoonbookDb, now: number): Promise<DueEntry[]> {
  const due = await computeDueReminders(db, now);
  const tips = await db.tips.bulkGet(due.flatMap((r) => (r.tipId ? [r.tipId] : [])));
  const byId = new Map(tips.flatMap((tip) => (tip ? [[tip.id, tip] as const] : [])));
  return due.map((reminder) => ({ reminder, tip: reminder.tipId ? byId.get(reminder.tipId) : undefined }));
}

const APPOINTMENT_WORDS: Partial<Record<DueReminder['kind'], string>> = {
  'appointment-soon': 'Your appointment is coming up. Your list to discuss is below.',
  'appointment-today': 'Your appointment is today. Your list to discuss is below.',
};

export function RemindersTab(props: { db: SpoonbookDb; now?: () => number; onOpenTip?: (tipId: string) => void; onPrint?: () => void }) {
  const now = props.now ?? Date.now;
  const [version, setVersion] = useState(0);
  const entries = useLiveQuery(() => dueEntries(props.db, now()), [props.db, version]);
  const list = entries.state === 'ready' ? entries.value : [];

  const notNow = async (id: string) => {
    await dismissReminder(props.db, id, now()).catch(() => undefined);
    setVersion((n) => n + 1);
  };

  return (
    <div class="reminders" data-testid="reminders-tab">
      <section aria-labelledby="due-heading">
        <h2 id="due-heading">To check now</h2>
        {entries.state === 'ready' && list.length === 0 && <p data-testid="due-empty">Nothing to check right now.</p>}
        <ul class="due-list">
          {list.map(({ reminder, tip }) => (
            <li key={reminder.id} class="clinician-item" data-testid="due-item">
              {tip ? (
                <>
                  <blockquote class="clinician-quote">{truncateQuote(tip.text, 140)}</blockquote>
                  <p class="muted">Saved {spelledDay(Date.parse(tip.savedAt))}, not checked yet.</p>
                </>
              ) : (
                <p>{APPOINTMENT_WORDS[reminder.kind] ?? 'Something is due.'}</p>
              )}
              <div class="row">
                {tip && props.onOpenTip && (
                  <button type="button" onClick={() => props.onOpenTip?.(tip.id)}>
                    Check it now
                  </button>
                )}
                <button type="button" class="secondary" onClick={() => void notNow(reminder.id)}>
                  Not now
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <ClinicianList db={props.db} now={props.now} onPrint={props.onPrint} />
      <RemindersSettings />
    </div>
  );
}
