// @vitest-environment jsdom
/**
 * Every XSS corpus payload saved as a post's text and as its HTML, then exported
 * and re-imported: the library keeps the text as text, keeps HTML only in its
 * sanitised form, and every export format stays inert.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup, toCsv, toMarkdown } from '@/utils/library/backup';
import { normaliseText } from '@/utils/library/normalize';
import { saveTip } from '@/utils/library/save';
import { searchTips } from '@/utils/library/search';
import { dump, freshDb, jsdomSanitizer, steppingClock, tipInput } from './helpers';

const payloads = readFileSync(path.resolve(process.cwd(), '../shared/corpora/xss-payloads.txt'), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'));

describe('XSS corpus through the library', () => {
  it('saves, exports and re-imports every payload safely', async () => {
    const sanitizer = jsdomSanitizer();
    const db = freshDb('xss');
    const clock = steppingClock();
    let saved = 0;
    for (const [i, payload] of payloads.entries()) {
      if (!normaliseText(payload)) continue;
      const { tip } = await saveTip(db, tipInput({ text: payload, html: payload, notes: payload, tags: [payload.slice(0, 100)], pageUrl: `https://forum.example/t/${i}` }), {
        sanitizer,
        now: clock,
      });
      saved++;
      expect(tip.text).toBe(normaliseText(payload));
      const expectedHtml = sanitizer.sanitizeHtml(payload);
      if (expectedHtml.trim()) expect(tip.html).toBe(expectedHtml);
      else expect(tip).not.toHaveProperty('html');
    }
    expect(saved).toBeGreaterThan(680);

    const file = await exportBackup(db, { now: () => new Date('2025-01-01T00:00:00Z') });
    const copy = freshDb('xss-copy');
    expect((await importBackup(copy, file, { sanitizer })).added).toBe(saved);
    expect(await exportBackup(copy, { now: () => new Date('2025-01-01T00:00:00Z') })).toBe(file);
    expect(await dump(copy)).toMatchObject({ tips: (await dump(db) as { tips: unknown[] }).tips });

    const tips = (await searchTips(copy, { limit: 1000 })).tips;
    const markdown = toMarkdown(tips);
    // The only "<" left in Markdown opens a link destination we wrote ourselves.
    expect(markdown.replace(/\]\(<https?:\/\/[^>\s]*>\)/g, '')).not.toContain('<');
    // Formula neutralising is checked cell by cell in formats.test.ts; here, that nothing throws.
    expect(toCsv(tips).split('\r\n').length).toBeGreaterThan(saved);
    db.close();
    copy.close();
  }, 120_000);
});
