// The Facebook fixture with its real Lexical editors running (the page's own
// bundle), read through the adapter and utils/editor/text.

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rangeForOffsets, readDraftText } from '@/utils/editor/text';
import { facebook } from '@/utils/sites';
import type { FixtureWindow } from '../../fixtures/shared/fixture-window';
import { installPage, OWN_FIXTURES } from './load-page';

const URL_ = new URL('https://www.facebook.com/groups/fibrofriendscircle/');
const page = (): FixtureWindow => window as unknown as FixtureWindow;

/** Lexical keeps its editor on the root element. */
function editorOf(root: Element): unknown {
  return (root as unknown as { __lexicalEditor?: unknown }).__lexicalEditor;
}

/** Put text into a box through Lexical's own update path (the page's hook, so the page's Lexical copy does it). */
function type(root: Element, text: string): void {
  expect(page().__lexicalSetText?.(root, text)).toBe(true);
}

function enter(root: Element, init: KeyboardEventInit = {}): void {
  root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, ...init }));
}

beforeAll(async () => {
  installPage(path.join(OWN_FIXTURES, 'facebook/group.html'));
  // The committed bundle, i.e. exactly what the page runs (its own copy of Lexical inside).
  // tests/fixtures/bundles.test.ts checks it is built from the current sources.
  await import('../../fixtures/facebook/composer.js');
});

describe('Facebook fixture with live Lexical editors', () => {
  it('mounts a Lexical editor on every box, and the adapter still finds them all', () => {
    expect(page().__fixtureReady).toBe(true);
    const composers = facebook.findComposers(document);
    expect(composers).toHaveLength(5);
    for (const c of composers) {
      expect(c.editor).toBe('lexical');
      expect(editorOf(c.element)).toBeDefined();
    }
  });

  it("reads the draft from Lexical's DOM exactly as Lexical's own state has it", () => {
    const box = facebook.findComposers(document).find((c) => c.kind === 'comment')!.element;
    type(box, 'Ring me on 07700 900123 😀 thanks');
    const { text, map } = readDraftText(box);
    expect(text).toBe(page().__lexicalText?.(box));
    const start = text.indexOf('07700');
    expect(rangeForOffsets(map, start, start + 12, document)?.toString()).toBe('07700 900123');
  });

  it('posts a comment on Enter, not on Shift+Enter or while composing', () => {
    const box = facebook.findComposers(document).find((c) => c.kind === 'comment')!.element;
    enter(box, { shiftKey: true });
    enter(box, { isComposing: true });
    expect(page().__posted).toEqual([]);
    // (Whether Shift+Enter added a line break depends on a DOM selection, which happy-dom lacks; Chromium E2E covers it.)
    const draft = page().__lexicalText?.(box);
    expect(draft?.startsWith('Ring me on 07700 900123 😀 thanks')).toBe(true);
    enter(box);
    expect(page().__posted).toEqual([{ where: 'comment', text: draft }]);
    expect(page().__lexicalText?.(box)).toBe('');
    const mine = facebook.findPosts(document, URL_).filter((p) => p.author === 'You');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'comment', text: 'Ring me on 07700 900123 😀 thanks' });
  });

  it('enables the dialog Post button once there is text, and posts on click', () => {
    const dialogBox = facebook.findComposers(document).find((c) => c.kind === 'post')!.element;
    const button = facebook.findSubmitControl(dialogBox) as HTMLElement;
    expect(button.getAttribute('aria-disabled')).toBe('true');
    (document.querySelector('[data-fixture-open-composer]') as HTMLElement).click();
    type(dialogBox, 'New here, hello all');
    expect(button.getAttribute('aria-disabled')).toBe('false');
    button.click();
    expect(page().__posted?.at(-1)).toEqual({ where: 'post', text: 'New here, hello all' });
    expect(dialogBox.closest('[role="dialog"]')?.hasAttribute('hidden')).toBe(true);
    const newest = facebook.findPosts(document, URL_).find((p) => p.author === 'You' && p.kind === 'post');
    expect(newest?.text).toBe('New here, hello all');
  });
});
