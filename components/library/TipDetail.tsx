/**
 * One tip, in full: the saved words (always as text, never as HTML), where they
 * came from, the person's own fields to edit, the verification part, delete.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { deleteTip, getTip, type Tip } from '@/utils/library';
import { useLibrary } from './context';
import { plainError, showDate, STATUS_WORDS } from './labels';
import { TipEditForm } from './TipEditForm';
import { useLiveQuery } from './useLiveQuery';
import { VerifySlotPlaceholder } from './VerifySlotPlaceholder';

/** Only web pages are opened; the library already refuses anything else, this is a second lock. */
function webAddress(tip: Tip): string | undefined {
  for (const candidate of [tip.permalink, tip.pageUrl]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // Not an address; try the next.
    }
  }
  return undefined;
}

function Fact(props: { name: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{props.name}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

export interface TipDetailProps {
  id: string;
  onBack: () => void;
  onDeleted: (tip: Tip) => void;
  verifySlot?: (tip: Tip) => ComponentChildren;
}

export function TipDetail(props: TipDetailProps) {
  const { db, openPage } = useLibrary();
  const live = useLiveQuery(async () => (await getTip(db, props.id)) ?? null, props.id);
  const [message, setMessage] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const tip = live.value;
  const address = tip ? webAddress(tip) : undefined;

  const openSource = async () => {
    if (!address || !tip) return;
    try {
      const note = await openPage(address, tip);
      if (note) setMessage(note);
    } catch {
      setMessage(`The page couldn't be opened. Its address is ${address}`);
    }
  };

  const remove = async () => {
    if (!tip) return;
    try {
      const gone = await deleteTip(db, tip.id);
      props.onDeleted(gone ?? tip);
    } catch (error) {
      setMessage(plainError(error, "The tip couldn't be deleted. Please try again."));
    }
  };

  return (
    <article
      class="tip-detail"
      aria-labelledby="tip-detail-heading"
      onKeyDown={(event) => {
        // Escape goes back to the list, as it closes most things; a select uses it to close itself first.
        if (event.key === 'Escape' && !event.defaultPrevented && !(event.target instanceof HTMLSelectElement)) props.onBack();
      }}
    >
      <button type="button" class="secondary" onClick={props.onBack}>
        ← Back to all tips
      </button>
      <h3 id="tip-detail-heading" tabIndex={-1} ref={headingRef}>
        {tip ? `Tip saved ${showDate(tip.savedAt)}` : 'Tip'}
      </h3>
      <div role="status" class={message ? 'warning' : undefined}>
        {message}
      </div>
      {live.error !== undefined && <p class="warning">{plainError(live.error, "This tip couldn't be read just now. Go back and try again.")}</p>}
      {tip === null && <p class="warning">This tip is no longer in your library. It may have been deleted in another window.</p>}
      {tip && (
        <>
          <blockquote class="tip-text" data-testid="tip-text">
            {tip.text}
          </blockquote>
          <dl class="tip-facts">
            <Fact name="Site">{tip.site}</Fact>
            {tip.group && <Fact name="Group or forum">{tip.group}</Fact>}
            {tip.pageTitle && <Fact name="Page">{tip.pageTitle}</Fact>}
            {typeof tip.author === 'string' && tip.author && <Fact name="Written by">{tip.author}</Fact>}
            {tip.postedAt && <Fact name="Posted">{showDate(tip.postedAt)}</Fact>}
            <Fact name="Saved">{showDate(tip.savedAt)}</Fact>
            {tip.updatedAt !== tip.savedAt && <Fact name="Last changed">{showDate(tip.updatedAt)}</Fact>}
            <Fact name="Checked">{STATUS_WORDS[tip.verification.status]}</Fact>
            {address && <Fact name="Address">
              <span class="tip-address">{address}</span>
            </Fact>}
          </dl>
          {address && (
            <div class="row">
              <button type="button" onClick={openSource}>
                Open the original post
              </button>
            </div>
          )}
          {props.verifySlot ? props.verifySlot(tip) : <VerifySlotPlaceholder tip={tip} />}
          <TipEditForm key={tip.id} tip={tip} />
          <div class="row danger-zone">
            <button type="button" class="secondary" onClick={remove}>
              Delete this tip
            </button>
          </div>
        </>
      )}
    </article>
  );
}
