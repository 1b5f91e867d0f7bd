/**
 * The Library tab: search and filters, the windowed list, a tip's detail view,
 * undo after delete, and backups. Everything reads through Dexie liveQuery, so
 * a tip saved in another tab or by the background shows up here by itself.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { restoreTip, searchTips, type Tip } from '@/utils/library';
import { BackupPanel } from './BackupPanel';
import { LibraryContext, useLibrary, type LibraryEnvironment } from './context';
import { EmptyLibrary } from './EmptyLibrary';
import { count, plainError } from './labels';
import { PrintView } from './PrintView';
import { filterKey, isFiltered, NO_FILTERS, toSearchQuery, type ListFilters } from './query';
import { SearchFilters } from './SearchFilters';
import { TipDetail } from './TipDetail';
import { TipList } from './TipList';
import { UndoToast } from './UndoToast';
import { useLiveQuery, useSearchIndex } from './useLiveQuery';

/**
 * Tips read per window step; a window is three steps, enough for a tall panel plus
 * a screen either side. Small, because reading rows is most of a search's time.
 */
const CHUNK = 25;
const WINDOW = CHUNK * 3;
/** Screen readers hear the count once typing pauses, not after every letter. */
const ANNOUNCE_DELAY_MS = 600;
/**
 * The search index's full read starts in a fresh task once the first tips are in
 * the page, so they paint first. Any later costs more: a search typed meanwhile
 * reads IndexedDB directly (100–400 ms at 10,000 tips) and slows the build too.
 */
const INDEX_DELAY_MS = 0;

export interface LibraryViewProps extends LibraryEnvironment {
  /** Renders the verification part of a tip's detail view; a plain summary stands in when absent. */
  verifySlot?: (tip: Tip) => ComponentChildren;
  /** Opens straight on this tip (from a reminder). */
  openTipId?: string;
}

export function LibraryView(props: LibraryViewProps) {
  const { verifySlot, openTipId, ...environment } = props;
  return (
    <LibraryContext.Provider value={environment}>
      <LibraryScreen verifySlot={verifySlot} openTipId={openTipId} />
    </LibraryContext.Provider>
  );
}

interface Notice {
  text: string;
  error: boolean;
}

function LibraryScreen({ verifySlot, openTipId }: { verifySlot?: (tip: Tip) => ComponentChildren; openTipId?: string }) {
  const env = useLibrary();
  const { db } = env;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [filters, setFilters] = useState<ListFilters>(NO_FILTERS);
  const [windowStart, setWindowStart] = useState(0);
  const [selectedId, setSelectedId] = useState<string | null>(openTipId ?? null);
  const [returnId, setReturnId] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deleted, setDeleted] = useState<Tip | null>(null);
  const [printTips, setPrintTips] = useState<Tip[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const scrollTop = useRef(0);

  const key = filterKey(filters);
  // Built once the first tips are on screen (its full read would slow that first paint).
  const [indexWanted, setIndexWanted] = useState(false);
  const search = useSearchIndex(db, indexWanted);
  const list = useLiveQuery(async () => {
    const result = await searchTips(db, toSearchQuery(filters, windowStart, WINDOW), search.index);
    return { key, offset: windowStart, ...result };
  }, `${key}#${windowStart}#${search.generation}`);

  const loaded = list.value;
  useEffect(() => {
    if (!loaded || indexWanted) return;
    const timer = setTimeout(() => setIndexWanted(true), INDEX_DELAY_MS);
    return () => clearTimeout(timer);
  }, [loaded !== undefined]);
  const total = loaded?.total ?? 0;
  const busy = loaded?.key !== key && list.error === undefined;
  const filtered = isFiltered(filters);
  // Whether the library holds any tip at all, remembered from the last unfiltered count (a count costs a full scan).
  const hasTips = useRef(false);
  if (loaded && loaded.key === filterKey(NO_FILTERS)) hasTips.current = loaded.total > 0;
  else if (loaded && loaded.total > 0) hasTips.current = true;
  const countText = !loaded ? 'Loading your tips…' : filtered ? `${count(total, 'tip')} found` : `${count(total, 'tip')} saved`;

  // Announce the count politely once it belongs to what the person typed.
  useEffect(() => {
    if (busy || !loaded || !filtered) return;
    const timer = setTimeout(() => setAnnouncement(total ? countText : 'No tips match. Try fewer or shorter words, or clear the filters.'), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [busy, countText, filtered]);

  const changeFilters = (next: ListFilters) => {
    setFilters(next);
    setWindowStart(0);
    scrollTop.current = 0;
  };

  const onRangeChange = (first: number, last: number) => {
    if (first >= windowStart && last < windowStart + WINDOW) return;
    setWindowStart(Math.max(0, Math.floor(first / CHUNK) * CHUNK - CHUNK));
  };

  const open = (id: string) => {
    setNotice(null);
    setSelectedId(id);
  };
  const back = () => {
    setReturnId(selectedId ?? undefined);
    setSelectedId(null);
  };
  const onDeleted = (tip: Tip) => {
    setReturnId(undefined);
    setSelectedId(null);
    setDeleted(tip);
  };
  const undo = async (tip: Tip) => {
    setDeleted(null);
    try {
      const result = await restoreTip(db, tip, { sanitizer: env.sanitizer });
      headingRef.current?.focus();
      setNotice({ text: result.restored ? 'The tip is back in your library.' : 'That passage was saved again meanwhile, so the newer copy is kept.', error: false });
    } catch (error) {
      setNotice({ text: plainError(error, "The tip couldn't be put back. Please try Undo again."), error: true });
      setDeleted(tip);
    }
  };

  const listError = list.error;

  return (
    <section aria-labelledby="library-heading" class="library">
      <h2 id="library-heading" tabIndex={-1} ref={headingRef}>
        Your saved tips
      </h2>
      <div role="status" class={notice?.error ? 'library-notice warning' : notice ? 'library-notice notice' : 'library-notice'}>
        {notice?.text}
        {listError !== undefined && <p>{plainError(listError, "Your tips couldn't be read just now. Close the panel and open it again.")}</p>}
      </div>
      <UndoToast tip={deleted} onUndo={undo} onExpire={() => setDeleted(null)} />

      {selectedId ? (
        <TipDetail id={selectedId} onBack={back} onDeleted={onDeleted} verifySlot={verifySlot} />
      ) : (
        <>
          {loaded && total === 0 && !filtered && loaded.key === key ? (
            <EmptyLibrary />
          ) : (
            <>
              <SearchFilters filters={filters} onChange={changeFilters} />
              <p class="library-count" id="library-count" aria-busy={busy ? 'true' : 'false'}>
                {countText}
              </p>
              {loaded && total === 0 && filtered && !busy && (
                <p class="muted">No tips match. Try fewer or shorter words, or clear the filters.</p>
              )}
              {loaded && total > 0 && (
                <TipList
                  total={total}
                  window={{ offset: loaded.offset, tips: loaded.tips }}
                  busy={busy}
                  initialScrollTop={scrollTop.current}
                  focusId={returnId}
                  resetKey={key}
                  onRangeChange={onRangeChange}
                  onScroll={(top) => (scrollTop.current = top)}
                  onOpen={open}
                />
              )}
            </>
          )}
          <BackupPanel hasTips={hasTips.current} onPrint={setPrintTips} />
        </>
      )}
      <div role="status" class="visually-hidden">
        {announcement}
      </div>
      {printTips && <PrintView tips={printTips} onDone={() => setPrintTips(null)} />}
    </section>
  );
}
