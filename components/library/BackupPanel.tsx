/**
 * Keeping a copy: backup (JSON, the only format that can come back in),
 * Markdown and spreadsheet copies, a print view, importing a backup, when the
 * last backup was made, and whether the browser keeps the library.
 */
import { useState } from 'preact/hooks';
import { allTips, backupNudge, LibraryError, exportBackup, getLastBackupAt, importBackup, toCsv, toMarkdown, type ImportResult, type Tip } from '@/utils/library';
import { useLibrary } from './context';
import { downloadText } from './download';
import { count, fileDate, plainError, showDate } from './labels';
import { StorageStatus } from './StorageStatus';
import { useLiveQuery } from './useLiveQuery';

interface Status {
  text: string;
  details?: string[];
  error: boolean;
}

export function importSummary(result: ImportResult): string {
  const parts = [`Imported ${count(result.added, 'tip')} (${result.unchanged.toLocaleString()} ${result.unchanged === 1 ? 'was' : 'were'} already there)`];
  if (result.updated) parts.push(`${count(result.updated, 'tip')} updated with a newer copy from the backup`);
  if (result.htmlDropped) parts.push('formatting was left out, the words are all kept');
  return `${parts.join('; ')}.`;
}

export function BackupPanel(props: { hasTips: boolean; onPrint: (tips: Tip[]) => void }) {
  const env = useLibrary();
  const { db } = env;
  const [status, setStatus] = useState<Status | null>(null);
  const [working, setWorking] = useState(false);
  const last = useLiveQuery(() => getLastBackupAt(db), 'last-backup');
  const now = () => env.now?.() ?? new Date();
  const save = (name: string, type: string, content: string) =>
    (env.download ?? ((...args: [string, string, string]) => downloadText(document, ...args)))(name, type, content);

  /** Runs one export or import, one at a time, with its outcome in the status line. */
  const run = async (busyText: string, job: () => Promise<Status>) => {
    if (working) return;
    setWorking(true);
    setStatus({ text: busyText, error: false });
    try {
      setStatus(await job());
    } catch (error) {
      const details = error instanceof LibraryError ? error.details : [];
      setStatus({ text: plainError(error, 'Something went wrong. Your library is as it was — please try again.'), details, error: true });
    } finally {
      setWorking(false);
    }
  };

  const backup = () =>
    run('Making your backup…', async () => {
      const at = now();
      const json = await exportBackup(db, { now: () => at });
      save(`spoonbook-backup-${fileDate(at)}.json`, 'application/json', json);
      return { text: 'Backup saved to your Downloads folder. Keep it somewhere private: it holds health information.', error: false };
    });

  const copyAs = (kind: 'markdown' | 'csv') =>
    run('Making your copy…', async () => {
      const at = now();
      const tips = await allTips(db);
      if (kind === 'markdown') save(`spoonbook-tips-${fileDate(at)}.md`, 'text/markdown', toMarkdown(tips, { exportedAt: at }));
      else save(`spoonbook-tips-${fileDate(at)}.csv`, 'text/csv', toCsv(tips, { bom: true }));
      return { text: `${kind === 'markdown' ? 'Text' : 'Spreadsheet'} copy saved to your Downloads folder. It can't be imported back; use a backup for that.`, error: false };
    });

  const printAll = () =>
    run('Getting your tips ready to print…', async () => {
      props.onPrint((await allTips(db)).reverse());
      return { text: 'Your tips are ready to print.', error: false };
    });

  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    void run('Reading the backup… a big one can take a minute.', async () => {
      try {
        const text = await file.text();
        const result = await importBackup(db, text, { sanitizer: env.sanitizer });
        return { text: importSummary(result), error: false };
      } finally {
        // The same file can be chosen again (after freeing space, say).
        input.value = '';
      }
    });
  };

  const lastAt = last.value;
  const nudge = props.hasTips && last.loadedKey !== undefined && backupNudge(lastAt, now());

  return (
    <section class="backups" aria-labelledby="backups-heading">
      <h3 id="backups-heading">Backups and copies</h3>
      <p data-testid="last-backup">{lastAt ? `Last backup: ${showDate(lastAt)}.` : 'No backup made yet.'}</p>
      {nudge && (
        <p class="warning" data-testid="backup-nudge">
          {lastAt ? "It's been a while since your last backup." : 'You have tips but no backup yet.'} A backup keeps your tips safe if
          this device breaks or the browser is reset.
        </p>
      )}
      <StorageStatus storage={env.storage} />
      <div class="row">
        <button type="button" onClick={backup} disabled={working}>
          Download a backup
        </button>
        <button type="button" class="secondary" onClick={() => copyAs('markdown')} disabled={working}>
          Download as text (Markdown)
        </button>
        <button type="button" class="secondary" onClick={() => copyAs('csv')} disabled={working}>
          Download as a spreadsheet (CSV)
        </button>
        <button type="button" class="secondary" onClick={printAll} disabled={working}>
          Print my tips
        </button>
      </div>
      <label for="import-backup">Bring back tips from a backup file</label>
      <input
        id="import-backup"
        type="file"
        accept=".json,application/json"
        disabled={working}
        aria-describedby="import-hint"
        onChange={(event) => importFile(event.currentTarget)}
      />
      <p id="import-hint" class="muted hint">
        Tips already in your library are not doubled. If anything in the file is wrong, nothing is imported.
      </p>
      <div role="status" class={status?.error ? 'warning' : status ? 'notice' : undefined} data-testid="backup-status">
        {status?.text}
        {status?.details && status.details.length > 0 && (
          <ul>
            {status.details.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
