import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CheckDraftTab } from '@/components/sidepanel/CheckDraftTab';
import { saveSettings } from '@/platform/settings';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

function type(text: string) {
  const box = screen.getByLabelText('Your draft') as HTMLTextAreaElement;
  fireEvent.input(box, { target: { value: text } });
  return box;
}

describe('Check a draft', () => {
  it('lists what could identify you and applies a fix to the draft', async () => {
    render(<CheckDraftTab />);
    const box = type('You can email me at jo.bloggs@example.com any time');
    await waitFor(() => expect(screen.getByRole('heading', { name: /1 thing to check|things to check/ })).toBeTruthy());
    const item = screen.getByText('An email address').closest('li')!;
    expect(item.textContent).toContain('jo.bloggs@example.com');
    const fix = item.querySelector('button')!;
    fireEvent.click(fix);
    await waitFor(() => expect(box.value).not.toContain('jo.bloggs@example.com'));
    expect(box.value.startsWith('You can email me at ')).toBe(true);
  });

  it('always flags the person’s own words from settings', async () => {
    await saveSettings({ personalTerms: [{ text: 'Hebden Bridge', kind: 'place' }] });
    render(<CheckDraftTab />);
    await new Promise((resolve) => setTimeout(resolve, 10));
    type('Anyone else near hebden bridge with lupus?');
    await waitFor(() => expect(screen.getByText('hebden bridge', { selector: 'li mark' })).toBeTruthy());
  });

  it('says so when nothing needs checking, and "Not sensitive" removes a finding', async () => {
    render(<CheckDraftTab />);
    type('Has anyone had Crohn’s flare after switching from Humira to Stelara?');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Nothing found to check' })).toBeTruthy());
    type('Email me: jo@example.org');
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Not sensitive' }).length).toBeGreaterThan(0));
    const before = screen.getAllByRole('button', { name: 'Not sensitive' }).length;
    fireEvent.click(screen.getAllByRole('button', { name: 'Not sensitive' })[0]!);
    await waitFor(() => expect(screen.queryAllByRole('button', { name: 'Not sensitive' }).length).toBe(before - 1));
  });

  it('copies the safer text', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<CheckDraftTab />);
    type('Ring 07700 900123 please');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copy safer text' })).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Copy safer text' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const copied = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(copied).not.toContain('07700 900123');
    expect(copied.startsWith('Ring ')).toBe(true);
  });
});
