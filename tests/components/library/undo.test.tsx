import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UNDO_MS } from '@/components/library/UndoToast';
import { getTip, saveTip } from '@/utils/library';
import { freshDb, renderLibrary, seed, tipInput } from './harness';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const rowTexts = () => [...document.querySelectorAll('.tip-row-open')].map((button) => button.textContent);

async function deleteTipNamed(text: string) {
  const row = await waitFor(() => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('.tip-row-open')].find((b) => b.textContent === text);
    if (!button) throw new Error('row not there yet');
    return button;
  });
  fireEvent.click(row);
  await screen.findByTestId('tip-text');
  fireEvent.click(screen.getByRole('button', { name: 'Delete this tip' }));
  return screen.findByRole('button', { name: 'Undo' });
}

describe('delete with undo', () => {
  it('deletes, offers Undo with focus on it, and Undo puts the very same tip back', async () => {
    const db = freshDb();
    await seed(db, 3);
    const { tip } = await saveTip(db, tipInput({ text: 'Keep this one', tags: ['keep'], notes: 'my note', pageUrl: 'https://x.example/keep' }));
    renderLibrary(db);
    const undo = await deleteTipNamed('Keep this one');
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(screen.getByText('Tip deleted.')).toBeTruthy();
    await waitFor(() => expect(rowTexts()).toHaveLength(3));
    expect(rowTexts()).not.toContain('Keep this one');
    expect(await getTip(db, tip.id)).toBeUndefined();

    fireEvent.click(undo);
    await screen.findByText('The tip is back in your library.');
    await waitFor(() => expect(rowTexts()).toContain('Keep this one'));
    expect(await getTip(db, tip.id)).toEqual(tip);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('Undo goes away after about ten seconds once the person has moved on', async () => {
    const db = freshDb();
    await saveTip(db, tipInput({ text: 'Gone for good' }));
    renderLibrary(db);
    const undo = await deleteTipNamed('Gone for good');
    await waitFor(async () => expect(await db.tips.count()).toBe(0));
    await waitFor(() => expect(document.activeElement).toBe(undo));
    // While focus is on it, the toast stays.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await vi.advanceTimersByTimeAsync(UNDO_MS * 2);
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeNull();
    // Moving away starts the clock.
    fireEvent.focusOut(undo, { relatedTarget: document.body });
    await vi.advanceTimersByTimeAsync(UNDO_MS - 500);
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1000);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});
