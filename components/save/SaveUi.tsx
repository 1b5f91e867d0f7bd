import { useEffect, useRef, useState } from 'preact/hooks';

export interface SaveView {
  /** The hovered or focused post's corner, for the "Save tip" button; null hides it. */
  postAnchor: { top: number; right: number } | null;
  toast: null | { id: string; message: string; caution?: string; created: boolean } | { error: string };
}

export interface SaveActions {
  savePost(): void;
  undo(id: string): void;
  annotate(id: string, tags: string[], notes: string): void;
  dismiss(): void;
}

function Toast({ toast, actions }: { toast: NonNullable<SaveView['toast']>; actions: SaveActions }) {
  const [editing, setEditing] = useState(false);
  const [tags, setTags] = useState('');
  const [notes, setNotes] = useState('');
  const tagsRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (editing) tagsRef.current?.focus();
  }, [editing]);
  if ('error' in toast) {
    return (
      <div class="toast" role="alert">
        <p>{toast.error}</p>
        <div class="row">
          <button type="button" class="quiet" onClick={actions.dismiss}>
            Close
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="toast" role="status" aria-live="polite" onKeyDown={(event) => event.stopPropagation()}>
      <p>{toast.message}</p>
      {toast.caution && <p class="caution">{toast.caution}</p>}
      {editing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            actions.annotate(
              toast.id,
              tags.split(',').map((tag) => tag.trim()).filter(Boolean),
              notes,
            );
          }}
        >
          <label for="sb-tags">Tags (separate with commas)</label>
          <input id="sb-tags" ref={tagsRef} type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
          <label for="sb-notes">Notes</label>
          <textarea id="sb-notes" rows={3} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
          <div class="row">
            <button type="submit">Save tags and notes</button>
            <button type="button" class="quiet" onClick={actions.dismiss}>
              Close
            </button>
          </div>
        </form>
      ) : (
        <div class="row">
          <button type="button" onClick={() => setEditing(true)}>
            Add tags/notes
          </button>
          {toast.created && (
            <button type="button" class="quiet" onClick={() => actions.undo(toast.id)}>
              Undo
            </button>
          )}
          <button type="button" class="quiet" onClick={actions.dismiss}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}

export function SaveUi({ view, actions }: { view: SaveView; actions: SaveActions }) {
  return (
    <>
      {view.postAnchor && (
        <button
          type="button"
          class="save-tip"
          style={{ top: `${Math.max(4, view.postAnchor.top + 4)}px`, left: `${Math.max(4, view.postAnchor.right - 104)}px` }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={actions.savePost}
        >
          Save tip
        </button>
      )}
      {view.toast && <Toast toast={view.toast} actions={actions} />}
    </>
  );
}
