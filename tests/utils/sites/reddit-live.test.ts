// The shreddit fixture with its real Lexical editors running (the page's own bundle).

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rangeForOffsets, readDraftText } from '@/utils/editor/text';
import { reddit } from '@/utils/sites';
import type { FixtureWindow } from '../../fixtures/shared/fixture-window';
import { installPage, OWN_FIXTURES } from './load-page';

const page = (): FixtureWindow => window as unknown as FixtureWindow;
const POST = new URL('https://www.reddit.com/r/ChronicPain/comments/1fx7qk2/what_helps_you_on_flare_days/');

beforeAll(async () => {
  installPage(path.join(OWN_FIXTURES, 'reddit/shreddit.html'));
  await import('../../fixtures/reddit/composer.js');
});

describe('shreddit fixture with live Lexical editors', () => {
  it('reads a multi-line draft the way Lexical holds it and posts it with the submit button', () => {
    const [top] = reddit.findComposers(document, POST);
    expect(top?.editor).toBe('lexical');
    expect(page().__lexicalSetText?.(top!.element, 'My GP is Dr Amy Lee\nat Riverside surgery')).toBe(true);
    const { text, map } = readDraftText(top!.element);
    expect(text).toBe(page().__lexicalText?.(top!.element));
    const start = text.indexOf('Riverside');
    expect(rangeForOffsets(map, start, start + 9, document)?.toString()).toBe('Riverside');
    (reddit.findSubmitControl(top!.element) as HTMLElement).click();
    expect(page().__posted).toEqual([{ where: 'comment', text: 'My GP is Dr Amy Lee\nat Riverside surgery' }]);
    const mine = reddit.findPosts(document, POST).find((p) => p.author === 'you_spoonie');
    expect(mine?.text).toBe('My GP is Dr Amy Lee\nat Riverside surgery');
    expect(page().__lexicalText?.(top!.element)).toBe('');
  });

  it('does not post an empty box', () => {
    const reply = reddit.findComposers(document, POST).find((c) => c.kind === 'reply')!;
    (reddit.findSubmitControl(reply.element) as HTMLElement).click();
    expect(page().__posted).toHaveLength(1);
  });
});
