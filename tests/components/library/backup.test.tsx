import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allTips, parseBackup, recordBackup, saveTip, type SpoonbookDb } from '@/utils/library';
import { backupJson, freshDb, jsdomSanitizer, renderLibrary, seed, tipInput } from './harness';

afterEach(cleanup);

const status = () => screen.getByTestId('backup-status');

function chooseFile(content: string, name = 'backup.json') {
  const input = screen.getByLabelText('Bring back tips from a backup file') as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  fireEvent.change(input, { target: { files: [file] } });
}

async function snapshot(db: SpoonbookDb) {
  return JSON.stringify(await allTips(db));
}

describe('backups and copies', () => {
  it('downloads a JSON backup of every tip and notes when it was made', async () => {
    const db = freshDb();
    await seed(db, 3);
    const at = new Date('2025-06-01T10:00:00.000Z');
    const { downloads } = renderLibrary(db, { now: () => at });
    await screen.findByText('No backup made yet.');
    fireEvent.click(screen.getByRole('button', { name: 'Download a backup' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [file] = downloads;
    expect(file!.name).toMatch(/^spoonbook-backup-2025-06-0[12]\.json$/);
    expect(file!.type).toBe('application/json');
    const backup = parseBackup(file!.content);
    expect(backup.tips).toHaveLength(3);
    expect(backup.exportedAt).toBe(at.toISOString());
    await waitFor(() => expect(screen.getByTestId('last-backup').textContent).toMatch(/^Last backup: .*2025\.$/));
    expect(status().textContent).toContain('Backup saved');
  });

  it('downloads Markdown and spreadsheet copies that say they cannot be imported', async () => {
    const db = freshDb();
    await saveTip(db, tipInput({ text: '=HYPERLINK("http://evil.example") salt *water*' }));
    const { downloads } = renderLibrary(db);
    await screen.findByRole('button', { name: 'Download as text (Markdown)' });
    fireEvent.click(screen.getByRole('button', { name: 'Download as text (Markdown)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Download as a spreadsheet (CSV)' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    const [markdown, csv] = downloads;
    expect(markdown!.name).toMatch(/\.md$/);
    expect(markdown!.content).toContain('# My Spoonbook tips');
    expect(markdown!.content).toContain('\\*water\\*');
    expect(csv!.name).toMatch(/\.csv$/);
    expect(csv!.content.startsWith('\uFEFFid,savedAt')).toBe(true);
    expect(csv!.content).toContain(`"'=HYPERLINK(""http://evil.example"") salt *water*"`);
    expect(status().textContent).toContain("can't be imported back");
    // Copies are not backups.
    expect(screen.getByTestId('last-backup').textContent).toBe('No backup made yet.');
  });

  it('imports a backup, and importing it again adds nothing', async () => {
    const db = freshDb();
    const { view } = renderLibrary(db, { sanitizer: jsdomSanitizer() });
    await screen.findByTestId('library-empty');
    const file = backupJson(4);
    chooseFile(file);
    await waitFor(() => expect(status().textContent).toBe('Imported 4 tips (0 were already there).'));
    await waitFor(() => expect(document.querySelector('#library-count')?.textContent).toBe('4 tips saved'));
    chooseFile(file);
    await waitFor(() => expect(status().textContent).toBe('Imported 0 tips (4 were already there).'));
    expect(await db.tips.count()).toBe(4);
    expect(view.container.querySelectorAll('li.tip-row')).toHaveLength(4);
  });

  it('refuses a damaged backup with the library’s own words, and changes nothing', async () => {
    const db = freshDb();
    await seed(db, 2);
    const before = await snapshot(db);
    renderLibrary(db);
    await screen.findByText('2 tips saved');

    chooseFile('{"format":"spoonbook-backup","version":1,"tips":[');
    await waitFor(() => expect(status().className).toBe('warning'));
    expect(status().textContent).toMatch(/\S/);
    expect(status().textContent).not.toMatch(/SyntaxError|undefined|\[object/);

    const oneBad = JSON.parse(backupJson(3)) as { tips: Array<Record<string, unknown>> };
    oneBad.tips[1]!.savedAt = 'last Tuesday';
    chooseFile(JSON.stringify(oneBad));
    await waitFor(() => expect(status().textContent).toMatch(/tip 2/i));
    expect(status().className).toBe('warning');

    chooseFile(JSON.stringify({ format: 'spoonbook-backup', version: 99, exportedAt: '2030-01-01T00:00:00.000Z', tips: [] }));
    await waitFor(() => expect(status().textContent).toMatch(/newer/i));
    expect(await snapshot(db)).toBe(before);
  });

  it('nudges after 30 days without a backup, but not before, and not with an empty library', async () => {
    const now = new Date('2025-06-01T10:00:00.000Z');
    const empty = freshDb();
    renderLibrary(empty, { now: () => now });
    await screen.findByTestId('library-empty');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('backup-nudge')).toBeNull();
    cleanup();

    const db = freshDb();
    await seed(db, 1);
    renderLibrary(db, { now: () => now });
    expect((await screen.findByTestId('backup-nudge')).textContent).toContain('no backup yet');
    cleanup();

    await recordBackup(db, new Date('2025-04-20T10:00:00.000Z'));
    renderLibrary(db, { now: () => now });
    expect((await screen.findByTestId('backup-nudge')).textContent).toContain("It's been a while");
    cleanup();

    await recordBackup(db, new Date('2025-05-20T10:00:00.000Z'));
    renderLibrary(db, { now: () => now });
    await waitFor(() => expect(screen.getByTestId('last-backup').textContent).toMatch(/Last backup: .*May.*2025/));
    expect(screen.queryByTestId('backup-nudge')).toBeNull();
  });

  it('asks once for persistent storage and says what the browser answered', async () => {
    const db = freshDb();
    const kept = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    renderLibrary(db, { storage: kept });
    await waitFor(() => expect(screen.getByTestId('storage-status').textContent).toContain('has agreed to keep your tips'));
    cleanup();
    renderLibrary(db, { storage: kept });
    await waitFor(() => expect(screen.getByTestId('storage-status').textContent).toContain('has agreed'));
    expect(kept.persist).toHaveBeenCalledTimes(1);
    cleanup();

    renderLibrary(db, { storage: { persisted: async () => false, persist: async () => false } });
    await waitFor(() => expect(screen.getByTestId('storage-status').textContent).toContain('may remove saved tips'));
    cleanup();
    renderLibrary(db, { storage: undefined });
    await waitFor(() => expect(screen.getByTestId('storage-status').textContent).toContain("doesn't say"));
  });

  it('prints a plain list of every tip, newest first, as text', async () => {
    const db = freshDb();
    await seed(db, 2);
    await saveTip(db, tipInput({ text: '<b>Newest</b> tip', notes: 'note to self', pageUrl: 'https://x.example/new' }));
    const { print } = renderLibrary(db);
    fireEvent.click(await screen.findByRole('button', { name: 'Print my tips' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const view = screen.getByTestId('print-view');
    expect(view.parentElement).toBe(document.body);
    expect(document.body.classList.contains('printing-tips')).toBe(true);
    const items = view.querySelectorAll('li');
    expect(items).toHaveLength(3);
    expect(items[0]!.querySelector('.print-text')!.textContent).toBe('<b>Newest</b> tip');
    expect(items[0]!.textContent).toContain('My notes: note to self');
    expect(view.querySelector('b')).toBeNull();
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(screen.queryByTestId('print-view')).toBeNull());
    await waitFor(() => expect(document.body.classList.contains('printing-tips')).toBe(false));
  });
});
