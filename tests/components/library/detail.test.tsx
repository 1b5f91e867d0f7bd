import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getTip, MESSAGES, saveTip, updateTip, type Tip } from '@/utils/library';
import { freshDb, renderLibrary, tipInput } from './harness';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openFirstTip() {
  const button = await waitFor(() => {
    const found = document.querySelector<HTMLButtonElement>('.tip-row-open');
    if (!found) throw new Error('no rows yet');
    return found;
  });
  fireEvent.click(button);
  return screen.findByTestId('tip-text');
}

describe('tip detail', () => {
  it('shows page text as text, never as markup, with where and when it came from', async () => {
    const db = freshDb();
    const hostile = '<img src=x onerror="globalThis.pwned=1">Salt <b>helps</b>\n<script>globalThis.pwned=2</script>';
    await saveTip(
      db,
      tipInput({ text: hostile, permalink: 'https://www.facebook.com/groups/123456/posts/789', postedAt: '2024-11-02T08:00:00.000Z', author: 'Sam Example' }),
    );
    renderLibrary(db);
    const text = await openFirstTip();
    expect(text.textContent).toBe(hostile.replace(/\r\n?/g, '\n'));
    expect(text.querySelector('img, b, script')).toBeNull();
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
    const facts = document.querySelector('.tip-facts')!;
    expect(facts.textContent).toContain('facebook');
    expect(facts.textContent).toContain('Reflux Support UK');
    expect(facts.textContent).toContain('Sam Example');
    expect(facts.textContent).toMatch(/Posted.*2024/);
    expect(facts.textContent).toContain('Not checked yet');
    expect(document.activeElement?.id).toBe('tip-detail-heading');
  });

  it('leaves out the author when the person chose not to store names', async () => {
    const db = freshDb();
    await saveTip(db, tipInput({ author: null }));
    renderLibrary(db);
    await openFirstTip();
    expect(screen.queryByText('Written by')).toBeNull();
  });

  it('"Open the original post" opens the permalink, or the page address when there is none', async () => {
    const db = freshDb();
    await saveTip(db, tipInput({ permalink: 'https://www.facebook.com/groups/123456/posts/789?comment_id=5' }));
    const { openPage } = renderLibrary(db);
    await openFirstTip();
    fireEvent.click(screen.getByRole('button', { name: 'Open the original post' }));
    await waitFor(() => expect(openPage).toHaveBeenCalledTimes(1));
    expect(openPage.mock.calls[0]![0]).toBe('https://www.facebook.com/groups/123456/posts/789?comment_id=5');
    expect(openPage.mock.calls[0]![1].quote.exact).toContain('left side');
    cleanup();

    const other = freshDb();
    await saveTip(other, tipInput({ pageUrl: 'https://forum.example.org/t/42' }));
    const second = renderLibrary(other);
    await openFirstTip();
    fireEvent.click(screen.getByRole('button', { name: 'Open the original post' }));
    await waitFor(() => expect(second.openPage).toHaveBeenCalledTimes(1));
    expect(second.openPage.mock.calls[0]![0]).toBe('https://forum.example.org/t/42');
  });

  it('saves tags, conditions, kind of support, rating and notes', async () => {
    const db = freshDb();
    const { tip } = await saveTip(db, tipInput({ tags: [], conditions: [], supportType: undefined }));
    renderLibrary(db);
    await openFirstTip();
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'sleep,  Diet , sleep' } });
    fireEvent.input(screen.getByLabelText('Conditions'), { target: { value: 'GERD' } });
    fireEvent.change(screen.getByLabelText('Kind of support'), { target: { value: 'emotional' } });
    fireEvent.click(screen.getByLabelText('4 — Helped quite a lot'));
    fireEvent.input(screen.getByLabelText('Your notes'), { target: { value: 'Ask the GP in May.' } });
    expect(screen.getByText('You have changes that aren’t saved yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Changes saved.');
    const stored = (await getTip(db, tip.id))!;
    expect(stored.tags).toEqual(['sleep', 'Diet']);
    expect(stored.conditions).toEqual(['GERD']);
    expect(stored.supportType).toBe('emotional');
    expect(stored.helpedMe).toBe(4);
    expect(stored.notes).toBe('Ask the GP in May.');
    expect((screen.getByLabelText('Tags') as HTMLInputElement).value).toBe('sleep, Diet');

    fireEvent.click(screen.getByLabelText('Not rated yet'));
    fireEvent.change(screen.getByLabelText('Kind of support'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await getTip(db, tip.id))!.helpedMe).toBeUndefined());
    expect((await getTip(db, tip.id))!.supportType).toBeUndefined();
  });

  it('keeps what was typed when saving fails, and says why in plain words', async () => {
    const db = freshDb();
    const { tip } = await saveTip(db, tipInput());
    renderLibrary(db);
    await openFirstTip();
    const full = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    const put = vi.spyOn(db.tips, 'put').mockRejectedValue(full);
    fireEvent.input(screen.getByLabelText('Your notes'), { target: { value: 'Important: ask about the dose' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText(MESSAGES.outOfSpaceEdit);
    expect((screen.getByLabelText('Your notes') as HTMLTextAreaElement).value).toBe('Important: ask about the dose');
    expect((await getTip(db, tip.id))!.notes).toBe('');

    put.mockRestore();
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Changes saved.');
    expect((await getTip(db, tip.id))!.notes).toBe('Important: ask about the dose');
  });

  it('takes in changes made elsewhere, but never over unsaved typing', async () => {
    const db = freshDb();
    const { tip } = await saveTip(db, tipInput());
    renderLibrary(db);
    await openFirstTip();
    await updateTip(db, tip.id, { notes: 'Written in another window' });
    await waitFor(() => expect((screen.getByLabelText('Your notes') as HTMLTextAreaElement).value).toBe('Written in another window'));

    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'mine' } });
    await updateTip(db, tip.id, { notes: 'Changed again elsewhere' });
    await waitFor(() => expect(document.querySelector('.tip-facts')?.textContent).toContain('Last changed'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((screen.getByLabelText('Tags') as HTMLInputElement).value).toBe('mine');
    expect((screen.getByLabelText('Your notes') as HTMLTextAreaElement).value).toBe('Written in another window');
  });

  it('says so when the tip is deleted in another window', async () => {
    const db = freshDb();
    const { tip } = await saveTip(db, tipInput());
    renderLibrary(db);
    await openFirstTip();
    await db.tips.delete(tip.id);
    await screen.findByText(/no longer in your library/);
  });

  it('shows the verification slot: a plain stand-in by default, or what the panel passes', async () => {
    const db = freshDb();
    await saveTip(db, tipInput());
    renderLibrary(db);
    await openFirstTip();
    expect(within(screen.getByTestId('verify-slot')).getByText('Not checked yet')).toBeTruthy();
    cleanup();

    const seen: Tip[] = [];
    renderLibrary(db, {
      verifySlot: (tip) => {
        seen.push(tip);
        return <p data-testid="custom-verify">Verify {tip.site}</p>;
      },
    });
    await openFirstTip();
    expect(screen.getByTestId('custom-verify').textContent).toBe('Verify facebook');
    expect(screen.queryByTestId('verify-slot')).toBeNull();
    expect(seen.at(-1)?.text).toContain('left side');
  });
});
