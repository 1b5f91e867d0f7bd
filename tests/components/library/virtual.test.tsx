import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importBackup, type SpoonbookDb } from '@/utils/library';
import { backupJson, freshDb, renderLibrary } from './harness';

afterEach(cleanup);

const TOTAL = 2000;
let db: SpoonbookDb;

beforeAll(async () => {
  db = freshDb('virtual');
  await importBackup(db, backupJson(TOTAL));
}, 60_000);

const rows = () => [...document.querySelectorAll<HTMLLIElement>('li.tip-row')];
const loadedRows = () => rows().filter((row) => !row.classList.contains('tip-row-loading'));
const positions = () => loadedRows().map((row) => Number(row.getAttribute('aria-posinset')));

describe('windowed list', () => {
  it('puts only the rows near the screen into the page, each telling its place in the whole list', async () => {
    renderLibrary(db);
    await waitFor(() => expect(loadedRows().length).toBeGreaterThan(0));
    expect(document.querySelector('#library-count')?.textContent).toBe('2,000 tips saved');
    expect(rows().length).toBeLessThan(30);
    expect(rows().every((row) => row.getAttribute('aria-setsize') === String(TOTAL))).toBe(true);
    expect(positions()[0]).toBe(1);
    // Newest first: the last tip generated is at the top.
    expect(loadedRows()[0]!.textContent).toContain(`Bulk tip ${TOTAL - 1}:`);
  });

  it('scrolling far down shows the tips there, read from the library as needed', async () => {
    renderLibrary(db);
    await waitFor(() => expect(loadedRows().length).toBeGreaterThan(0));
    const box = document.querySelector<HTMLElement>('.tip-list-box')!;
    const rowHeight = parseFloat(loadedRows()[0]!.style.height);
    box.scrollTop = rowHeight * 1500;
    fireEvent.scroll(box);
    await waitFor(() => expect(positions()).toContain(1501));
    const row = loadedRows().find((item) => item.getAttribute('aria-posinset') === '1501')!;
    expect(row.textContent).toContain(`Bulk tip ${TOTAL - 1501}:`);
    expect(Math.min(...positions())).toBeGreaterThan(1400);
    expect(rows().length).toBeLessThan(30);
  });

  it('moves between rows with the arrow keys, End and Home, keeping a single Tab stop', async () => {
    renderLibrary(db);
    await waitFor(() => expect(loadedRows().length).toBeGreaterThan(0));
    const tabStops = () => [...document.querySelectorAll<HTMLButtonElement>('.tip-row-open')].filter((b) => b.tabIndex === 0);
    expect(tabStops()).toHaveLength(1);
    const first = tabStops()[0]!;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-index')).toBe('1'));
    expect(tabStops()).toHaveLength(1);
    expect(tabStops()[0]).toBe(document.activeElement);

    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-index')).toBe(String(TOTAL - 1)));
    expect(document.activeElement?.textContent).toContain('Bulk tip 0:');

    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-index')).toBe('0'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement?.getAttribute('data-index')).toBe('0');
  });

  it('comes back from a tip to the same row, with focus on it', async () => {
    renderLibrary(db);
    await waitFor(() => expect(loadedRows().length).toBeGreaterThan(2));
    const third = loadedRows()[2]!.querySelector('button')!;
    const text = third.textContent;
    fireEvent.click(third);
    await screen.findByRole('button', { name: '← Back to all tips' });
    expect((await screen.findByTestId('tip-text')).textContent).toBe(text);
    fireEvent.click(screen.getByRole('button', { name: '← Back to all tips' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe(text));

    // Escape works as Back too.
    fireEvent.click(document.activeElement!);
    await screen.findByTestId('tip-text');
    fireEvent.keyDown(screen.getByTestId('tip-text'), { key: 'Escape' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe(text));
  });
});
