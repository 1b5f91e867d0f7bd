import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { clinicianQuestionsItem, loadAppointment, loadQuestions, openPrintView, saveAppointment, saveQuestion, watchAppointment } from '@/platform/clinician';
import { SpoonbookDb, saveTip, getTip } from '@/utils/library';

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
  let db: SpoonbookDb;
  let n = 0;
  const tip = async (text: string) => (await saveTip(db, { text, pageUrl: `https://forum.example.org/t/${text.length}` })).tip.id;
  beforeEach(() => {
    db = new SpoonbookDb(`clinician-questions-${++n}`);
  });

  it('keeps one trimmed question per tip, in the tip itself, and drops empty ones', async () => {
    const [a, b, c] = [await tip('one'), await tip('second one'), await tip('third one here')];
    await saveQuestion(db, a, '  Is this OK with my tablets?  ');
    await saveQuestion(db, b, 'Second');
    await saveQuestion(db, b, '   ');
    expect(await loadQuestions(db)).toEqual({ [a]: 'Is this OK with my tablets?' });
    expect((await getTip(db, a))?.verification.clinicianQuestion).toBe('Is this OK with my tablets?');
    await saveQuestion(db, c, 'x'.repeat(900));
    expect((await loadQuestions(db))[c]).toHaveLength(500);
  });

  it('moves questions an earlier version kept in storage into their tips, once', async () => {
    const a = await tip('kept in storage before');
    await clinicianQuestionsItem.setValue({ [a]: 'Old question', 'no-such-tip': 'Lost tip' });
    expect(await loadQuestions(db)).toEqual({ [a]: 'Old question' });
    expect(await clinicianQuestionsItem.getValue()).toEqual({});
    expect((await getTip(db, a))?.verification.clinicianQuestion).toBe('Old question');
  });
});

it('opens the print view in a tab', async () => {
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  await openPrintView();
  expect(create).toHaveBeenCalledWith({ url: browser.runtime.getURL('/clinician.html') });
});
