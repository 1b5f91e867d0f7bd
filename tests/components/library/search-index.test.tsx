import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveTip, SpoonbookDb, updateTip } from '@/utils/library';
import * as search from '@/utils/library/search';
import { freshDb, renderLibrary, tipInput } from './harness';

// Counts index builds while keeping the real behaviour.
vi.mock('@/utils/library/search', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/utils/library/search')>();
  return { ...real, loadSearchIndex: vi.fn(real.loadSearchIndex) };
});

afterEach(cleanup);

const rowTexts = () =>
  screen
    .queryAllByRole('listitem')
    .filter((item) => item.classList.contains('tip-row') && !item.classList.contains('tip-row-loading'))
    .map((row) => row.querySelector('button')?.textContent)
    .sort();
const count = () => document.querySelector('#library-count')?.textContent ?? '';

describe('library search through the in-memory index', () => {
  it('keeps a search up to date when tips are saved and edited elsewhere', async () => {
    const db = freshDb();
    const first = (await saveTip(db, tipInput({ text: 'Salt tablets before a shower.', pageUrl: 'https://a.example/1' }))).tip;
    await saveTip(db, tipInput({ text: 'Pacing plan for the week.', pageUrl: 'https://a.example/2' }));
    renderLibrary(db);
    await waitFor(() => expect(count()).toBe('2 tips saved'));
    const built = vi.mocked(search.loadSearchIndex);
    await waitFor(() => expect(built).toHaveBeenCalled());
    const buildsBefore = built.mock.calls.length;

    fireEvent.input(screen.getByLabelText('Search your tips'), { target: { value: 'salt' } });
    await waitFor(() => expect(count()).toBe('1 tip found'));
    expect(rowTexts()).toEqual(['Salt tablets before a shower.']);

    const other = new SpoonbookDb(db.name);
    await saveTip(other, tipInput({ text: 'More salt in soup helped.', pageUrl: 'https://a.example/3' }));
    await waitFor(() => expect(count()).toBe('2 tips found'));
    expect(built.mock.calls.length).toBeGreaterThan(buildsBefore);

    // An edit must show, not a copy of the row kept from before.
    await updateTip(other, first.id, { text: 'Salt tablets before a warm shower.' });
    await waitFor(() => expect(rowTexts()).toEqual(['More salt in soup helped.', 'Salt tablets before a warm shower.']));
    await updateTip(other, first.id, { text: 'Tablets before a shower.' });
    await waitFor(() => expect(count()).toBe('1 tip found'));
    expect(rowTexts()).toEqual(['More salt in soup helped.']);
    other.close();
  });
});
