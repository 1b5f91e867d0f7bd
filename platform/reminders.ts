/**
 * Reminder glue for the background: one periodic alarm wakes it, it works out
 * from IndexedDB what is due (utils/reminders dueReminders, a pure function of
 * the stored state and the time), shows the count on the toolbar badge and, only
 * if the person turned notifications on and the count went up, shows one
 * notification with a count and nothing else.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { SpoonbookDb, StoredTip } from '@/utils/library';
import { badgeCount, badgeText, dueReminders, notificationText, type DueReminder, type ReminderState, type ScheduledTip } from '@/utils/reminders';
import { loadAppointment } from './clinician';
import { loadSettings } from './settings';

export { initialVerification } from '@/utils/reminders/tip-verification';

export const REMINDER_ALARM = 'spoonbook-reminders';
/** Chrome allows 30 s at the least; half an hour is plenty for day-level reminders. */
export const REMINDER_PERIOD_MINUTES = 30;
export const REMINDER_NOTIFICATION = 'spoonbook-reminders';
const DISMISSED_LIMIT = 2000;

interface StoredReminderState {
  dismissed: string[];
  snoozed: Record<string, number>;
  /** The count last shown, so a notification only comes when it goes up. */
  lastCount: number;
}

const EMPTY: StoredReminderState = { dismissed: [], snoozed: {}, lastCount: 0 };
export const reminderStateItem = storage.defineItem<StoredReminderState>('local:reminderState', { fallback: EMPTY });

async function loadStoredState(): Promise<StoredReminderState> {
  const value = (await reminderStateItem.getValue()) as Partial<StoredReminderState> | null;
  return {
    dismissed: Array.isArray(value?.dismissed) ? value.dismissed.filter((id): id is string => typeof id === 'string') : [],
    snoozed: value?.snoozed && typeof value.snoozed === 'object' ? value.snoozed : {},
    lastCount: typeof value?.lastCount === 'number' ? value.lastCount : 0,
  };
}

/**
 * The tips scheduling needs: every unchecked tip (indexed) and the tips on the
 * clinician list (the appointment reminder only matters when the list has something).
 */
async function scheduledTips(db: SpoonbookDb): Promise<ScheduledTip[]> {
  const unchecked = await db.tips.where('verification.status').equals('unverified').toArray();
  const listed = await db.tips.filter((tip: StoredTip) => tip.verification.onClinicianList && tip.verification.status !== 'unverified').toArray();
  return [...unchecked, ...listed].map((tip) => ({
    id: tip.id,
    savedAt: tip.savedAt,
    verification: { status: tip.verification.status, onClinicianList: tip.verification.onClinicianList },
  }));
}

export async function loadReminderState(db: SpoonbookDb): Promise<ReminderState> {
  const [tips, appointment, stored] = await Promise.all([scheduledTips(db), loadAppointment(), loadStoredState()]);
  return { tips, appointment: appointment ? { date: appointment } : null, dismissed: stored.dismissed, snoozed: stored.snoozed };
}

/** Everything due now, oldest first. */
export async function computeDueReminders(db: SpoonbookDb, now: number = Date.now()): Promise<DueReminder[]> {
  return dueReminders(await loadReminderState(db), now);
}

/** browser.action in MV3; Firefox's MV2 build has browserAction instead. */
function toolbarAction(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

async function showBadge(count: number): Promise<void> {
  const action = toolbarAction();
  if (!action) return;
  await action.setBadgeText({ text: badgeText(count) });
  await Promise.resolve(action.setBadgeBackgroundColor?.({ color: '#1f5f8b' })).catch(() => undefined);
}

async function remember(count: number): Promise<StoredReminderState> {
  const stored = await loadStoredState();
  await reminderStateItem.setValue({ ...stored, lastCount: count });
  return stored;
}

/** Updates the badge without notifying: call after every save, edit or delete. Returns the count. */
export async function refreshBadge(db: SpoonbookDb, now: number = Date.now()): Promise<number> {
  const count = badgeCount(await computeDueReminders(db, now));
  await showBadge(count);
  await remember(count);
  return count;
}

/**
 * What the alarm does: badge, then a notification if the person opted in and more
 * is due than last time. Exported so the E2E test can run it at once (the
 * background routes `{ type: 'reminders-check-now' }` from extension pages here).
 */
export async function checkNow(db: SpoonbookDb, now: number = Date.now()): Promise<{ count: number; notified: boolean }> {
  const due = await computeDueReminders(db, now);
  const count = badgeCount(due);
  await showBadge(count);
  const before = await remember(count);
  if (count <= before.lastCount || !browser.notifications) return { count, notified: false };
  const settings = await loadSettings();
  const message = notificationText(due);
  if (!settings.notifications || !message) return { count, notified: false };
  // Title and message only: notifications show on lock screens, so never a tip, medicine or condition.
  await browser.notifications.create(REMINDER_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Spoonbook',
    message,
  });
  return { count, notified: true };
}

/** Hides one reminder (and, for a tip, its earlier steps) until something new is due. */
export async function dismissReminder(db: SpoonbookDb, id: string, now: number = Date.now()): Promise<number> {
  const stored = await loadStoredState();
  const dismissed = [...stored.dismissed.filter((item) => item !== id), id].slice(-DISMISSED_LIMIT);
  await reminderStateItem.setValue({ ...stored, dismissed });
  return refreshBadge(db, now);
}

type SidePanelOpen = { open(options: { windowId: number }): Promise<void> };

/**
 * Opens Spoonbook after a notification click. Chrome may not count the click as a
 * gesture for sidePanel.open, and Firefox's sidebar may refuse too, so the side
 * panel page opens in a tab when they do.
 */
export async function openSpoonbook(): Promise<'side-panel' | 'sidebar' | 'tab'> {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelOpen } }).chrome?.sidePanel;
  if (sidePanel) {
    try {
      const win = await browser.windows.getLastFocused();
      if (win?.id !== undefined) {
        await sidePanel.open({ windowId: win.id });
        return 'side-panel';
      }
    } catch {
      // Not taken as a gesture: fall through to a tab.
    }
  }
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) {
    try {
      await sidebar.open();
      return 'sidebar';
    } catch {
      // Firefox only opens the sidebar from a user action.
    }
  }
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  return 'tab';
}

let activeDb: SpoonbookDb | null = null;

function onAlarm(alarm: { name: string }): Promise<unknown> | undefined {
  if (alarm.name !== REMINDER_ALARM || !activeDb) return undefined;
  return checkNow(activeDb).catch(() => undefined);
}

function onNotificationClicked(id: string): Promise<unknown> | undefined {
  if (id !== REMINDER_NOTIFICATION) return undefined;
  void browser.notifications.clear(id);
  return openSpoonbook().catch(() => undefined);
}

/**
 * Call at every background start-up. Listeners are added before the first await
 * (an MV3 worker woken by the alarm must have them at once). The alarm is created
 * only when missing: Firefox forgets alarms on restart, while re-creating an
 * existing one in Chrome would push its next firing back each time the worker wakes.
 */
export async function startReminders(db: SpoonbookDb): Promise<void> {
  activeDb = db;
  if (!browser.alarms.onAlarm.hasListener(onAlarm)) browser.alarms.onAlarm.addListener(onAlarm);
  const notifications = browser.notifications;
  if (notifications && !notifications.onClicked.hasListener(onNotificationClicked)) {
    notifications.onClicked.addListener(onNotificationClicked);
  }
  const existing = await browser.alarms.get(REMINDER_ALARM);
  if (!existing || existing.periodInMinutes !== REMINDER_PERIOD_MINUTES) {
    await browser.alarms.create(REMINDER_ALARM, { delayInMinutes: 1, periodInMinutes: REMINDER_PERIOD_MINUTES });
  }
  // After a restart or a week with the laptop shut, catch up straight away.
  await checkNow(db).catch(() => undefined);
}
