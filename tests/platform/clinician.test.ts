import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { loadAppointment, loadQuestions, openPrintView, saveAppointment, saveQuestion, watchAppointment } from '@/platform/clinician';

beforeEach(() => fakeBrowser.reset());

describe('appointment', () => {
  it('stores a real date under "appointment" and refuses one that does not exist', async () => {
    expect(await loadAppointment()).toBeNull();
    await saveAppointment('2031-05-16');
    expect(await loadAppointment()).toBe('2031-05-16');
    expect((await browser.storage.local.get('appointment')).appointment).toBe('2031-05-16');
    await expect(saveAppointment('2031-02-30')).rejects.toThrow(/real calendar date/);
    expect(await loadAppointment()).toBe('2031-05-16');
    await saveAppointment(null);
    expect(await loadAppointment()).toBeNull();
  });

  it('ignores a damaged stored value', async () => {
    await browser.storage.local.set({ appointment: 'next Tuesday' });
    expect(await loadAppointment()).toBeNull();
  });

  it('tells watchers about changes', async () => {
    const seen = vi.fn();
    const stop = watchAppointment(seen);
    await saveAppointment('2031-05-16');
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith('2031-05-16'));
    stop();
  });
});

describe('questions', () => {
  it('keeps one trimmed question per tip and drops empty ones', async () => {
    await saveQuestion('a', '  Is this OK with my tablets?  ');
    await saveQuestion('b', 'Second');
    await saveQuestion('b', '   ');
    expect(await loadQuestions()).toEqual({ a: 'Is this OK with my tablets?' });
    await saveQuestion('c', 'x'.repeat(900));
    expect((await loadQuestions()).c).toHaveLength(500);
  });
});

it('opens the print view in a tab', async () => {
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  await openPrintView();
  expect(create).toHaveBeenCalledWith({ url: browser.runtime.getURL('/clinician.html') });
});
