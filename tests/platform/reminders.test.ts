import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { updateTip, type SpoonbookDb } from '@/utils/library';
import {
  REMINDER_ALARM,
  REMINDER_NOTIFICATION,
  checkNow,
  openSpoonbook,
  refreshBadge,
  startReminders,
} from '@/platform/reminders';
import { saveAppointment } from '@/platform/clinician';
import { saveSettings } from '@/platform/settings';
import { RISKY_TEXT, freshDb, saveWithVerification } from '../components/verify/helpers';

let db: SpoonbookDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb('platform-reminders');
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as { chrome?: unknown }).chrome;
  db.close();
});

const badge = () => fakeBrowser.action.getBadgeText({});
const alarm = (name: string) => ({ name, scheduledTime: Date.now(), periodInMinutes: 30, persistAcrossSessions: false });
const fire = () => fakeBrowser.alarms.onAlarm.trigger(alarm(REMINDER_ALARM));

describe('startReminders', () => {
  it('creates one periodic alarm, however often the background starts', async () => {
    await startReminders(db);
    await startReminders(db);
    const alarms = await browser.alarms.getAll();
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({ name: REMINDER_ALARM, periodInMinutes: 30 });
  });

  it('re-creates the alarm after a Firefox restart forgot it, and leaves an existing one alone', async () => {
    await startReminders(db);
    const first = await browser.alarms.get(REMINDER_ALARM);
    // A Chrome worker waking up again must not push the next firing back.
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await startReminders(db);
    expect(create).not.toHaveBeenCalled();
    expect((await browser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(first?.scheduledTime);

    await browser.alarms.clearAll(); // what a Firefox restart does
    expect(await browser.alarms.getAll()).toHaveLength(0);
    await startReminders(db);
    expect(create).toHaveBeenCalledTimes(1);
    expect(await browser.alarms.getAll()).toHaveLength(1);
  });

  it('adds its listeners once, and catches up on what is due at start-up', async () => {
    await saveWithVerification(db, 'Pacing helped me more than anything.', { daysAgo: 2 });
    const onAlarm = vi.spyOn(fakeBrowser.alarms.onAlarm, 'addListener');
    const onClick = vi.spyOn(fakeBrowser.notifications.onClicked, 'addListener');
    await startReminders(db);
    await startReminders(db);
    expect(onAlarm).toHaveBeenCalledTimes(1);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(await badge()).toBe('1');
    // An alarm with another name is not ours.
    await fakeBrowser.action.setBadgeText({ text: 'x' });
    await fakeBrowser.alarms.onAlarm.trigger(alarm('something-else'));
    expect(await badge()).toBe('x');
    await fire();
    expect(await badge()).toBe('1');
  });
});

describe('the alarm', () => {
  it('shows the due count on the badge, and nothing when none is due', async () => {
    await startReminders(db);
    expect(await badge()).toBe('');
    const a = await saveWithVerification(db, 'Pacing helped me more than anything.', { daysAgo: 2 });
    await saveWithVerification(db, 'Cold packs on my knees after walking.', { daysAgo: 8 });
    await saveWithVerification(db, 'Saved a minute ago.');
    await fire();
    expect(await badge()).toBe('2');
    await updateTip(db, a.id, { verification: { status: 'disputed' } });
    expect(await refreshBadge(db)).toBe(1);
    expect(await badge()).toBe('1');
  });

  it('counts the appointment reminder when the clinician list has something', async () => {
    await saveWithVerification(db, RISKY_TEXT);
    const today = new Date();
    const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    await saveAppointment(date);
    const morning = new Date(today.getFullYear(), today.getMonth(), today.getDate(), 10).getTime();
    expect((await checkNow(db, morning)).count).toBe(1);
  });

  it('notifies only when turned on and the count went up, with a count and no health details', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await saveWithVerification(db, RISKY_TEXT, { daysAgo: 2 });
    await startReminders(db); // notifications are off by default
    expect(await badge()).toBe('1');
    expect(create).not.toHaveBeenCalled();

    await saveSettings({ notifications: true });
    await saveWithVerification(db, 'Magnesium spray before bed stopped my cramps.', { daysAgo: 3 });
    await fire();
    expect(create).toHaveBeenCalledTimes(1);
    const [id, options] = create.mock.calls[0] as unknown as [string, { message: string; title: string; type: string }];
    expect(id).toBe(REMINDER_NOTIFICATION);
    expect(options.message).toBe('You have 2 tips to check.');
    expect(options.title).toBe('Spoonbook');
    expect(JSON.stringify(options)).not.toMatch(/sertraline|magnesium|cramps|wort/i);

    await fire(); // same count: quiet
    expect(create).toHaveBeenCalledTimes(1);
    await saveWithVerification(db, 'Heat pads help my back.', { daysAgo: 9 });
    expect((await checkNow(db)).notified).toBe(true);
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('does not notify from refreshBadge', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await saveSettings({ notifications: true });
    await saveWithVerification(db, 'Pacing helped me more than anything.', { daysAgo: 2 });
    expect(await refreshBadge(db)).toBe(1);
    expect(create).not.toHaveBeenCalled();
  });

  it('uses browserAction where there is no action (Firefox MV2)', async () => {
    const setBadgeText = vi.fn(async () => undefined);
    const original = Object.getOwnPropertyDescriptor(browser, 'action');
    Object.defineProperty(browser, 'action', { value: undefined, configurable: true });
    Object.defineProperty(browser, 'browserAction', { value: { setBadgeText }, configurable: true });
    try {
      await saveWithVerification(db, 'Pacing helped me more than anything.', { daysAgo: 2 });
      await refreshBadge(db);
      expect(setBadgeText).toHaveBeenCalledWith({ text: '1' });
    } finally {
      if (original) Object.defineProperty(browser, 'action', original);
      delete (browser as unknown as { browserAction?: unknown }).browserAction;
    }
  });
});

describe('opening Spoonbook from the notification', () => {
  it('opens the side panel page in a tab when there is no side panel', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await startReminders(db);
    await fakeBrowser.notifications.onClicked.trigger(REMINDER_NOTIFICATION);
    expect(create).toHaveBeenCalledWith({ url: browser.runtime.getURL('/sidepanel.html') });
  });

  it('opens Chrome\u2019s side panel in the last focused window, and falls back to a tab when refused', async () => {
    const win = await browser.windows.create({});
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue(win as never);
    const open = vi.fn(async (_options: { windowId: number }) => undefined);
    (globalThis as { chrome?: unknown }).chrome = { sidePanel: { open } };
    expect(await openSpoonbook()).toBe('side-panel');
    expect(open).toHaveBeenCalledWith({ windowId: win?.id });

    open.mockRejectedValueOnce(new Error('sidePanel.open() may only be called in response to a user gesture.'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openSpoonbook()).toBe('tab');
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('ignores clicks on other notifications', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await startReminders(db);
    await fakeBrowser.notifications.onClicked.trigger('something-else');
    expect(create).not.toHaveBeenCalled();
  });
});
