import { registerPlainText } from '@lexical/plain-text';
import fc from 'fast-check';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it } from 'vitest';
import { domPointAt, rangeForOffsets, readDraftText, snapToCodePoints } from '@/utils/editor/text';

/** Build a detached editor root from markup (tests only: the markup is ours). */
function root(markup: string): HTMLElement {
  const div = document.createElement('div');
  div.setAttribute('contenteditable', 'true');
  div.innerHTML = markup;
  document.body.append(div);
  return div;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('readDraftText on text fields', () => {
  it('reads a textarea value and maps offsets to the value itself', () => {
    const ta = document.createElement('textarea');
    ta.value = 'Line one\nLine two 😀';
    const { text, map } = readDraftText(ta);
    expect(text).toBe('Line one\nLine two 😀');
    expect(map.kind).toBe('value');
    expect(rangeForOffsets(map, 0, 4, document)).toBeNull();
  });

  it('reads an input value', () => {
    const input = document.createElement('input');
    input.value = 'Title with Jane Doe';
    expect(readDraftText(input).text).toBe('Title with Jane Doe');
  });
});

describe('readDraftText on editor DOM shapes', () => {
  it('reads a Lexical plain-text paragraph with line breaks and the managed trailing <br>', () => {
    const el = root(
      '<p dir="auto"><span data-lexical-text="true">Hello 😀 world</span><br><span data-lexical-text="true">line2</span><br><br data-lexical-managed-linebreak="true"></p>',
    );
    const { text, map } = readDraftText(el);
    expect(text).toBe('Hello 😀 world\nline2');
    const start = text.indexOf('line2');
    expect(rangeForOffsets(map, start, start + 5, document)?.toString()).toBe('line2');
  });

  it('reads an empty Lexical or ProseMirror box as empty text', () => {
    expect(readDraftText(root('<p><br></p>')).text).toBe('');
    expect(readDraftText(root('<p><br class="ProseMirror-trailingBreak"></p>')).text).toBe('');
  });

  it('separates paragraphs with a blank line and keeps hard breaks inside them', () => {
    const el = root('<p>Hi there</p><p><br class="ProseMirror-trailingBreak"></p><p>x<br><br class="ProseMirror-trailingBreak"></p><p>last</p>');
    // The empty paragraph adds no line; the hard break after "x" is a real one.
    expect(readDraftText(el).text).toBe('Hi there\n\nx\n\n\nlast');
  });

  it('keeps words in neighbouring blocks apart', () => {
    const el = root('<div>London</div><div>Paris</div><ul><li>one</li><li>two</li></ul>');
    expect(readDraftText(el).text).toBe('London\nParis\none\ntwo');
  });

  it('maps offsets across spans split inside a word', () => {
    const el = root('<p><span>Jane</span><strong> Do</strong><em>e lives</em> here</p>');
    const { text, map } = readDraftText(el);
    expect(text).toBe('Jane Doe lives here');
    const range = rangeForOffsets(map, 0, 8, document);
    expect(range?.toString()).toBe('Jane Doe');
    expect(range?.startContainer.textContent).toBe('Jane');
    expect(range?.endContainer.textContent).toBe('e lives');
  });

  it('ignores script, style and template content', () => {
    const el = root('<p>a<style>.x{}</style><template>t</template>b</p>');
    expect(readDraftText(el).text).toBe('ab');
  });
});

describe('emoji and other astral characters', () => {
  it('counts UTF-16 units like String.prototype.slice', () => {
    const el = root('<p><span>🫶🏽 Ana 👩‍👩‍👧 at 07700 900123</span></p>');
    const { text, map } = readDraftText(el);
    const start = text.indexOf('07700');
    expect(rangeForOffsets(map, start, text.length, document)?.toString()).toBe('07700 900123');
  });

  it('never splits a surrogate pair', () => {
    const text = 'a😀b';
    expect(snapToCodePoints(text, 2, 3)).toEqual([1, 3]);
    expect(snapToCodePoints(text, 1, 2)).toEqual([1, 3]);
    const el = root('<p>a😀b</p>');
    const { map } = readDraftText(el);
    expect(rangeForOffsets(map, 2, 4, document)?.toString()).toBe('😀b');
  });
});

describe('rangeForOffsets edges', () => {
  it('snaps a range that starts on a synthetic newline to the next text', () => {
    const el = root('<p>first</p><p>second</p>');
    const { text, map } = readDraftText(el);
    expect(text).toBe('first\n\nsecond');
    expect(rangeForOffsets(map, 5, 13, document)?.toString()).toBe('second');
    expect(rangeForOffsets(map, 0, 7, document)?.toString()).toBe('first');
  });

  it('gives a collapsed range when only synthetic characters are covered', () => {
    const el = root('<p>first</p><p>second</p>');
    const { map } = readDraftText(el);
    const caret = rangeForOffsets(map, 5, 7, document);
    expect(caret?.collapsed).toBe(true);
    expect(caret?.startContainer.textContent).toBe('second');
  });

  it('returns null once the editor has replaced the mapped nodes', () => {
    const el = root('<p><span>Jane Doe</span></p>');
    const { map } = readDraftText(el);
    el.replaceChildren(document.createElement('p'));
    expect(rangeForOffsets(map, 0, 4, document)).toBeNull();
  });

  it('returns null for an empty editor and clamps out-of-range offsets', () => {
    expect(rangeForOffsets(readDraftText(root('<p><br></p>')).map, 0, 0, document)).toBeNull();
    const { map } = readDraftText(root('<p>abc</p>'));
    expect(rangeForOffsets(map, -5, 99, document)?.toString()).toBe('abc');
    expect(domPointAt(map, 99, 'forward')?.offset).toBe(3);
  });

  it('maps any offsets inside generated editor DOM back to the same characters', () => {
    const word = fc.stringMatching(/^[a-z😀 ]{1,6}$/u);
    const inline = fc.tuple(fc.constantFrom('span', 'strong', 'em', ''), word);
    const paragraph = fc.array(fc.oneof(inline, fc.constant(['br', ''] as [string, string])), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat(), (paragraphs, a, b) => {
        const el = document.createElement('div');
        for (const parts of paragraphs) {
          const p = document.createElement('p');
          for (const [tag, content] of parts) {
            if (tag === 'br') p.append(document.createElement('br'));
            else if (tag === '') p.append(document.createTextNode(content));
            else {
              const node = document.createElement(tag);
              node.textContent = content;
              p.append(node);
            }
          }
          el.append(p);
        }
        const { text, map } = readDraftText(el);
        if (text.length === 0) return;
        const [start, end] = snapToCodePoints(text, a % (text.length + 1), b % (text.length + 1));
        const range = rangeForOffsets(map, Math.min(start, end), Math.max(start, end), document);
        // Text nodes hold no newlines here, so the range's text is the slice without the synthetic ones.
        expect(range?.toString() ?? '').toBe(text.slice(Math.min(start, end), Math.max(start, end)).replace(/\n/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});

describe('real editors', () => {
  it('agrees with a real Lexical editor on what was typed', () => {
    const el = root('');
    const editor = createEditor({ namespace: 'test', onError: (e) => { throw e; } });
    editor.setRootElement(el);
    registerPlainText(editor);
    editor.update(
      () => {
        const p = $createParagraphNode();
        p.append($createTextNode('Call me on 07700 900123 😀'), $createLineBreakNode(), $createTextNode('Jane'), $createLineBreakNode());
        $getRoot().clear().append(p);
      },
      { discrete: true },
    );
    const model = editor.getEditorState().read(() => $getRoot().getTextContent());
    const { text, map } = readDraftText(el);
    // Lexical's model keeps the final line break; the rendered draft has nothing after "Jane".
    expect(model).toBe(`${text}\n`);
    const start = text.indexOf('07700');
    expect(rangeForOffsets(map, start, start + 12, document)?.toString()).toBe('07700 900123');
    expect(rangeForOffsets(map, text.indexOf('Jane'), text.length, document)?.toString()).toBe('Jane');
  });

  it('agrees with a real ProseMirror editor on paragraphs and hard breaks', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const doc = schema.node('doc', null, [
      schema.node('paragraph', null, [schema.text('I live in Leeds')]),
      schema.node('paragraph'),
      schema.node('paragraph', null, [schema.text('with '), schema.text('Sam', [schema.marks.strong.create()]), schema.node('hard_break'), schema.text('age 34')]),
    ]);
    const view = new EditorView(host, { state: EditorState.create({ doc }) });
    const { text, map } = readDraftText(view.dom);
    expect(text).toBe('I live in Leeds\n\nwith Sam\nage 34');
    expect(text.replace(/\n/g, '')).toBe(view.state.doc.textContent);
    const start = text.indexOf('Sam');
    const range = rangeForOffsets(map, start, start + 3, document);
    expect(range?.toString()).toBe('Sam');
    // The range can be handed back to ProseMirror: it resolves to the same characters in its model.
    const from = view.posAtDOM(range!.startContainer, range!.startOffset);
    const to = view.posAtDOM(range!.endContainer, range!.endOffset);
    expect(view.state.doc.textBetween(from, to)).toBe('Sam');
    view.destroy();
  });
});
