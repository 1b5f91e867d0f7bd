/**
 * A plain printable list of every tip. Rendered straight into <body> so that
 * print CSS can hide the rest of the panel; on screen it is never shown.
 */
import { createPortal } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Tip } from '@/utils/library';
import { useLibrary } from './context';
import { count, showDate, STATUS_WORDS, whereFrom } from './labels';

export function PrintView(props: { tips: Tip[]; onDone: () => void }) {
  const { print } = useLibrary();
  useEffect(() => {
    const body = document.body;
    body.classList.add('printing-tips');
    const done = () => props.onDone();
    window.addEventListener('afterprint', done);
    (print ?? (() => window.print()))();
    return () => {
      window.removeEventListener('afterprint', done);
      body.classList.remove('printing-tips');
    };
  }, []);

  return createPortal(
    <div class="print-view" data-testid="print-view">
      <h1>My Spoonbook tips</h1>
      <p>
        {count(props.tips.length, 'tip')}, printed {showDate(new Date().toISOString())}. This holds health information — keep it somewhere private.
      </p>
      <ol>
        {props.tips.map((tip) => (
          <li key={tip.id}>
            <p class="print-text">{tip.text}</p>
            <p>
              {whereFrom(tip)} · Saved {showDate(tip.savedAt)} · {STATUS_WORDS[tip.verification.status]}
              {tip.tags.length > 0 && ` · Tags: ${tip.tags.join(', ')}`}
            </p>
            {tip.notes && <p>My notes: {tip.notes}</p>}
            <p class="print-address">{tip.permalink ?? tip.pageUrl}</p>
          </li>
        ))}
      </ol>
    </div>,
    document.body,
  );
}
