/** Save tip on each platform's page: the post under the pointer is saved with its author and link. */
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { tipsInLibrary } from './support/library';

interface SaveCase {
  name: string;
  url: string;
  userAdded?: boolean;
  body: string;
  author: string;
}

const CASES: SaveCase[] = [
  { name: 'Reddit (shreddit)', url: 'https://www.reddit.com/r/ChronicPain/comments/1fx7qk2/what_helps_you_on_flare_days/', body: 'shreddit-post [slot="text-body"]', author: 'quiet_spoonie' },
  { name: 'old.reddit', url: 'https://old.reddit.com/r/ChronicPain/comments/1fx7qk2/what_helps_you_on_flare_days/', body: '.thing.link .entry .usertext-body .md', author: 'quiet_spoonie' },
  { name: 'Discourse', url: 'https://community.patient.info/t/brain-fog-and-cold-weather/4242', body: '.topic-post article[data-post-id] .cooked', author: 'maple_and_moss' },
  { name: 'XenForo (real page)', url: 'https://forum.spoonbook.test/shared/xenforo/katzen-forum-net-cat-health-thread.html', userAdded: true, body: 'article.message--post .bbWrapper', author: 'Pepemaus' },
  { name: 'phpBB (real page)', url: 'https://forum.spoonbook.test/shared/phpbb/myoos-community-forum-topic.html', userAdded: true, body: 'div.post .postbody .content', author: 'r23' },
  { name: 'vBulletin (real page, windows-1252)', url: 'https://forum.spoonbook.test/shared/vbulletin/pocketpc-ch-thread-page34.html', userAdded: true, body: 'div[id^="post_message_"]', author: 'Predator' },
  { name: 'Invision', url: 'https://forum.spoonbook.test/fixtures/invision/topic.html', userAdded: true, body: 'article[id^="elComment_"] [data-role="commentContent"]', author: 'Meadowlark' },
];

async function addTestForum(context: BrowserContext, extensionId: string) {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const reply = await panel.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
      type: 'enable-site',
      origin: 'https://forum.spoonbook.test/*',
    }),
  );
  expect(reply).toEqual({ ok: true, enabled: true });
  await panel.close();
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const c of CASES) {
  test(`Save tip: ${c.name}`, async ({ context, extensionId, worker }) => {
    if (c.userAdded) await addTestForum(context, extensionId);
    const page = await context.newPage();
    await page.goto(c.url);
    const body = page.locator(c.body).first();
    await body.scrollIntoViewIfNeeded();
    // Point at the start of the post's own words.
    await body.hover({ position: { x: 5, y: 5 } });
    await page.getByRole('button', { name: 'Save tip' }).click();
    await expect(page.getByText('Saved to your Spoonbook library.')).toBeVisible();
    await expect.poll(async () => (await tipsInLibrary(worker)).length).toBe(1);
    const [tip] = await tipsInLibrary(worker);
    expect({ author: tip!.author, site: tip!.site }).toMatchObject({ author: c.author });
    const shown = squash(await body.innerText());
    expect(squash(tip!.text).slice(0, 40)).toBe(shown.slice(0, 40));
    expect(tip!.pageUrl).toBe(c.url);
    expect(tip!.verification.status).toBe('unverified');
  });
}
