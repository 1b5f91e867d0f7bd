/**
 * Apply a fix through the editor's own input path, then check it took.
 * Rich editors (Lexical, ProseMirror, Draft.js) keep their own model of the text
 * and revert DOM changes they did not make, so we select the range and use
 * `insertText`, which they treat as typing. Textareas take `setRangeText` plus
 * an `input` event so frameworks listening for input see the change.
 * Never retried blindly: a refusal is reported and the caller offers "copy".
 */
import { expectedAfterFix, sameVisibleText } from '@/utils/guard/state';
import { readDraftText, rangeForOffsets } from './text';

export type ReplaceResult = { ok: true; text: string } | { ok: false; reason: 'stale' | 'refused' };

export function replaceInEditor(element: Element, start: number, end: number, replacement: string, expectedOriginal: string): ReplaceResult {
  const before = readDraftText(element);
  if (before.text.slice(start, end) !== expectedOriginal) return { ok: false, reason: 'stale' };
  const wanted = expectedAfterFix(before.text, start, end, replacement);
  const doc = element.ownerDocument;

  if (before.map.kind === 'value') {
    const field = before.map.element;
    field.focus();
    field.setRangeText(replacement, start, end, 'end');
    field.dispatchEvent(new (doc.defaultView?.InputEvent ?? InputEvent)('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
  } else {
    const range = rangeForOffsets(before.map, start, end, doc);
    const selection = doc.getSelection();
    if (!range || !selection) return { ok: false, reason: 'stale' };
    (element as HTMLElement).focus();
    selection.removeAllRanges();
    selection.addRange(range);
    // Deprecated but still the one call every rich editor treats as the person typing.
    doc.execCommand('insertText', false, replacement);
  }

  const after = readDraftText(element).text;
  return sameVisibleText(after, wanted) ? { ok: true, text: after } : { ok: false, reason: 'refused' };
}
