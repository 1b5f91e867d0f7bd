import axe from 'axe-core';
import { saveTip, type SpoonbookDb, type Tip } from '@/utils/library';
import { freshDb, tipInput } from '../../utils/library/helpers';
import { initialVerification } from '@/utils/reminders/tip-verification';

export { freshDb };

export const RISKY_TEXT =
  'I came off my sertraline cold turkey and took St John\u2019s wort instead. Doctors don\u2019t want you to know this works.';
export const GENTLE_TEXT = 'A hot water bottle on my back helps me get to sleep during a flare.';

const DAY = 24 * 60 * 60 * 1000;

/** Saves a tip the way the background will: with the starting verification from its text. */
export async function saveWithVerification(db: SpoonbookDb, text: string, options: { daysAgo?: number; pageUrl?: string; group?: string } = {}): Promise<Tip> {
  const savedAt = Date.now() - (options.daysAgo ?? 0) * DAY;
  const { tip } = await saveTip(
    db,
    tipInput({
      text,
      pageUrl: options.pageUrl ?? `https://forum.example.org/t/${Math.random().toString(36).slice(2)}`,
      group: options.group ?? 'Long Covid Support',
      verification: initialVerification(text, savedAt),
    }),
    { now: () => new Date(savedAt) },
  );
  return tip;
}

/** axe-core on a rendered container; colour contrast needs real CSS and layout, so the E2E run covers it. */
export async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
