// The Discourse fixture with its real ProseMirror editor running (the page's
// own bundle), read through the adapter and utils/editor/text.

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rangeForOffsets, readDraftText } from '@/utils/editor/text';
import { discourse } from '@/utils/sites';
import type { FixtureWindow } from '../../fixtures/shared/fixture-window';
import { installPage, OWN_FIXTURES } from './load-page';

const page = (): FixtureWindow => window as unknown as FixtureWindow;
const TOPIC = new URL('https://forum.spoonbook.test/t/tips-for-managing-morning-stiffness/4821');

beforeAll(async () => {
  installPage(path.join(OWN_FIXTURES, 'discourse/topic.html'));
  // The committed bundle, exactly what the page runs (checked against its sources by tests/fixtures/bundles.test.ts).
  await import('../../fixtures/discourse/composer.js');
});

describe('Discourse fixture with a live ProseMirror editor', () => {
  it('mounts ProseMirror on the rich box; the adapter finds both modes', () => {
    expect(page().__fixtureReady).toBe(true);
    const composers = discourse.findComposers(document);
    expect(composers.map((c) => c.editor)).toEqual(['textarea', 'prosemirror']);
    expect(composers[1]?.element.classList.contains('ProseMirror')).toBe(true);
    expect(composers[1]?.element.getAttribute('contenteditable')).toBe('true');
  });

  it("switching to rich mode carries the draft over; the DOM reading matches ProseMirror's document", () => {
    const textarea = document.querySelector<HTMLTextAreaElement>('#reply-control textarea.d-editor-input')!;
    textarea.value = "Hi, I'm Jo from Leeds\n\nMy rheumatologist is Dr Patel";
    (document.querySelector('[data-fixture-toggle-editor]') as HTMLElement).click();
    const rich = discourse.findComposers(document)[1]!.element;
    expect(rich.hasAttribute('hidden')).toBe(false);
    expect(textarea.hidden).toBe(true);
    const { text, map } = readDraftText(rich);
    expect(text).toBe(page().__pmText?.(null, '\n\n'));
    expect(text.replace(/\n/g, '')).toBe(page().__pmText?.());
    const start = text.indexOf('Leeds');
    expect(rangeForOffsets(map, start, start + 5, document)?.toString()).toBe('Leeds');
  });

  it('sends on Ctrl+Enter, appends the post and empties the editor', () => {
    const rich = discourse.findComposers(document)[1]!.element;
    rich.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(page().__posted).toEqual([{ where: 'reply-rich', text: "Hi, I'm Jo from Leeds\n\nMy rheumatologist is Dr Patel" }]);
    expect(page().__pmText?.()).toBe('');
    const posts = discourse.findPosts(document, TOPIC);
    expect(posts).toHaveLength(4);
    expect(posts[3]).toMatchObject({ author: 'you', postId: '98304', text: "Hi, I'm Jo from Leeds\n\nMy rheumatologist is Dr Patel" });
  });

  it('sends from the Reply button in markdown mode too', () => {
    (document.querySelector('[data-fixture-toggle-editor]') as HTMLElement).click();
    const textarea = discourse.findComposers(document)[0]!.element as HTMLTextAreaElement;
    textarea.value = 'Thank you all';
    (discourse.findSubmitControl(textarea) as HTMLElement).click();
    expect(page().__posted?.at(-1)).toEqual({ where: 'reply-markdown', text: 'Thank you all' });
    expect(textarea.value).toBe('');
  });
});
