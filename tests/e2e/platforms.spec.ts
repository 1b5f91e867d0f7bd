/**
 * The draft guard on every platform's fixture: type a draft with a name, a phone
 * number and a postcode → exactly those are marked → a fix goes through the
 * editor's own input path and the editor's model agrees → the risky submit is
 * caught once → "Post anyway" posts exactly what the person wrote.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { highlightedTexts, lexicalText, posted } from './support/guard';
import { strayRequests, type RecordedRequest } from './support/server';

const DRAFT = 'Hi all, I’m Sarah Jenkins, text me on 07700 900123 if you’re near LS6 2AB';
const FOUND = ['07700 900123', 'LS6 2AB', 'Sarah Jenkins'];

type Editor = 'lexical' | 'prosemirror' | 'textarea' | 'contenteditable';
interface PlatformCase {
  name: string;
  url: string;
  /** Pages on the test forum host need the person to have added the site. */
  userAdded?: boolean;
  box: string;
  editor: Editor;
  submit: { kind: 'enter' } | { kind: 'mod-enter' } | { kind: 'click'; selector: string };
  /** Where a post shows up: the fixture's own record, or a real form POST to the server. */
  sink: 'fixture' | 'server';
}

const CASES: PlatformCase[] = [
  {
    name: 'Facebook group comment (Lexical, Enter posts)',
    url: 'https://www.facebook.com/groups/fibrofriendscircle/',
    box: '[role="article"][aria-posinset="2"] [data-lexical-editor="true"]',
    editor: 'lexical',
    submit: { kind: 'enter' },
    sink: 'fixture',
  },
  {
    name: 'Reddit (shreddit Lexical composer)',
    url: 'https://www.reddit.com/r/ChronicPain/comments/1fx7qk2/what_helps_you_on_flare_days/',
    box: 'shreddit-composer[name="comment"] [data-lexical-editor="true"]',
    editor: 'lexical',
    submit: { kind: 'click', selector: 'shreddit-composer[name="comment"] button[slot="submit-button"]' },
    sink: 'fixture',
  },
  {
    name: 'old.reddit (textarea)',
    url: 'https://old.reddit.com/r/ChronicPain/comments/1fx7qk2/what_helps_you_on_flare_days/',
    box: 'form.usertext textarea[name="text"]',
    editor: 'textarea',
    submit: { kind: 'click', selector: 'form.usertext button.save' },
    sink: 'fixture',
  },
  {
    name: 'Discourse (markdown textarea, Ctrl+Enter posts)',
    url: 'https://community.patient.info/t/brain-fog-and-cold-weather/4242',
    box: '#reply-control textarea.d-editor-input',
    editor: 'textarea',
    submit: { kind: 'mod-enter' },
    sink: 'fixture',
  },
  {
    name: 'Discourse (rich ProseMirror editor)',
    url: 'https://community.patient.info/t/brain-fog-and-cold-weather/4242?rich',
    box: '#reply-control .ProseMirror.d-editor-input',
    editor: 'prosemirror',
    submit: { kind: 'click', selector: '#reply-control .btn-primary.create' },
    sink: 'fixture',
  },
  {
    // The real XenForo page's editor only exists once its own scripts run (its no-JS box is in <noscript>).
    name: 'XenForo (Froala quick reply)',
    url: 'https://forum.spoonbook.test/fixtures/xenforo/thread.html',
    userAdded: true,
    box: 'form.js-quickReply .fr-element[contenteditable="true"]',
    editor: 'contenteditable',
    submit: { kind: 'click', selector: 'form.js-quickReply button[type="submit"]' },
    sink: 'fixture',
  },
  {
    name: 'phpBB (prosilver reply form)',
    url: 'https://forum.spoonbook.test/fixtures/phpbb/posting.html',
    userAdded: true,
    box: 'textarea#message',
    editor: 'textarea',
    submit: { kind: 'click', selector: 'input[type="submit"][name="post"]' },
    sink: 'server',
  },
  {
    name: 'vBulletin (quick reply)',
    url: 'https://forum.spoonbook.test/fixtures/vbulletin/thread.html',
    userAdded: true,
    box: '#quick_reply textarea[name="message"]',
    editor: 'textarea',
    submit: { kind: 'click', selector: '#qr_submit' },
    sink: 'server',
  },
  {
    name: 'Invision Community (rich editor)',
    url: 'https://forum.spoonbook.test/fixtures/invision/topic.html',
    userAdded: true,
    box: '.cke_wysiwyg_div[contenteditable="true"]',
    editor: 'contenteditable',
    submit: { kind: 'click', selector: 'button[type="submit"].ipsButton_primary' },
    sink: 'fixture',
  },
];

async function addTestForum(context: BrowserContext, extensionId: string) {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const reply = await panel.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; enabled?: boolean }> } } }).chrome.runtime.sendMessage({
      type: 'enable-site',
      origin: 'https://forum.spoonbook.test/*',
    }),
  );
  expect(reply).toEqual({ ok: true, enabled: true });
  await panel.close();
}

async function editorText(page: Page, c: PlatformCase): Promise<string | null> {
  if (c.editor === 'lexical') return lexicalText(page, c.box);
  if (c.editor === 'prosemirror') return page.evaluate((sel) => (window as unknown as { __pmText(t: string): string | null }).__pmText(sel), c.box);
  if (c.editor === 'textarea') return page.locator(c.box).first().inputValue();
  return page.locator(c.box).first().innerText();
}

/** Marked text: CSS highlights for rich editors, the mirror's marks for textareas. */
async function markedTexts(page: Page, c: PlatformCase): Promise<string[]> {
  if (c.editor !== 'textarea') return highlightedTexts(page);
  return (await page.locator('mark.sb-mark').allTextContents()).sort();
}

function formPosts(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((r) => r.method === 'POST' && r.host === 'forum.spoonbook.test');
}

function bodyHas(body: string | undefined, text: string): boolean {
  if (!body) return false;
  const decoded = (() => {
    try {
      return decodeURIComponent(body.replace(/\+/g, ' '));
    } catch {
      return body;
    }
  })();
  return body.includes(text) || decoded.includes(text);
}

for (const c of CASES) {
  test(`draft guard: ${c.name}`, async ({ context, extensionId, server }) => {
    if (c.userAdded) await addTestForum(context, extensionId);
    const page = await context.newPage();
    await page.goto(c.url);
    if (c.sink === 'fixture' && c.editor !== 'textarea') {
      await page.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true);
    }
    const box = page.locator(c.box).first();
    await box.click();
    await page.keyboard.type(DRAFT);
    await expect.poll(() => markedTexts(page, c)).toEqual(FOUND.slice().sort());

    await page.getByRole('button', { name: /to check/ }).click();
    const card = page.getByRole('dialog', { name: 'Details that could identify you' });
    await card.locator('.item').filter({ hasText: '07700 900123' }).getByRole('button').first().click();
    await expect.poll(() => editorText(page, c)).not.toContain('07700 900123');
    const afterFix = (await editorText(page, c))!;
    expect(afterFix).toContain('Sarah Jenkins');
    expect(afterFix).toContain('LS6 2AB');
    await expect.poll(() => markedTexts(page, c)).toEqual(['LS6 2AB', 'Sarah Jenkins']);
    await page.keyboard.press('Escape');

    // The risky submit is caught once.
    if (c.submit.kind === 'click') {
      await page.locator(c.submit.selector).first().click();
    } else {
      await box.click();
      await page.keyboard.press(c.submit.kind === 'enter' ? 'Enter' : 'Control+Enter');
    }
    const ask = page.getByRole('alertdialog', { name: 'Before you post' });
    await expect(ask).toBeVisible();
    await expect(ask).toContainText('Sarah Jenkins');
    if (c.sink === 'fixture') expect(await posted(page)).toEqual([]);
    else expect(formPosts(server.requests)).toEqual([]);

    await ask.getByRole('button', { name: 'Post anyway' }).click();
    if (c.sink === 'fixture') {
      await expect.poll(() => posted(page)).toHaveLength(1);
      expect((await posted(page))[0]!.text.trim()).toBe(afterFix.trim());
    } else {
      await expect.poll(() => formPosts(server.requests).length).toBe(1);
      for (const line of afterFix.trim().split('\n')) expect(bodyHas(formPosts(server.requests)[0]!.body, line.trim())).toBe(true);
    }
    expect(strayRequests(server.requests, extensionId)).toEqual([]);
  });
}
