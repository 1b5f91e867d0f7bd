import { expect, test } from './support/fixtures';
import { strayRequests } from './support/server';
import { saveSelectionThroughBackground, tipsInLibrary, type StoredTip } from './support/library';

test('Save tip on a Facebook post: one click, a confirmation with Undo, no duplicates', async ({ context, worker, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/groups/fibrofriendscircle/');
  const post = page.locator('[role="article"][aria-posinset="1"]');
  // Hover the post's own words (its comments are separate tips).
  const message = post.locator('[data-ad-rendering-role="story_message"]').first();
  await message.hover();
  const save = page.getByRole('button', { name: 'Save tip' });
  await expect(save).toBeVisible();
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to your Spoonbook library.' })).toBeVisible();
  await expect.poll(async () => (await tipsInLibrary(worker)).length).toBe(1);
  const [tip] = await tipsInLibrary(worker);
  const bodyText = (await post.locator('[data-ad-rendering-role="story_message"]').first().innerText()).trim();
  expect(tip!.text.replace(/\s+/g, ' ')).toBe(bodyText.replace(/\s+/g, ' '));
  expect(tip!.author).toBe('Rowan Ashby');
  expect(tip!.group).toBe('Fibro Friends Support Circle');
  expect(tip!.verification.status).toBe('unverified');

  // Saving the same post again does not duplicate it.
  await message.hover();
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'Already in your Spoonbook library.' })).toBeVisible();
  expect(await tipsInLibrary(worker)).toHaveLength(1);

  // Add tags and notes from the confirmation.
  await page.getByRole('button', { name: 'Add tags/notes' }).click();
  await page.getByLabel('Tags (separate with commas)').fill('sleep, fatigue');
  await page.getByLabel('Notes').fill('Ask about this at my review');
  await page.getByRole('button', { name: 'Save tags and notes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tags and notes saved.' })).toBeVisible();
  const annotated = (await tipsInLibrary(worker))[0] as StoredTip & { tags: string[]; notes: string };
  expect(annotated.tags).toEqual(['sleep', 'fatigue']);
  expect(annotated.notes).toBe('Ask about this at my review');
  expect(strayRequests(server.requests, extensionId)).toEqual([]);
});

test('Undo removes a tip just saved', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/groups/fibrofriendscircle/');
  const post = page.locator('[role="article"][aria-posinset="2"]');
  await post.hover();
  await page.getByRole('button', { name: 'Save tip' }).click();
  await expect.poll(async () => (await tipsInLibrary(worker)).length).toBe(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await tipsInLibrary(worker)).length).toBe(0);
});

test('a selection is saved with its surrounding words through the background (context-menu path)', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/groups/fibrofriendscircle/');
  const body = page.locator('[role="article"][aria-posinset="1"] [data-ad-rendering-role="story_message"]').first();
  const full = (await body.innerText()).trim();
  const words = full.split(/\s+/);
  const exact = words.slice(3, 9).join(' ');
  await saveSelectionThroughBackground(page, worker, body, exact);
  await expect.poll(async () => (await tipsInLibrary(worker)).map((t) => t.text)).toEqual([exact]);
  const [tip] = await tipsInLibrary(worker);
  expect(tip!.quote.exact).toBe(exact);
  expect(full.replace(/\s+/g, ' ')).toContain(`${tip!.quote.prefix}${exact}${tip!.quote.suffix}`.replace(/\s+/g, ' ').trim());
  expect(tip!.author).toBe('Rowan Ashby');
  await expect(page.getByRole('status').filter({ hasText: 'Saved to your Spoonbook library.' })).toBeVisible();
});
