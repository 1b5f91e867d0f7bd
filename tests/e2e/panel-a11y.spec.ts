/** axe-core on every side panel tab and the options and welcome pages, with content showing. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('side panel tabs, options and welcome pages have no serious accessibility problems', async ({ context, extensionId }) => {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByRole('heading', { name: 'Your saved tips' })).toBeVisible();
  expect(await seriousViolations(panel)).toEqual([]);

  await panel.getByRole('tab', { name: 'Check a draft' }).click();
  await panel.getByLabel('Your draft').fill('I’m Sarah Jenkins, 34, I work at Leeds General Infirmary and live in Headingley. Call 07700 900123.');
  await expect(panel.getByRole('button', { name: 'Copy safer text' })).toBeVisible();
  expect(await seriousViolations(panel)).toEqual([]);

  await panel.getByRole('tab', { name: 'Reminders' }).click();
  await expect(panel.getByTestId('reminders-tab')).toBeVisible();
  expect(await seriousViolations(panel)).toEqual([]);

  await panel.getByRole('tab', { name: 'This site' }).click();
  await expect(panel.getByLabel('Site address')).toBeVisible();
  expect(await seriousViolations(panel)).toEqual([]);

  for (const name of ['options', 'welcome']) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${name}.html`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  }
});
