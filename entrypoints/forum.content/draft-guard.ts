/**
 * The draft guard in the page: follows the composer that has focus, scans what
 * the person writes (debounced), highlights findings without touching the
 * editor's DOM, shows the badge and card, applies fixes through the editor's own
 * input path, and asks once before a risky post goes out.
 */
import { render, h } from 'preact';
import { assessDraft, scanText, type Finding } from '@/utils/disclosure';
import { PageHighlighter, renderMirror } from '@/utils/editor/highlight';
import { replaceInEditor } from '@/utils/editor/replace';
import { readDraftText, type DraftText } from '@/utils/editor/text';
import { activeFindings, draftVersion, findingKey, kindLabel, saferText, shouldAsk, toEngineTerms } from '@/utils/guard/state';
import type { ComposerInfo, SiteAdapter } from '@/utils/sites/types';
import type { Settings } from '@/utils/settings';
import { GuardUi, type GuardActions, type GuardItem, type GuardView } from '@/components/guard/GuardUi';
import { uiLayer } from './page-ui';

const EDITABLE = 'textarea, input[type="text"], [contenteditable=""], [contenteditable="true"], [role="textbox"]';
const SCAN_DELAY_MS = 250;

interface Pending {
  composer: Element;
  resume: () => void;
}

export interface GuardHost {
  isValid(): boolean;
  setTimeout(fn: () => void, ms: number): number;
  settings(): Settings;
  allowTerm(term: string): void;
}

export class DraftGuard {
  private readonly mount: HTMLElement;
  private readonly mirror: HTMLElement;
  private readonly highlighter: PageHighlighter;
  private active: ComposerInfo | null = null;
  private draft: DraftText | null = null;
  private findings: Finding[] = [];
  private combination: string | undefined;
  private readonly dismissed = new WeakMap<Element, Set<string>>();
  private readonly approved = new WeakMap<Element, string>();
  private scanTimer: number | undefined;
  private frame = 0;
  private view: GuardView = { anchor: null, items: [], publicAudience: false, cardOpen: false, refused: false, status: '', dialog: null };
  private pending: Pending | null = null;
  private replaying = false;

  constructor(
    private readonly doc: Document,
    private readonly adapter: SiteAdapter,
    private readonly host: GuardHost,
    private readonly shadow: ShadowRoot,
  ) {
    this.mirror = uiLayer(shadow, 'mirror');
    this.mount = uiLayer(shadow);
    this.highlighter = new PageHighlighter(doc.defaultView as Window & typeof globalThis);
    this.listen();
  }

  private listen(): void {
    const doc = this.doc;
    doc.addEventListener('focusin', (event) => this.onFocus(event), true);
    doc.addEventListener('focusout', (event) => this.onBlur(event), true);
    doc.addEventListener('input', (event) => this.onInput(event), true);
    doc.addEventListener('keydown', (event) => this.onKeyDown(event), true);
    doc.addEventListener('click', (event) => this.onClick(event), true);
    doc.addEventListener('submit', (event) => this.onSubmit(event), true);
    const view = doc.defaultView;
    view?.addEventListener('scroll', () => this.schedulePosition(), { capture: true, passive: true });
    view?.addEventListener('resize', () => this.schedulePosition(), { passive: true });
  }

  private composerFor(target: EventTarget | null): ComposerInfo | null {
    if (!(target instanceof Element)) return null;
    const editable = target.closest(EDITABLE);
    if (!editable) return null;
    const known = this.adapter.findComposers(this.doc).find((c) => c.element === editable || c.element.contains(editable) || editable.contains(c.element));
    if (known) return known;
    const isField = editable.tagName === 'TEXTAREA' || editable.tagName === 'INPUT';
    return { element: editable, kind: 'unknown', editor: isField ? 'textarea' : 'contenteditable', submitsOnEnter: false, submitsOnModEnter: false };
  }

  private onFocus(event: FocusEvent): void {
    if (!this.host.isValid()) return;
    const composer = this.composerFor(event.target);
    if (!composer) return;
    if (this.active?.element !== composer.element) {
      this.active = composer;
      this.view = { ...this.view, cardOpen: false, refused: false, status: '' };
    }
    this.scanNow();
  }

  private onBlur(event: FocusEvent): void {
    if (!this.active) return;
    const next = event.relatedTarget;
    if (next instanceof Node && (this.active.element.contains(next) || next === this.shadowHost())) return;
    this.host.setTimeout(() => {
      const focused = this.doc.activeElement;
      if (this.active && focused && (this.active.element.contains(focused) || focused === this.shadowHost())) return;
      if (this.view.cardOpen || this.view.dialog) return;
      // Highlights belong to the document: take them down whenever the composer loses focus.
      this.highlighter.clear();
      this.mirror.replaceChildren();
      this.update({ anchor: null });
    }, 150);
  }

  private shadowHost(): Element {
    return this.shadow.host;
  }

  private onInput(event: Event): void {
    if (!this.active || !(event.target instanceof Node) || !this.active.element.contains(event.target)) {
      const composer = this.composerFor(event.target);
      if (!composer) return;
      this.active = composer;
    }
    if (this.scanTimer !== undefined) clearTimeout(this.scanTimer);
    this.scanTimer = this.host.setTimeout(() => {
      this.scanTimer = undefined;
      this.scanNow();
    }, SCAN_DELAY_MS);
  }

  /** Reads and scans the active composer; also what runs just before a submit. */
  scanNow(): void {
    const composer = this.active;
    if (!composer || !composer.element.isConnected) return;
    const settings = this.host.settings();
    const audienceRead = this.adapter.audience(this.doc, new URL(this.doc.URL));
    const audience = audienceRead === 'private' ? 'private' : 'public';
    this.draft = readDraftText(composer.element);
    const text = this.draft.text;
    const all = text.trim() ? scanText(text, { personalTerms: toEngineTerms(settings.personalTerms), audience, allowList: settings.allowedTerms }) : [];
    this.findings = activeFindings(text, all, this.dismissed.get(composer.element) ?? new Set());
    this.combination = assessDraft(this.findings, audience).combination?.message;
    this.paintMarks();
    this.update({
      items: this.findings.map((finding) => this.item(text, finding)),
      publicAudience: audience === 'public',
      combination: this.combination,
      anchor: this.anchor(),
    });
  }

  private item(text: string, finding: Finding): GuardItem {
    return {
      key: findingKey(text, finding),
      label: kindLabel(finding.kind),
      quote: text.slice(finding.start, finding.end),
      reason: finding.reason,
      severity: finding.severity,
      fixes: finding.fixes.slice(0, 3),
    };
  }

  private paintMarks(): void {
    if (!this.active || !this.draft) return;
    const marks = this.findings.map((f) => ({ start: f.start, end: f.end, severity: f.severity }));
    const focused = this.active.element.contains(this.doc.activeElement);
    if (this.draft.map.kind === 'value') {
      if (marks.length && focused) renderMirror(this.mirror, this.draft.map.element, marks);
      else this.mirror.replaceChildren();
    } else if (marks.length && focused && this.highlighter.supported) {
      this.highlighter.show(this.draft.map, marks);
    } else {
      this.highlighter.clear();
    }
  }

  private anchor(): GuardView['anchor'] {
    if (!this.active) return null;
    const rect = this.active.element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return null;
    return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  }

  private schedulePosition(): void {
    if (!this.view.anchor || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.draft?.map.kind === 'value' && this.findings.length) this.paintMarks();
      this.update({ anchor: this.anchor() });
    });
  }

  private update(change: Partial<GuardView>): void {
    this.view = { ...this.view, ...change };
    render(h(GuardUi, { view: this.view, actions: this.actions }), this.mount);
  }

  private findingByKey(key: string): Finding | undefined {
    const text = this.draft?.text ?? '';
    return this.findings.find((finding) => findingKey(text, finding) === key);
  }

  private readonly actions: GuardActions = {
    toggleCard: () => this.update({ cardOpen: !this.view.cardOpen }),
    closeCard: () => {
      this.update({ cardOpen: false });
      (this.active?.element as HTMLElement | undefined)?.focus();
    },
    fix: (key, replacement) => {
      const finding = this.findingByKey(key);
      if (!finding || !this.active || !this.draft) return;
      const original = this.draft.text.slice(finding.start, finding.end);
      const result = replaceInEditor(this.active.element, finding.start, finding.end, replacement, original);
      this.scanNow();
      this.update(result.ok ? { refused: false, status: `Changed to “${replacement}”.` } : { refused: true, status: '' });
    },
    dismiss: (key) => {
      if (!this.active) return;
      const set = this.dismissed.get(this.active.element) ?? new Set<string>();
      set.add(key);
      this.dismissed.set(this.active.element, set);
      this.scanNow();
      this.update({ status: 'Okay, left as it is for this post.' });
    },
    allow: (key) => {
      const finding = this.findingByKey(key);
      if (!finding || !this.draft) return;
      this.host.allowTerm(this.draft.text.slice(finding.start, finding.end).trim());
      this.actions.dismiss(key);
      this.update({ status: 'Okay, Spoonbook won’t point this out again. You can change that in settings.' });
    },
    copySafer: () => {
      if (!this.draft) return;
      void navigator.clipboard.writeText(saferText(this.draft.text, this.findings)).then(
        () => this.update({ status: 'Safer text copied. Paste it over your post.' }),
        () => this.update({ status: 'Copying didn’t work here. You can edit the highlighted words by hand.' }),
      );
    },
    review: () => {
      this.pending = null;
      this.update({ dialog: null, cardOpen: true, anchor: this.anchor() });
      (this.active?.element as HTMLElement | undefined)?.focus();
    },
    postAnyway: () => {
      const pending = this.pending;
      this.pending = null;
      this.update({ dialog: null, cardOpen: false });
      if (!pending) return;
      this.approved.set(pending.composer, draftVersion(readDraftText(pending.composer).text));
      this.replaying = true;
      try {
        pending.resume();
      } finally {
        this.replaying = false;
      }
      this.highlighter.clear();
      this.mirror.replaceChildren();
    },
  };

  /** True when the post should wait for the person's answer (and the dialog is now showing). */
  private intercept(composer: ComposerInfo, resume: () => void): boolean {
    if (this.replaying || !this.host.settings().askBeforePosting) return false;
    this.active = composer;
    this.scanNow();
    const text = this.draft?.text ?? '';
    if (!text.trim()) return false;
    const assessment = this.combination ? { level: 'high' as const, combination: { message: this.combination, kinds: [] } } : { level: 'none' as const };
    if (!shouldAsk(this.findings, assessment, this.approved.get(composer.element) ?? null, draftVersion(text))) return false;
    const high = this.findings.filter((f) => f.severity === 'high');
    this.pending = { composer: composer.element, resume };
    this.update({ dialog: { items: (high.length ? high : this.findings).map((f) => this.item(text, f)), combination: this.combination } });
    return true;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.view.cardOpen && !this.view.dialog) {
      // After a fix focus is back in the editor; Escape still closes our card first.
      event.preventDefault();
      event.stopImmediatePropagation();
      this.actions.closeCard();
      return;
    }
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    const composer = this.composerFor(event.target);
    if (!composer) return;
    const mod = event.ctrlKey || event.metaKey;
    if (!(composer.submitsOnEnter && !mod) && !(composer.submitsOnModEnter && mod)) return;
    const init: KeyboardEventInit = { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, ctrlKey: event.ctrlKey, metaKey: event.metaKey };
    const target = event.target as Element;
    const resume = () => {
      (composer.element as HTMLElement).focus();
      target.dispatchEvent(new KeyboardEvent('keydown', { ...init, keyCode: 13, which: 13 } as KeyboardEventInit));
    };
    if (this.intercept(composer, resume)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }

  private onClick(event: MouseEvent): void {
    if (this.replaying || !(event.target instanceof Element)) return;
    const target = event.target;
    if (target === this.shadowHost()) return;
    // Every click on the page comes through here: only buttons can be a submit control.
    if (!target.closest('button, [role="button"], input[type="submit"], input[type="image"]')) return;
    for (const composer of this.adapter.findComposers(this.doc)) {
      const control = this.adapter.findSubmitControl(composer.element);
      if (!control || !control.contains(target)) continue;
      // Some composers share a button with a hidden twin (Discourse's markdown and rich editors).
      if (!readDraftText(composer.element).text.trim()) continue;
      if (this.intercept(composer, () => (control as HTMLElement).click())) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      return;
    }
  }

  private onSubmit(event: SubmitEvent): void {
    if (this.replaying || !(event.target instanceof HTMLFormElement)) return;
    const form = event.target;
    const composer = this.adapter.findComposers(form).find((c) => form.contains(c.element));
    if (!composer) return;
    const submitter = event.submitter;
    if (this.intercept(composer, () => form.requestSubmit(submitter instanceof HTMLElement && form.contains(submitter) ? submitter : undefined))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }
}
