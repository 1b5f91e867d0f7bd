import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { importBackup, saveTip } from '@/utils/library';
import { backupJson, freshDb, renderLibrary, seed, tipInput } from './harness';

afterEach(cleanup);

const rows = () => screen.queryAllByRole('listitem').filter((item) => item.classList.contains('tip-row'));
const count = () => document.querySelector('#library-count')?.textContent ?? '';

/** Opens the Filters section as a click on its summary would. */
function openFilters() {
  const details = document.querySelector('details.filters') as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event('toggle'));
}

describe('library list', () => {
  it('teaches how to save the first tip when the library is empty, and still offers import', async () => {
    renderLibrary();
    const empty = await screen.findByTestId('library-empty');
    expect(empty.textContent).toContain('No tips saved yet');
    expect(empty.textContent).toContain('Save selection to Spoonbook');
    expect(empty.textContent).toContain('Save tip');
    expect(empty.querySelectorAll('kbd')).toHaveLength(3);
    expect(screen.getByLabelText('Bring back tips from a backup file')).toBeTruthy();
    expect(screen.queryByRole('search')).toBeNull();
  });

  it('shows each tip with its opening words, where it came from, date, tags and status in words', async () => {
    const db = freshDb();
    await saveTip(db, tipInput({ text: 'Salt and water before standing helped my POTS a lot.', tags: ['pots', 'salt'], group: 'POTS UK' }));
    await saveTip(db, tipInput({ text: 'Pacing with a heart-rate watch.', pageUrl: 'https://forum.example.org/t/2', site: 'forum.example.org', group: undefined, tags: [] }));
    renderLibrary(db);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(count()).toBe('2 tips saved');
    const salt = rows().find((row) => row.textContent?.includes('Salt and water'))!;
    expect(within(salt).getByRole('button').textContent).toBe('Salt and water before standing helped my POTS a lot.');
    expect(salt.textContent).toContain('facebook · POTS UK');
    expect(salt.textContent).toContain('Not checked yet');
    expect(salt.textContent).toContain('Tags: pots, salt');
    expect(salt.textContent).toMatch(/Saved .*20\d\d/);
    const pacing = rows().find((row) => row.textContent?.includes('Pacing'))!;
    expect(pacing.querySelectorAll('.tip-row-meta')[1]!.textContent).toBe('forum.example.org');
    expect(pacing.textContent).not.toContain('Tags:');
  });

  it('updates by itself when a tip is saved elsewhere (another connection to the same library)', async () => {
    const db = freshDb();
    await seed(db, 1);
    renderLibrary(db);
    await waitFor(() => expect(rows()).toHaveLength(1));
    // A second connection stands in for the background or another panel tab.
    const { SpoonbookDb } = await import('@/utils/library');
    const other = new SpoonbookDb(db.name);
    await saveTip(other, tipInput({ text: 'Compression socks from the pharmacy, class 2.', pageUrl: 'https://forum.example.org/socks' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(count()).toBe('2 tips saved');
    other.close();
  });

  it('finds tips by word start, ignoring case and accents, and announces the count politely', async () => {
    const db = freshDb();
    await saveTip(db, tipInput({ text: 'Dizziness eased after I raised the head of the bed.', pageUrl: 'https://a.example/1' }));
    await saveTip(db, tipInput({ text: 'A café near the clinic has quiet seating.', pageUrl: 'https://a.example/2' }));
    await saveTip(db, tipInput({ text: 'Nothing to do with the others.', pageUrl: 'https://a.example/3', notes: 'ask about DIZZY spells' }));
    renderLibrary(db);
    await waitFor(() => expect(rows()).toHaveLength(3));
    const box = screen.getByLabelText('Search your tips');
    fireEvent.input(box, { target: { value: 'DIZZ' } });
    await waitFor(() => expect(count()).toBe('2 tips found'));
    expect(rows().map((row) => row.querySelector('button')?.textContent).sort()).toEqual([
      'Dizziness eased after I raised the head of the bed.',
      'Nothing to do with the others.',
    ]);
    const announcer = document.querySelector('.visually-hidden[role="status"]')!;
    await waitFor(() => expect(announcer.textContent).toBe('2 tips found'), { timeout: 2000 });

    fireEvent.input(box, { target: { value: 'cafe' } });
    await waitFor(() => expect(count()).toBe('1 tip found'));
    fireEvent.input(box, { target: { value: 'zebra' } });
    await waitFor(() => expect(count()).toBe('0 tips found'));
    expect(screen.getByText(/No tips match/)).toBeTruthy();
    await waitFor(() => expect(announcer.textContent).toMatch(/No tips match/), { timeout: 2000 });

    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(count()).toBe('3 tips saved'));
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('filters by tag, condition, site, kind of support, status and date, offering only values in use', async () => {
    const db = freshDb();
    await importBackup(
      db,
      backupJson(6, (i) => ({
        tags: i % 2 ? ['sleep'] : ['diet'],
        conditions: i < 3 ? ['ME/CFS'] : ['POTS'],
        site: i === 5 ? 'reddit' : 'forum.example.org',
        supportType: i === 4 ? 'emotional' : 'practical',
        savedAt: `2025-0${i + 1}-10T12:00:00.000Z`,
        updatedAt: `2025-0${i + 1}-10T12:00:00.000Z`,
        verification: { status: i === 0 ? 'disputed' : 'unverified', checklist: {}, sourcesNote: '', onClinicianList: false },
      })),
    );
    renderLibrary(db);
    await waitFor(() => expect(count()).toBe('6 tips saved'));
    const tag = screen.getByLabelText('Tag') as HTMLSelectElement;
    // The choices are only read once the section is opened.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect([...tag.options].map((o) => o.textContent)).toEqual(['Any tag']);
    openFilters();
    await waitFor(() => expect([...tag.options].map((o) => o.textContent)).toEqual(['Any tag', 'diet', 'sleep']));
    const status = screen.getByLabelText('Checked or not') as HTMLSelectElement;
    expect([...status.options].map((o) => o.textContent)).toEqual(['Any', 'Not checked yet', 'I have doubts about it']);
    const support = screen.getByLabelText('Kind of support') as HTMLSelectElement;
    expect([...support.options].map((o) => o.textContent)).toEqual(['Any kind', 'Emotional support', 'Practical help']);

    fireEvent.change(tag, { target: { value: 'sleep' } });
    await waitFor(() => expect(count()).toBe('3 tips found'));
    fireEvent.change(screen.getByLabelText('Condition'), { target: { value: 'POTS' } });
    await waitFor(() => expect(count()).toBe('2 tips found'));
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'reddit' } });
    await waitFor(() => expect(count()).toBe('1 tip found'));
    expect(rows()[0]!.textContent).toContain('Bulk tip 5');
    expect(screen.getByText('Filters (3 on)')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(count()).toBe('6 tips saved'));
    fireEvent.change(support, { target: { value: 'emotional' } });
    await waitFor(() => expect(count()).toBe('1 tip found'));
    expect(rows()[0]!.textContent).toContain('Bulk tip 4');
    fireEvent.change(support, { target: { value: '' } });
    fireEvent.change(status, { target: { value: 'disputed' } });
    await waitFor(() => expect(rows()[0]!.textContent).toContain('Bulk tip 0'));
    expect(count()).toBe('1 tip found');
    expect(rows()[0]!.textContent).toContain('I have doubts about it');
    fireEvent.change(status, { target: { value: '' } });

    // Whole days, both ends included: March, April and May.
    fireEvent.input(screen.getByLabelText('Saved on or after'), { target: { value: '2025-03-10' } });
    fireEvent.input(screen.getByLabelText('Saved on or before'), { target: { value: '2025-05-10' } });
    await waitFor(() => expect(count()).toBe('3 tips found'));
    expect(rows().map((row) => /Bulk tip (\d)/.exec(row.textContent ?? '')?.[1]).sort()).toEqual(['2', '3', '4']);
  });
});
