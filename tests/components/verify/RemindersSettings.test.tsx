import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RemindersSettings } from '@/components/verify/RemindersSettings';
import { loadSettings } from '@/platform/settings';
import { axeViolations } from './helpers';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('RemindersSettings', () => {
  it('is off until turned on, and stores the choice', async () => {
    const { container } = render(<RemindersSettings />);
    const box = screen.getByRole('checkbox', { name: /notification/ }) as HTMLInputElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    expect(box.checked).toBe(false);
    expect(container.textContent).toContain('You have 3 tips to check');
    fireEvent.click(box);
    await waitFor(async () => expect((await loadSettings()).notifications).toBe(true));
    fireEvent.click(box);
    await waitFor(async () => expect((await loadSettings()).notifications).toBe(false));
    expect(await axeViolations(container)).toEqual([]);
  });
});
