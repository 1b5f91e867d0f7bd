import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LibraryTab } from '@/components/sidepanel/LibraryTab';
import { getLibraryDb } from '@/platform/library-db';
import { saveTip } from '@/utils/library';
import { tipInput } from './harness';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('the side panel’s Library tab', () => {
  it('uses the one shared library database', () => {
    expect(getLibraryDb()).toBe(getLibraryDb());
    expect(getLibraryDb().name).toBe('spoonbook');
  });

  it('shows tips from the shared database and asks the background to open the post and find the words', async () => {
    const asked: unknown[] = [];
    // Stands in for the background: it opens the tab and reports whether the passage was found.
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      asked.push(message);
      void fakeBrowser.tabs.create({ url: 'https://www.facebook.com/groups/123456/posts/789' }).then(() => sendResponse({ ok: true, anchored: 'found' }));
      return true;
    });
    render(<LibraryTab />);
    await screen.findByTestId('library-empty');
    await saveTip(getLibraryDb(), tipInput({ permalink: 'https://www.facebook.com/groups/123456/posts/789' }));
    const row = await waitFor(() => {
      const button = document.querySelector<HTMLButtonElement>('.tip-row-open');
      if (!button) throw new Error('no row yet');
      return button;
    });
    fireEvent.click(row);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the original post' }));
    await waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.map((tab) => tab.url)).toContain('https://www.facebook.com/groups/123456/posts/789');
    });
    expect(asked).toEqual([{ type: 'open-tip', id: expect.any(String) }]);
    await screen.findByText('Opened the post. The saved words are highlighted on the page.');
  });
});
