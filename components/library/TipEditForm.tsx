/**
 * The person's own fields on a tip. What they type stays in the form until it
 * is saved: a failed save (full disk, closed database) shows why and keeps it,
 * and a change arriving from another window doesn't overwrite unsaved edits.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SUPPORT_TYPES, updateTip, type SupportType, type Tip, type TipPatch } from '@/utils/library';
import { useLibrary } from './context';
import { HELPED_WORDS, plainError, splitList, SUPPORT_WORDS } from './labels';

interface Draft {
  tags: string;
  conditions: string;
  supportType: SupportType | '';
  notes: string;
  /** '' = not rated; otherwise '0'…'5'. */
  helpedMe: string;
}

function draftOf(tip: Tip): Draft {
  return {
    tags: tip.tags.join(', '),
    conditions: tip.conditions.join(', '),
    supportType: tip.supportType ?? '',
    notes: tip.notes,
    helpedMe: tip.helpedMe === undefined ? '' : String(tip.helpedMe),
  };
}

function sameDraft(a: Draft, b: Draft): boolean {
  return a.tags === b.tags && a.conditions === b.conditions && a.supportType === b.supportType && a.notes === b.notes && a.helpedMe === b.helpedMe;
}

function patchOf(draft: Draft): TipPatch {
  return {
    tags: splitList(draft.tags),
    conditions: splitList(draft.conditions),
    supportType: draft.supportType || null,
    notes: draft.notes,
    helpedMe: draft.helpedMe === '' ? null : Number(draft.helpedMe),
  };
}

export function TipEditForm(props: { tip: Tip }) {
  const { db, now } = useLibrary();
  const [draft, setDraftState] = useState<Draft>(() => draftOf(props.tip));
  // The draft as of the last keystroke, even before Preact re-renders: a quick
  // "type then press Enter" must save what was typed, not the render before.
  const latest = useRef(draft);
  const setDraft = (next: Draft) => {
    latest.current = next;
    setDraftState(next);
  };
  const [saved, setSaved] = useState<Draft>(() => draftOf(props.tip));
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = !sameDraft(draft, saved);

  // A change made elsewhere comes in only when it can't overwrite unsaved typing.
  useEffect(() => {
    const incoming = draftOf(props.tip);
    if (sameDraft(latest.current, saved)) setDraft(incoming);
    setSaved(incoming);
  }, [props.tip]);

  const set = <K extends keyof Draft>(name: K, value: Draft[K]) => setDraft({ ...latest.current, [name]: value });

  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setStatus(null);
    try {
      const tip = await updateTip(db, props.tip.id, patchOf(latest.current), { now });
      const fresh = draftOf(tip);
      setDraft(fresh);
      setSaved(fresh);
      setStatus({ text: 'Changes saved.', error: false });
    } catch (error) {
      setStatus({ text: plainError(error, "This change couldn't be saved. What you typed is still here — please try again."), error: true });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="tip-edit card" onSubmit={save} aria-labelledby="tip-edit-heading">
      <h3 id="tip-edit-heading">Your notes and labels</h3>
      <label for="tip-tags">Tags</label>
      <input id="tip-tags" type="text" value={draft.tags} aria-describedby="tip-tags-hint" onInput={(e) => set('tags', e.currentTarget.value)} />
      <p id="tip-tags-hint" class="muted hint">
        Separate them with commas, for example: sleep, diet
      </p>
      <label for="tip-conditions">Conditions</label>
      <input
        id="tip-conditions"
        type="text"
        value={draft.conditions}
        aria-describedby="tip-conditions-hint"
        onInput={(e) => set('conditions', e.currentTarget.value)}
      />
      <p id="tip-conditions-hint" class="muted hint">
        The conditions this tip is about, separated with commas
      </p>
      <label for="tip-support">Kind of support</label>
      <select id="tip-support" value={draft.supportType} onChange={(e) => set('supportType', e.currentTarget.value as SupportType | '')}>
        <option value="">Not chosen</option>
        {SUPPORT_TYPES.map((type) => (
          <option key={type} value={type}>
            {SUPPORT_WORDS[type]}
          </option>
        ))}
      </select>
      <fieldset class="helped">
        <legend>Did it help you?</legend>
        {['', '0', '1', '2', '3', '4', '5'].map((value) => (
          <label class="check" key={value || 'none'}>
            <input type="radio" name="helped-me" value={value} checked={draft.helpedMe === value} onChange={() => set('helpedMe', value)} />
            {value === '' ? 'Not rated yet' : `${value} — ${HELPED_WORDS[Number(value)]}`}
          </label>
        ))}
      </fieldset>
      <label for="tip-notes">Your notes</label>
      <textarea id="tip-notes" value={draft.notes} onInput={(e) => set('notes', e.currentTarget.value)} />
      <div class="row">
        <button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save changes'}
        </button>
        {dirty && <span class="muted">You have changes that aren’t saved yet.</span>}
      </div>
      <div role="status" class={status?.error ? 'warning' : status ? 'notice' : undefined}>
        {status?.text}
      </div>
    </form>
  );
}
