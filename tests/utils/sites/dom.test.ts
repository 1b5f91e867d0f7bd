import { describe, expect, it } from 'vitest';
import { absoluteUrl, editorKindOf, formSubmitButton, toIsoDate } from '@/utils/sites/dom';
import { parsePage } from './load-page';

describe('toIsoDate', () => {
  it.each([
    ['2018-09-27T14:51:09+0200', '2018-09-27T12:51:09.000Z'], // XenForo
    ['2020-09-18T08:56:40-0700', '2020-09-18T15:56:40.000Z'],
    ['2025-03-14T09:21:07.512000+0000', '2025-03-14T09:21:07.512Z'], // shreddit microseconds
    ['2014-02-06T04:55:19Z', '2014-02-06T04:55:19.000Z'],
    ['2025-03-14T09:21:07+00:00', '2025-03-14T09:21:07.000Z'],
    ['2024-03-14 08:00:00 UTC', '2024-03-14T08:00:00.000Z'],
    ['1741939320000', '2025-03-14T08:02:00.000Z'], // Discourse data-time (ms)
    ['1538052669', '2018-09-27T12:51:09.000Z'], // XenForo data-time (s)
  ])('%s → %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  it.each([[''], ['3h'], ['21.01.2009, 05:42'], ['yesterday'], ['2999-01-01T00:00:00Z'], ['12345'], [null], [undefined]])(
    'rejects %s',
    (input) => {
      expect(toIsoDate(input)).toBeUndefined();
    },
  );
});

describe('absoluteUrl', () => {
  const base = 'https://forum.example.org/viewtopic.php?t=1';
  it('resolves relative links and strips session ids', () => {
    expect(absoluteUrl('./viewtopic.php?p=453&sid=c613f07a94d24ae1#p453', base)).toBe('https://forum.example.org/viewtopic.php?p=453#p453');
    expect(absoluteUrl('/thread-post9.html?s=22c09551c71c1a6b', base)).toBe('https://forum.example.org/thread-post9.html');
  });
  it('refuses links that go nowhere', () => {
    for (const href of ['', '#', '  ', 'javascript:void(0)', 'mailto:a@b.c', null, undefined]) expect(absoluteUrl(href, base)).toBeUndefined();
  });
});

describe('editorKindOf and formSubmitButton', () => {
  const { doc } = parsePage(
    `<form><textarea id="t"></textarea><div id="l" contenteditable="true" data-lexical-editor="true"></div>
     <div id="p" class="ProseMirror" contenteditable="true"></div><div id="f" class="fr-element fr-view" contenteditable="true"></div>
     <div id="c" class="cke_editable" contenteditable="true"></div><div id="x" contenteditable="true"></div>
     <input type="submit" name="preview" value="Preview"><button type="button">B</button><input type="submit" name="post" id="send" value="Send"></form>`,
    'https://forum.example.org/',
  );
  it('names each editor', () => {
    const kind = (id: string) => editorKindOf(doc.getElementById(id)!);
    expect(['t', 'l', 'p', 'f', 'c', 'x'].map(kind)).toEqual(['textarea', 'lexical', 'prosemirror', 'froala', 'ckeditor', 'contenteditable']);
  });
  it('skips preview buttons when looking for the send button', () => {
    expect(formSubmitButton(doc.querySelector('form'))?.id).toBe('send');
  });
});
