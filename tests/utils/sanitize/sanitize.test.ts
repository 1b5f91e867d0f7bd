// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WindowLike } from 'dompurify';
import { ALLOWED_TAGS, createSanitizer } from '@/utils/sanitize';

const sanitizer = createSanitizer(window as unknown as WindowLike);
const { sanitizeHtml, htmlToText } = sanitizer;

const corpusFile = path.resolve(process.cwd(), '../shared/corpora/xss-payloads.txt');
const payloads = readFileSync(corpusFile, 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'));

/** Parses sanitised output in an inert template and lists everything that could run or load. */
function dangers(html: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const found: string[] = [];
  for (const el of template.content.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (!ALLOWED_TAGS.includes(tag)) found.push(`tag <${tag}>`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = [...attr.value].filter((ch) => ch.trim() !== '' && ch.charCodeAt(0) > 0x1f).join('').toLowerCase();
      if (name.startsWith('on')) found.push(`handler ${name}`);
      if (['src', 'srcset', 'style', 'background', 'poster', 'data', 'action', 'formaction', 'xlink:href', 'class', 'id'].includes(name)) {
        found.push(`attribute ${name}`);
      }
      if (name === 'href' && !/^https?:\/\//.test(value)) found.push(`href ${value}`);
      if (/^(?:javascript|vbscript|data):/.test(value)) found.push(`url ${value}`);
      if (!['href', 'target', 'rel'].includes(name)) found.push(`attribute ${name}`);
    }
  }
  if (/url\s*\(/i.test(html) && /style/i.test(html)) found.push('css url()');
  return found;
}

describe('sanitizeHtml', () => {
  it('reads the whole XSS corpus', () => {
    expect(payloads.length).toBe(692);
  });

  it('leaves nothing that runs or loads, for every payload in the corpus', () => {
    const failures: string[] = [];
    for (const payload of payloads) {
      for (const input of [payload, `<p>${payload}</p>`, `<a href="https://ok.example">${payload}</a>`]) {
        const output = sanitizeHtml(input);
        const problems = dangers(output);
        if (/<script|javascript:|\son\w+\s*=/i.test(output.replace(/&lt;|&gt;|&amp;/g, ''))) {
          // Text that *mentions* these is fine; markup that *is* them is not.
          const template = document.createElement('template');
          template.innerHTML = output;
          if (template.content.querySelector('script,[onerror],[onload]')) problems.push('live script');
        }
        if (problems.length) failures.push(`${JSON.stringify(input)} → ${JSON.stringify(output)}: ${problems.join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('is idempotent on the corpus (so backups round-trip exactly)', () => {
    const unstable = payloads.filter((p) => sanitizeHtml(sanitizeHtml(p)) !== sanitizeHtml(p));
    expect(unstable).toEqual([]);
  }, 60_000);

  it('keeps the allowed formatting', () => {
    const html =
      '<p>Take <b>one</b> <strong>with</strong> <i>food</i> <em>daily</em><br>then:</p><ul><li>a</li></ul><ol><li>b</li></ol><blockquote>q</blockquote><pre><code>x</code></pre>';
    expect(sanitizeHtml(html)).toBe(html);
  });

  it('keeps http(s) links, opening safely in a new tab, and drops every other kind of href', () => {
    expect(sanitizeHtml('<a href="https://www.nhs.uk/x" title="t" class="c">NHS</a>')).toBe(
      '<a href="https://www.nhs.uk/x" target="_blank" rel="noopener noreferrer nofollow">NHS</a>',
    );
    for (const href of ['javascript:alert(1)', ' java\tscript:alert(1)', 'data:text/html,x', '/relative', '//evil.example/x', 'mailto:a@b.c', 'vbscript:x']) {
      expect(sanitizeHtml(`<a href="${href}">x</a>`)).toBe('<a>x</a>');
    }
  });

  it('drops images, styles, classes, handlers, forms, frames, SVG and MathML (keeping harmless text)', () => {
    expect(sanitizeHtml('<div class="x" style="background:url(https://t.example/p)">hi<img src="https://t.example/p.gif" srcset="a 1x"></div>')).toBe('hi');
    expect(sanitizeHtml('<form action="https://evil.example"><input name="q"><button formaction="x">go</button></form>')).toBe('go');
    expect(sanitizeHtml('<iframe src="https://evil.example"></iframe><svg><script>alert(1)</script></svg><math><mi>x</mi></math>ok')).toBe('ok');
    expect(sanitizeHtml('<p onclick="alert(1)" id="x" data-x="1" aria-label="y">t</p><style>p{}</style>')).toBe('<p>t</p>');
  });

  it('never throws and is idempotent on random markup (property)', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<a href="https://x.example">', '</a>', '<img src=x>', '<b>', '</b>', 'text', '&amp;', '<!--', '-->', '"', "'", '<svg>', '<script>', '</script>', '<style>', ' ', '\n', '<br/>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (html) => {
        const once = sanitizeHtml(html);
        expect(sanitizeHtml(once)).toBe(once);
        expect(dangers(once)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('htmlToText', () => {
  it('turns blocks and <br> into line breaks and collapses other whitespace', () => {
    expect(htmlToText('<div>First   line</div><div>Second<br>third</div><p>Para\n  one</p><ul><li>a</li><li>b</li></ul>')).toBe(
      'First line\nSecond\nthird\n\nPara one\n\na\nb',
    );
  });

  it('keeps preformatted spacing', () => {
    expect(htmlToText('<pre>a  b\n  c</pre>')).toBe('a  b\n  c');
  });

  it('drops scripts, styles and their contents, and never creates markup', () => {
    expect(htmlToText('<script>alert(1)</script><style>p{color:red}</style>Hello <b>there</b><img src=x onerror=alert(1)>')).toBe('Hello there');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
  });

  it('keeps at most one blank line for runs of <br>', () => {
    expect(htmlToText('a<br><br><br><br>b')).toBe('a\n\nb');
  });

  it('copes with deep nesting', () => {
    expect(htmlToText('<div>'.repeat(200) + 'deep' + '</div>'.repeat(200))).toBe('deep');
    expect(sanitizeHtml('<b>'.repeat(200) + 'deep')).toContain('deep');
    // Past DOMPurify's nesting limit the text may be dropped; either way, no error and no markup.
    expect(['', 'too deep']).toContain(htmlToText('<div>'.repeat(1000) + 'too deep' + '</div>'.repeat(1000)));
  });

  it('handles the whole corpus without throwing', () => {
    for (const payload of payloads) expect(typeof htmlToText(payload)).toBe('string');
  });
});

describe('createSanitizer', () => {
  it('refuses a window without a DOM', () => {
    expect(() => createSanitizer({} as WindowLike)).toThrow();
  });
});
