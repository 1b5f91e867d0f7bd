import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SpoonbookDb } from '@/utils/library';
import { RemindersTab } from '@/components/verify/RemindersTab';
import { GENTLE_TEXT, RISKY_TEXT, axeViolations, freshDb, saveWithVerification } from './helpers';

let db: SpoonbookDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb('reminders-tab');
});
afterEach(() => {
  cleanup();
  db.close();
});

describe('RemindersTab', () => {
  it('lists tips due for checking, opens one, and "Not now" puts one aside', async () => {
    const due = await saveWithVerification(db, GENTLE_TEXT, { daysAgo: 2 });
    await saveWithVerification(db, 'Saved just now, so not due yet: pacing helps.');
    const onOpenTip = vi.fn();
    const { container } = render(<RemindersTab db={db} onOpenTip={onOpenTip} onPrint={() => undefined} />);
    const items = await screen.findAllByTestId('due-item');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toContain('hot water bottle');
    fireEvent.click(screen.getByRole('button', { name: 'Check it now' }));
    expect(onOpenTip).toHaveBeenCalledWith(due.id);
    expect(await axeViolations(container)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.getByTestId('due-empty')).toBeTruthy());
  });

  it('shows the clinician list and the notification setting', async () => {
    await saveWithVerification(db, RISKY_TEXT);
    render(<RemindersTab db={db} />);
    expect(await screen.findAllByTestId('clinician-item')).toHaveLength(1);
    expect(screen.getByTestId('reminders-settings')).toBeTruthy();
  });
});
