import { useEffect, useRef } from 'preact/hooks';

export interface GuardItem {
  key: string;
  label: string;
  quote: string;
  reason: string;
  severity: 'high' | 'medium' | 'low';
  fixes: { label: string; replacement: string }[];
}

export interface GuardView {
  /** Where the badge sits (viewport coordinates); null hides the UI. */
  anchor: { left: number; top: number; bottom: number; right: number } | null;
  items: GuardItem[];
  publicAudience: boolean;
  combination?: string;
  cardOpen: boolean;
  /** A fix the editor refused: offer to copy the safer text instead. */
  refused: boolean;
  status: string;
  dialog: null | { items: GuardItem[]; combination?: string };
}

export interface GuardActions {
  toggleCard(): void;
  closeCard(): void;
  fix(key: string, replacement: string): void;
  dismiss(key: string): void;
  allow(key: string): void;
  copySafer(): void;
  review(): void;
  postAnyway(): void;
}

function Dialog({ view, actions }: { view: NonNullable<GuardView['dialog']>; actions: GuardActions }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      actions.review();
    }
    event.stopPropagation();
  };
  return (
    <div class="backdrop" onKeyDown={onKeyDown}>
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="sb-dialog-title" aria-describedby="sb-dialog-desc">
        <h2 id="sb-dialog-title">Before you post</h2>
        <p id="sb-dialog-desc">This post still has details that could tell people who you are:</p>
        <ul>
          {view.items.map((item) => (
            <li key={item.key}>
              {item.label}: <span class="quote">{item.quote}</span>
            </li>
          ))}
        </ul>
        {view.combination && <p class="combo">{view.combination}</p>}
        <p class="note">It’s your choice. You can go back and change it, or post it as it is.</p>
        <div class="row">
          <button type="button" ref={first} onClick={actions.review}>
            Review
          </button>
          <button type="button" class="quiet" onClick={actions.postAnyway}>
            Post anyway
          </button>
        </div>
      </div>
    </div>
  );
}

export function GuardUi({ view, actions }: { view: GuardView; actions: GuardActions }) {
  const count = view.items.length;
  const showBadge = view.anchor && (count > 0 || view.cardOpen);
  const badgeTop = view.anchor ? Math.max(4, view.anchor.bottom - 36) : 0;
  const badgeLeft = view.anchor ? Math.max(4, view.anchor.right - 170) : 0;
  const label = count === 1 ? '1 thing to check' : `${count} things to check`;
  return (
    <>
      {showBadge && (
        <button
          type="button"
          class="badge"
          style={{ top: `${badgeTop}px`, left: `${badgeLeft}px` }}
          aria-expanded={view.cardOpen}
          aria-controls="sb-card"
          onMouseDown={(event) => event.preventDefault()}
          onClick={actions.toggleCard}
        >
          {count ? label : 'All checked'}
        </button>
      )}
      {view.cardOpen && view.anchor && (
        <section
          id="sb-card"
          class="card"
          role="dialog"
          aria-label="Details that could identify you"
          style={{ top: `${Math.min(badgeTop + 40, Math.max(8, (globalThis.innerHeight || 800) - 400))}px`, left: `${Math.max(8, badgeLeft - 210)}px` }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') actions.closeCard();
            event.stopPropagation();
          }}
        >
          <h2>{count ? 'Things to check before you post' : 'Nothing left to check'}</h2>
          {view.publicAudience && <p class="note">This looks like a public group: anyone can read it, including people who know you.</p>}
          {view.combination && <p class="combo">{view.combination}</p>}
          {view.items.map((item) => (
            <div class="item" key={item.key}>
              <p>
                <span class="what">{item.label}</span>: <span class="quote">{item.quote}</span>
              </p>
              <p>{item.reason}</p>
              <div class="row">
                {item.fixes.map((fix) => (
                  <button type="button" key={fix.label} onClick={() => actions.fix(item.key, fix.replacement)}>
                    {fix.label}
                  </button>
                ))}
                <button type="button" class="quiet" onClick={() => actions.dismiss(item.key)}>
                  Not sensitive
                </button>
                <button type="button" class="quiet" onClick={() => actions.allow(item.key)}>
                  Always allow
                </button>
              </div>
            </div>
          ))}
          {view.refused && (
            <p class="note">
              This site didn’t accept the change.{' '}
              <button type="button" class="quiet" onClick={actions.copySafer}>
                Copy safer text
              </button>
            </p>
          )}
          <p role="status" aria-live="polite" class="note">
            {view.status}
          </p>
          <div class="row">
            <button type="button" class="quiet" onClick={actions.closeCard}>
              Close
            </button>
          </div>
        </section>
      )}
      {view.dialog && <Dialog view={view.dialog} actions={actions} />}
    </>
  );
}
