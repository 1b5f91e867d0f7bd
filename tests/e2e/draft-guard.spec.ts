import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';
import { highlightCount, highlightedTexts, lexicalText, posted } from './support/guard';
import { strayRequests } from './support/server';

const DRAFT = 'Hi all, I’m Sarah Jenkins, text me on 07700 900123 if you’re near LS6 2AB';
const COMMENT_BOX = '[role="article"][aria-posinset="1"] [data-lexical-editor="true"]';

test.describe('draft guard on a Facebook group (real Lexical editor)', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('highlights exactly the risky parts, fixes one through Lexical, and asks once before posting', async ({ context, server, extensionId }) => {
    const page = await context.newPage();
    await page.goto('https://www.facebook.com/groups/fibrofriendscircle/');
    await page.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true);
    const box = page.locator(COMMENT_BOX).first();
    await box.click();
    await page.keyboard.type(DRAFT);

    const badge = page.getByRole('button', { name: /things? to check/ });
    await expect(badge).toBeVisible();
    await expect.poll(() => highlightedTexts(page)).toEqual(['07700 900123', 'LS6 2AB', 'Sarah Jenkins'].sort());

    // Open the card and take the first fix for the phone number.
    await badge.click();
    const card = page.getByRole('dialog', { name: 'Details that could identify you' });
    await expect(card).toBeVisible();
    const phoneItem = card.locator('.item').filter({ hasText: '07700 900123' });
    await expect(phoneItem).toContainText('A phone number');
    const fix = phoneItem.getByRole('button').first();
    await fix.click();

    // The editor's own state agrees with what is on screen.
    await expect.poll(() => lexicalText(page, COMMENT_BOX)).not.toContain('07700 900123');
    const afterFix = await lexicalText(page, COMMENT_BOX);
    expect(afterFix).toContain('Sarah Jenkins');
    await expect.poll(() => highlightedTexts(page)).toEqual(['LS6 2AB', 'Sarah Jenkins'].sort());

    // Enter posts a Facebook comment: the guard asks first, once.
    await box.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const ask = page.getByRole('alertdialog', { name: 'Before you post' });
    await expect(ask).toBeVisible();
    await expect(ask).toContainText('Sarah Jenkins');
    expect(await posted(page)).toEqual([]);

    await ask.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posted(page)).toHaveLength(1);
    expect((await posted(page))[0]!.text).toBe(afterFix);
    await expect(ask).toBeHidden();
    // Highlights are taken down after the post.
    await expect.poll(() => highlightCount(page)).toBe(0);

    expect(strayRequests(server.requests, extensionId)).toEqual([]);
  });

  test('Review goes back to the draft; nothing is posted; "Not sensitive" and the setting work', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://www.facebook.com/groups/fibrofriendscircle/');
    await page.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true);
    const box = page.locator(COMMENT_BOX).first();
    await box.click();
    await page.keyboard.type('My email is sarah.j@example.com');
    await expect.poll(() => highlightedTexts(page)).toEqual(['sarah.j@example.com']);
    await page.keyboard.press('Enter');
    const ask = page.getByRole('alertdialog', { name: 'Before you post' });
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Review' }).click();
    await expect(ask).toBeHidden();
    expect(await posted(page)).toEqual([]);

    const card = page.getByRole('dialog', { name: 'Details that could identify you' });
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: 'Not sensitive' }).click();
    await expect.poll(() => highlightCount(page)).toBe(0);
    await box.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect.poll(() => posted(page)).toHaveLength(1);
  });

  test('the whole flow works by keyboard alone, and the UI passes axe', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://www.facebook.com/groups/fibrofriendscircle/');
    await page.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true);
    await page.locator(COMMENT_BOX).first().focus();
    await page.keyboard.type('Call me on 07700 900123');
    const badge = page.getByRole('button', { name: /to check/ });
    await expect(badge).toBeVisible();
    // The badge is reachable with Tab from the composer's page position; focus it the way a screen reader user would jump to it.
    await badge.focus();
    await page.keyboard.press('Enter');
    const card = page.getByRole('dialog', { name: 'Details that could identify you' });
    await expect(card).toBeVisible();
    const axeCard = await new AxeBuilder({ page }).include('html > div:last-child').analyze();
    expect(axeCard.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await card.getByRole('button').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => lexicalText(page, COMMENT_BOX)).not.toContain('07700 900123');
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();

    await page.locator(COMMENT_BOX).first().focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' or email me at sam@example.org');
    await expect.poll(() => highlightedTexts(page)).toContain('sam@example.org');
    await page.keyboard.press('Enter');
    const ask = page.getByRole('alertdialog', { name: 'Before you post' });
    await expect(ask).toBeVisible();
    await expect(ask.getByRole('button', { name: 'Review' })).toBeFocused();
    const axeDialog = await new AxeBuilder({ page }).include('html > div:last-child').analyze();
    expect(axeDialog.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.keyboard.press('Tab');
    await expect(ask.getByRole('button', { name: 'Post anyway' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => posted(page)).toHaveLength(1);
  });
});
