import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  appointmentReminders, badgeCount, badgeText, dueReminders, nextDueDates, nextReminderAt, notificationText, tipDueAt,
  type DueReminder, type ReminderState, type ScheduledTip,
} from '@/utils/reminders';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (y: number, m: number, d: number, h = 0, min = 0): number => new Date(y, m - 1, d, h, min).getTime();

function savedTip(id: string, savedAt: number, status: ScheduledTip['verification']['status'] = 'unverified', onClinicianList = false): ScheduledTip {
  return { id, savedAt: new Date(savedAt).toISOString(), verification: { status, onClinicianList } };
}

const emptyState = (tips: ScheduledTip[] = []): ReminderState => ({ tips, appointment: null, dismissed: [], snoozed: {} });
const ids = (due: readonly DueReminder[]): string[] => due.map((d) => d.id);

describe('nextDueDates', () => {
  it('is a day, a week and a calendar month later, at the same local time', () => {
    expect(nextDueDates(at(2025, 3, 10, 14, 30))).toEqual([at(2025, 3, 11, 14, 30), at(2025, 3, 17, 14, 30), at(2025, 4, 10, 14, 30)]);
  });

  it('accepts an ISO timestamp and gives nothing for an unreadable one', () => {
    expect(nextDueDates(new Date(at(2025, 3, 10, 14, 30)).toISOString())[0]).toBe(at(2025, 3, 11, 14, 30));
    expect(nextDueDates('yesterday')).toEqual([]);
  });

  it('clamps the month step to the end of a shorter month', () => {
    expect(nextDueDates(at(2025, 1, 31, 9))[2]).toBe(at(2025, 2, 28, 9));
    expect(nextDueDates(at(2024, 1, 31, 9))[2]).toBe(at(2024, 2, 29, 9));
    expect(nextDueDates(at(2025, 12, 31, 9))).toEqual([at(2026, 1, 1, 9), at(2026, 1, 7, 9), at(2026, 1, 31, 9)]);
  });

  it('keeps the wall-clock time across a clock change (UK time, run in a child process)', () => {
    const module = path.resolve(process.cwd(), 'utils/reminders/schedule.ts');
    const code = `import('${module}').then(({ nextDueDates }) => {
      const saved = new Date(2025, 2, 29, 10, 0).getTime(); // Saturday before the clocks go forward
      console.log(JSON.stringify(nextDueDates(saved).map((t) => { const d = new Date(t); return [d.getDate(), d.getHours(), d.getMinutes()]; })));
      console.log((nextDueDates(saved)[0] - saved) / 3600000);
    });`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', code], { env: { ...process.env, TZ: 'Europe/London' }, encoding: 'utf8' });
    const [times, firstGapHours] = out.trim().split('\n');
    expect(JSON.parse(times ?? '')).toEqual([[30, 10, 0], [5, 10, 0], [29, 10, 0]]);
    expect(Number(firstGapHours)).toBe(23); // a 23-hour day, still 10:00 on the clock
  }, 30_000);
});

describe('appointmentReminders', () => {
  it('is 9:00 two days before and 8:00 on the day, local time', () => {
    expect(appointmentReminders('2025-03-14')).toEqual([
      { id: 'appointment:2025-03-14:soon', kind: 'appointment-soon', at: at(2025, 3, 12, 9) },
      { id: 'appointment:2025-03-14:today', kind: 'appointment-today', at: at(2025, 3, 14, 8) },
    ]);
  });

  it('crosses month boundaries and rejects impossible dates', () => {
    expect(appointmentReminders('2025-03-01')[0]?.at).toBe(at(2025, 2, 27, 9));
    expect(appointmentReminders('2025-02-30')).toEqual([]);
    expect(appointmentReminders('')).toEqual([]);
  });
});

describe('dueReminders', () => {
  const saved = at(2025, 3, 10, 14);

  it('brings an unchecked tip back a day, a week and a month after saving', () => {
    const state = emptyState([savedTip('a', saved)]);
    expect(dueReminders(state, saved + DAY - 1)).toEqual([]);
    expect(dueReminders(state, saved + DAY)).toEqual([{ id: 'check:a:0', kind: 'check-tip', dueAt: saved + DAY, tipId: 'a', step: 0 }]);
    expect(ids(dueReminders(state, saved + 7 * DAY))).toEqual(['check:a:1']);
    expect(ids(dueReminders(state, at(2025, 4, 10, 14)))).toEqual(['check:a:2']);
    expect(ids(dueReminders(state, at(2025, 9, 1)))).toEqual(['check:a:2']);
  });

  it('gives one reminder per tip after a long gap, not one per missed step', () => {
    const state = emptyState([savedTip('a', saved), savedTip('b', saved - 40 * DAY)]);
    const due = dueReminders(state, saved + 8 * DAY);
    expect(ids(due)).toEqual(['check:b:2', 'check:a:1']);
    expect(notificationText(due)).toBe('You have 2 tips to check.');
  });

  it('skips tips that are no longer unchecked', () => {
    const state = emptyState(['checked', 'discussed', 'disputed'].map((s, i) => savedTip(`t${i}`, saved, s as 'checked')));
    expect(dueReminders(state, saved + 9 * DAY)).toEqual([]);
  });

  it('lets a dismissal cover earlier steps, but the next step still comes back', () => {
    const state: ReminderState = { ...emptyState([savedTip('a', saved)]), dismissed: ['check:a:1'] };
    expect(dueReminders(state, saved + DAY)).toEqual([]);
    expect(dueReminders(state, saved + 8 * DAY)).toEqual([]);
    expect(ids(dueReminders(state, at(2025, 4, 10, 15)))).toEqual(['check:a:2']);
  });

  it('keeps a snoozed reminder quiet until the snooze ends', () => {
    const state: ReminderState = { ...emptyState([savedTip('a', saved)]), snoozed: { 'check:a:0': saved + 2 * DAY } };
    expect(dueReminders(state, saved + DAY + HOUR)).toEqual([]);
    expect(ids(dueReminders(state, saved + 2 * DAY))).toEqual(['check:a:0']);
  });

  it('reminds about an appointment only while the clinician list has something on it', () => {
    const tips = [savedTip('x', at(2025, 3, 1), 'checked', true)];
    const state: ReminderState = { ...emptyState(tips), appointment: { date: '2025-03-14' } };
    expect(dueReminders(state, at(2025, 3, 12, 8, 59))).toEqual([]);
    expect(ids(dueReminders(state, at(2025, 3, 12, 9)))).toEqual(['appointment:2025-03-14:soon']);
    expect(ids(dueReminders(state, at(2025, 3, 14, 8)))).toEqual(['appointment:2025-03-14:today']);
    expect(dueReminders(state, at(2025, 3, 15, 0))).toEqual([]);
    expect(dueReminders({ ...state, tips: [savedTip('x', at(2025, 3, 1), 'checked', false)] }, at(2025, 3, 13))).toEqual([]);
    expect(dueReminders({ ...state, dismissed: ['appointment:2025-03-14:soon'] }, at(2025, 3, 13))).toEqual([]);
    expect(ids(dueReminders({ ...state, dismissed: ['appointment:2025-03-14:soon'] }, at(2025, 3, 14, 9)))).toEqual(['appointment:2025-03-14:today']);
  });
});

describe('tipDueAt', () => {
  const saved = at(2025, 3, 10, 14);
  const iso = (t: number): string => new Date(t).toISOString();

  it('is the first step before it is due, the current step while due, and moves on when dismissed', () => {
    const t = savedTip('a', saved);
    const state = emptyState([t]);
    expect(tipDueAt(t, state, saved)).toBe(iso(saved + DAY));
    expect(tipDueAt(t, state, saved + 3 * DAY)).toBe(iso(saved + DAY));
    expect(tipDueAt(t, { ...state, dismissed: ['check:a:0'] }, saved + 3 * DAY)).toBe(iso(saved + 7 * DAY));
    expect(tipDueAt(t, { ...state, dismissed: ['check:a:2'] }, saved + 3 * DAY)).toBeUndefined();
    expect(tipDueAt(t, { ...state, snoozed: { 'check:a:0': saved + 2 * DAY } }, saved + DAY + HOUR)).toBe(iso(saved + 2 * DAY));
    expect(tipDueAt(savedTip('b', saved, 'checked'), state, saved)).toBeUndefined();
  });

  it('agrees with dueReminders at every hour of the first five weeks', () => {
    const t = savedTip('a', saved);
    const state: ReminderState = { ...emptyState([t]), dismissed: ['check:a:0'], snoozed: { 'check:a:1': saved + 9 * DAY } };
    for (let now = saved; now < saved + 35 * DAY; now += HOUR) {
      const due = dueReminders(state, now).length > 0;
      const dueAt = tipDueAt(t, state, now);
      expect(dueAt !== undefined && Date.parse(dueAt) <= now, new Date(now).toISOString()).toBe(due);
    }
  });
});

describe('badge, notification and next wake-up', () => {
  it('counts what is due and writes a badge text', () => {
    const due = dueReminders(emptyState([savedTip('a', 0), savedTip('b', 0), savedTip('c', 0)]), 40 * DAY);
    expect(badgeCount(due)).toBe(3);
    expect([0, 3, 99, 100].map(badgeText)).toEqual(['', '3', '99', '99+']);
  });

  it('says only how many tips, never what they are about', () => {
    const due: DueReminder[] = [{ id: 'check:a:0', kind: 'check-tip', dueAt: 0, tipId: 'a', step: 0 }];
    expect(notificationText([])).toBeNull();
    expect(notificationText(due)).toBe('You have 1 tip to check.');
    expect(notificationText([...due, { id: 'appointment:x:today', kind: 'appointment-today', dueAt: 0 }])).toBe('You have 1 tip to check, and your appointment is today.');
    expect(notificationText([{ id: 'appointment:x:soon', kind: 'appointment-soon', dueAt: 0 }])).toBe('Your appointment is coming up. Your list is ready.');
  });

  it('finds the next moment something becomes due', () => {
    const saved = at(2025, 3, 10, 14);
    const state: ReminderState = { ...emptyState([savedTip('a', saved)]), snoozed: { 'check:a:0': saved + 30 * HOUR } };
    expect(nextReminderAt(state, saved)).toBe(saved + DAY);
    expect(nextReminderAt(state, saved + DAY)).toBe(saved + 30 * HOUR);
    expect(nextReminderAt(state, at(2025, 5, 1))).toBeNull();
  });
});

// A stand-in for the background script: it works out what is due at start-up and on
// each tick of one periodic alarm, from stored state only.
function startBackground(load: () => ReminderState, periodMs: number): { last: () => DueReminder[]; seen: Set<string>; stop: () => void } {
  let last: DueReminder[] = [];
  const seen = new Set<string>();
  const tick = (): void => {
    last = dueReminders(load(), Date.now());
    for (const d of last) seen.add(d.id);
  };
  tick();
  const handle = setInterval(tick, periodMs);
  return { last: () => last, seen, stop: () => clearInterval(handle) };
}

describe('reminders under a real clock (fake timers)', () => {
  const t0 = at(2025, 3, 3, 10);
  let stored: ReminderState;

  beforeEach(() => {
    vi.useFakeTimers({ now: t0 });
    stored = {
      tips: [
        savedTip('new', t0 - HOUR),
        savedTip('old', t0 - 6 * DAY),
        savedTip('older', t0 - 29 * DAY),
        savedTip('done', t0 - 2 * DAY, 'checked', true),
      ],
      appointment: { date: '2025-03-07' },
      dismissed: [],
      snoozed: {},
    };
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('walks a tip through its three reminders as the alarm ticks', () => {
    const bg = startBackground(() => stored, 30 * 60_000);
    vi.advanceTimersByTime(32 * DAY);
    bg.stop();
    expect([...bg.seen].filter((id) => id.startsWith('check:new:'))).toEqual(['check:new:0', 'check:new:1', 'check:new:2']);
    expect(bg.seen.has('appointment:2025-03-07:soon') && bg.seen.has('appointment:2025-03-07:today')).toBe(true);
  });

  it('after a Firefox restart (alarms lost), recomputing from storage gives the same due set', () => {
    const period = 30 * 60_000;
    // Reference: a browser that never closed, ticking every 30 minutes for 4 days.
    const steady = startBackground(() => stored, period);
    vi.advanceTimersByTime(4 * DAY);
    const expected = steady.last();
    steady.stop();

    // Same story, but the browser quits after a day, and the person dismisses one reminder first.
    vi.setSystemTime(t0);
    const before = startBackground(() => stored, period);
    vi.advanceTimersByTime(DAY);
    const first = before.last()[0];
    expect(first).toBeDefined();
    stored = { ...stored, dismissed: [...stored.dismissed, first?.id ?? ''] };
    before.stop();
    vi.clearAllTimers(); // Firefox forgets alarms across a restart
    vi.setSystemTime(t0 + 4 * DAY); // …and nothing ran while it was closed

    const afterRestart = startBackground(() => stored, period);
    const got = afterRestart.last();
    afterRestart.stop();
    const withoutDismissed = dueReminders({ ...stored, dismissed: [] }, t0 + 4 * DAY);
    expect(ids(withoutDismissed)).toEqual(ids(expected));
    expect(ids(got)).toEqual(ids(expected).filter((id) => id !== first?.id));
    expect(new Set(got.map((d) => d.tipId ?? d.id)).size).toBe(got.length); // at most one per tip
  });

  it('after a week with the browser closed, shows one reminder per tip, not a flood', () => {
    stored = { ...stored, tips: [savedTip('only', t0)], appointment: null };
    const bg = startBackground(() => stored, 30 * 60_000);
    expect(bg.last()).toEqual([]);
    bg.stop();
    vi.clearAllTimers();
    vi.setSystemTime(t0 + 8 * DAY);
    const reopened = startBackground(() => stored, 30 * 60_000);
    expect(ids(reopened.last())).toEqual(['check:only:1']);
    expect(notificationText(reopened.last())).toBe('You have 1 tip to check.');
    reopened.stop();
  });

  it('gives the same answer whichever way the clock reached the same moment', () => {
    const target = t0 + 9 * DAY + 7 * HOUR;
    vi.setSystemTime(target);
    const direct = dueReminders(stored, Date.now());
    vi.setSystemTime(t0);
    const bg = startBackground(() => stored, 30 * 60_000);
    vi.advanceTimersByTime(target - t0);
    expect(bg.last()).toEqual(direct);
    bg.stop();
  });
});
