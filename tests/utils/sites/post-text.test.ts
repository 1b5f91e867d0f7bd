import { describe, expect, it } from 'vitest';
import { normalisePostText, postText } from '@/utils/sites/post-text';
import { parsePage } from './load-page';

const body = (markup: string): Element => parsePage(`<div id="b">${markup}</div>`, 'https://example.org/').doc.getElementById('b')!;

describe('postText', () => {
  it('collapses source whitespace but keeps <br> lines and paragraphs', () => {
    expect(postText(body('\n   Was ist   Freie Software?<br>\nvon Georg<br>\n<br>\nZweiter Absatz  '))).toBe('Was ist Freie Software?\nvon Georg\n\nZweiter Absatz');
    expect(postText(body('<p>one</p>\n\n<p>two</p><div>three</div>'))).toBe('one\n\ntwo\n\nthree');
  });

  it('keeps emoji images as their alt text and drops other images', () => {
    expect(postText(body('Yay <img class="emoji" alt=":tada:"> and <img alt="💜" src="x"> <img alt="photo of my cat">'))).toBe('Yay :tada: and 💜');
  });

  it('leaves out scripts, hidden parts and whatever the adapter asks to skip', () => {
    expect(postText(body('a<script>x()</script><span hidden>h</span><span aria-hidden="true">i</span><span style="display: none">n</span><div role="button">See more</div>b'), { skip: '[role="button"]' })).toBe('ab');
  });

  it('keeps line structure inside <pre>', () => {
    expect(postText(body('<pre>line 1\nline 2</pre>'))).toBe('line 1\nline 2');
  });

  it('turns non-breaking spaces into spaces and limits blank lines', () => {
    expect(normalisePostText('03.03.2011,\u00a014:17\n\n\n\nnext')).toBe('03.03.2011, 14:17\n\nnext');
  });
});
