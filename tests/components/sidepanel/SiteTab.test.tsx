import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { SiteTab } from '@/components/sidepanel/SiteTab';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('This site tab', () => {
  it('keeps what the person typed when the tab lookup finishes after they started typing', async () => {
    let finishLookup: (tabs: Array<{ url: string }>) => void = () => undefined;
    const lookup = new Promise<Array<{ url: string }>>((resolve) => {
      finishLookup = resolve;
    });
    vi.spyOn(browser.tabs, 'query').mockReturnValue(lookup as never);
    render(<SiteTab />);
    const box = screen.getByLabelText('Site address') as HTMLInputElement;
    fireEvent.input(box, { target: { value: 'forum.example.org/topic/1' } });
    finishLookup([{ url: 'chrome-extension://abc/sidepanel.html' }]);
    await lookup;
    await new Promise((r) => setTimeout(r, 0));
    await waitFor(() => expect(box.value).toBe('forum.example.org/topic/1'));
  });

  it('fills an empty box with the current site', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ url: 'https://community.example.org/t/1' }] as never);
    render(<SiteTab />);
    const box = screen.getByLabelText('Site address') as HTMLInputElement;
    await waitFor(() => expect(box.value).toBe('community.example.org'));
  });
});
