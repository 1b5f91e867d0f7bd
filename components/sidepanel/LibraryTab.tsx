/**
 * The Library tab: the library UI wired to this extension page's database and
 * browser, with the verification panel in each tip's detail view.
 */
import { useMemo } from 'preact/hooks';
import type { WindowLike } from 'dompurify';
import { LibraryView } from '@/components/library/LibraryView';
import { VerifyPanel } from '@/components/verify/VerifyPanel';
import { getLibraryDb } from '@/platform/library-db';
import { sendToBackground } from '@/platform/messaging';
import type { Tip } from '@/utils/library';
import { createSanitizer, type Sanitizer } from '@/utils/sanitize';

/** The page's own DOM cleans HTML in imported backups; without one, backups import as text only. */
function pageSanitizer(): Sanitizer | undefined {
  try {
    return createSanitizer(window as unknown as WindowLike);
  } catch {
    return undefined;
  }
}

const ANCHOR_WORDS: Record<string, string> = {
  found: 'Opened the post. The saved words are highlighted on the page.',
  'not-found': 'Opened the post, but the saved words aren’t on the page any more. It may have been edited, or you may need to scroll to load it.',
  'no-access': 'Opened the page. Spoonbook doesn’t run on that site, so it can’t point to the words. You can add the site under “This site”.',
};

/** "Open source": the background opens the post and asks the page to find the passage. */
async function openPage(_url: string, tip: Tip): Promise<string> {
  const reply = await sendToBackground({ type: 'open-tip', id: tip.id });
  if (!reply.ok) throw new Error(reply.error);
  return ANCHOR_WORDS[String(reply.anchored)] ?? 'Opened the post.';
}

export function LibraryTab(props: { openTipId?: string }) {
  const sanitizer = useMemo(pageSanitizer, []);
  const db = getLibraryDb();
  return (
    <LibraryView
      key={props.openTipId ?? 'list'}
      db={db}
      sanitizer={sanitizer}
      openPage={openPage}
      storage={navigator.storage}
      openTipId={props.openTipId}
      // A key per tip: notes typed just before switching tips are saved to the right one.
      verifySlot={(tip) => <VerifyPanel key={tip.id} tip={tip} db={db} />}
    />
  );
}
