/**
 * "Save tip" in the page: a button on the post or comment under the pointer or
 * keyboard focus, and the save confirmation (with "Add tags/notes" and "Undo").
 * The content script never opens IndexedDB: it sends the tip to the background.
 */
import { h, render } from 'preact';
import { SaveUi, type SaveActions, type SaveView } from '@/components/save/SaveUi';
import type { Reply } from '@/utils/messages/router';
import type { PostInfo, SiteAdapter } from '@/utils/sites/types';
import { captureSelection } from '@/entrypoints/background/capture';
import { uiLayer } from './page-ui';

function innermost(posts: readonly PostInfo[], node: Node): PostInfo | null {
  let best: PostInfo | null = null;
  for (const post of posts) {
    if (post.element.contains(node) && (!best || best.element.contains(post.element))) best = post;
  }
  return best;
}

export interface SaverHost {
  send(message: unknown): Promise<Reply>;
  setTimeout(fn: () => void, ms: number): number;
}

export class TipSaver {
  private readonly mount: HTMLElement;
  private view: SaveView = { postAnchor: null, toast: null };
  private posts: PostInfo[] | null = null;
  private current: PostInfo | null = null;
  private frame = 0;
  private toastTimer: number | undefined;

  constructor(
    private readonly doc: Document,
    private readonly adapter: SiteAdapter,
    private readonly host: SaverHost,
    private readonly shadow: ShadowRoot,
  ) {
    this.mount = uiLayer(shadow);
    doc.addEventListener('mouseover', (event) => this.follow(event.target), { passive: true, capture: true });
    doc.addEventListener('focusin', (event) => this.follow(event.target), true);
    doc.defaultView?.addEventListener('scroll', () => this.schedulePosition(), { passive: true, capture: true });
  }

  private stale = false;

  /**
   * Posts come and go on single-page sites. The page-wide list is only a fallback for
   * pointing, so it is re-read when it no longer holds the post under the pointer, not on
   * every change (Facebook changes its page constantly; re-reading 1,000 posts is a long task).
   */
  invalidate(): void {
    this.stale = true;
  }

  private postList(): PostInfo[] {
    this.posts ??= this.adapter.findPosts(this.doc, new URL(this.doc.URL));
    return this.posts;
  }

  /** Posts found so far on the page (for the side panel's count), without reading the whole page. */
  get knownPosts(): number {
    return this.posts?.length ?? 0;
  }

  /**
   * The innermost post or comment holding `node`. Looks in a small neighbourhood
   * first, so pointing at a post on a 1,000-post page doesn't read every post;
   * only a node outside any nearby post falls back to the whole page (cached).
   */
  private postAt(node: Node, fresh = false): PostInfo | null {
    const url = new URL(this.doc.URL);
    let scope: Element | null = node instanceof Element ? node : node.parentElement;
    let found: PostInfo | null = null;
    // Keep widening while the neighbourhood stays small: an adapter's main selectors often need
    // the post's container in view (its narrow fallbacks would read the post without its author).
    for (let depth = 0; scope && depth < 8; depth++, scope = scope.parentElement) {
      // A feed-sized container means the neighbourhood has become the whole page.
      if (scope.childElementCount > 50) break;
      found = innermost(this.adapter.findPosts(scope, url), node) ?? found;
    }
    if (found) return found;
    const cached = innermost(this.postList(), node);
    const upToDate = !this.stale;
    // A slightly old list is fine for placing the button, not for the words about to be saved.
    if (cached && (upToDate || (!fresh && cached.element.isConnected))) return cached;
    if (upToDate) return cached;
    this.posts = null;
    this.stale = false;
    return innermost(this.postList(), node);
  }

  private follow(target: EventTarget | null): void {
    if (!(target instanceof Node) || target === this.shadow.host) return;
    if (this.current?.element.contains(target) && !this.current.element.querySelector(':scope [role="article"]')?.contains(target)) return;
    const post = this.postAt(target);
    if (post === this.current) return;
    this.current = post;
    this.update({ postAnchor: this.anchor() });
  }

  private anchor(): SaveView['postAnchor'] {
    if (!this.current?.element.isConnected) return null;
    const rect = this.current.element.getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > (this.doc.defaultView?.innerHeight ?? 0)) return null;
    return { top: Math.max(0, rect.top), right: rect.right };
  }

  private schedulePosition(): void {
    if (!this.current || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.update({ postAnchor: this.anchor() });
    });
  }

  private update(change: Partial<SaveView>): void {
    this.view = { ...this.view, ...change };
    render(h(SaveUi, { view: this.view, actions: this.actions }), this.mount);
  }

  private tipFromPost(post: PostInfo, quote?: { exact: string; prefix: string; suffix: string }) {
    const url = new URL(this.doc.URL);
    return {
      id: crypto.randomUUID(),
      text: quote?.exact ?? post.text,
      quote: quote ?? { exact: post.text, prefix: '', suffix: '' },
      permalink: post.permalink,
      pageUrl: url.href,
      pageTitle: this.doc.title.slice(0, 300),
      site: this.adapter.siteName(this.doc, url).slice(0, 100) || url.hostname,
      group: this.adapter.groupName(this.doc, url)?.slice(0, 300),
      postedAt: post.postedAt,
      author: post.author?.slice(0, 300),
    };
  }

  private async save(tip: Record<string, unknown>): Promise<Reply> {
    const reply = await this.host.send({ type: 'save-tip', tip: JSON.parse(JSON.stringify(tip)) as Record<string, unknown> });
    if (reply.ok) {
      const created = reply.created !== false;
      const caution = typeof reply.caution === 'string' ? reply.caution : undefined;
      this.showToast({ id: String(reply.id), created, caution, message: created ? 'Saved to your Spoonbook library.' : 'Already in your Spoonbook library.' });
    } else {
      this.showToast({ error: reply.error });
    }
    return reply;
  }

  private showToast(toast: NonNullable<SaveView['toast']>): void {
    if (this.toastTimer !== undefined) clearTimeout(this.toastTimer);
    this.update({ toast });
    // Long enough to read on a bad day; the person can close it sooner.
    this.toastTimer = this.host.setTimeout(() => {
      const active = this.shadow.activeElement;
      if (!active) this.update({ toast: null });
    }, 12_000);
  }

  /** From the context menu or shortcut (through the background). */
  saveSelection(): Promise<Reply> {
    const capture = captureSelection();
    if (!capture) return Promise.resolve({ ok: false, error: 'Select some text first, then save it.' });
    const quote = { exact: capture.exact, prefix: capture.prefix, suffix: capture.suffix };
    const anchorNode = this.doc.getSelection()?.anchorNode;
    const post = anchorNode ? this.postAt(anchorNode) : null;
    const tip = post
      ? this.tipFromPost(post, quote)
      : { id: crypto.randomUUID(), text: capture.exact, quote, pageUrl: capture.pageUrl, pageTitle: capture.pageTitle };
    return this.save(tip);
  }

  private readonly actions: SaveActions = {
    savePost: () => {
      if (!this.current) return;
      // Read the post again at the moment of saving: "See more" may have opened since pointing.
      const post = this.postAt(this.current.bodyElement, true) ?? this.current;
      void this.save(this.tipFromPost(post));
    },
    undo: (id) => {
      void this.host.send({ type: 'undo-save', id }).then((reply) =>
        this.showToast(reply.ok ? { error: 'Removed from your library.' } : { error: reply.error }),
      );
    },
    annotate: (id, tags, notes) => {
      void this.host.send({ type: 'annotate-tip', id, tags, notes }).then((reply) =>
        this.showToast(reply.ok ? { id, created: false, message: 'Tags and notes saved.' } : { error: reply.error }),
      );
    },
    dismiss: () => this.update({ toast: null }),
  };
}
