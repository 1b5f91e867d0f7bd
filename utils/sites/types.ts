// The shape every site adapter shares. The draft guard uses the composer half,
// the tip library the post half; both ask the same adapter about the page.

export type SitePlatform =
  | 'facebook'
  | 'reddit'
  | 'discourse'
  | 'phpbb'
  | 'xenforo'
  | 'vbulletin'
  | 'invision'
  | 'generic';

/** What the person is writing: a new post/topic, a comment on a post, a reply to a comment, or an edit. */
export type ComposerKind = 'post' | 'comment' | 'reply' | 'edit' | 'unknown';

/** Which editor runs the box; decides how text is read and how fixes are applied. */
export type EditorKind = 'lexical' | 'prosemirror' | 'textarea' | 'froala' | 'ckeditor' | 'contenteditable';

/** Who can read the page. Downstream, 'unknown' is treated as public (the riskier case). */
export type Audience = 'public' | 'private' | 'unknown';

export interface ComposerInfo {
  /** The editable element itself: a <textarea>/<input>, or the contenteditable root. */
  readonly element: Element;
  readonly kind: ComposerKind;
  readonly editor: EditorKind;
  /** Enter without Shift posts (Facebook comment boxes). */
  readonly submitsOnEnter: boolean;
  /** Ctrl+Enter / ⌘+Enter posts (Discourse, XenForo). */
  readonly submitsOnModEnter: boolean;
}

export interface PostInfo {
  /** The whole post or comment container. */
  readonly element: Element;
  /** The element holding the post's own words (what `text` was read from). */
  readonly bodyElement: Element;
  /** Plain text of the body: lines kept, runs of spaces collapsed, at most one blank line. */
  readonly text: string;
  readonly author?: string;
  /** Absolute URL of this post or comment; session ids removed. */
  readonly permalink?: string;
  /** True when `permalink` was pieced together (page URL + post id) rather than read from a link. */
  readonly permalinkIsGuess?: boolean;
  /** ISO 8601, only when the page gives a machine-readable time. */
  readonly postedAt?: string;
  /** The time as shown on the page ("3h", "21.01.2009, 05:42"), when there is one. */
  readonly postedAtText?: string;
  /** The site's own id for the post or comment, when the markup carries it. */
  readonly postId?: string;
  readonly kind: 'post' | 'comment';
}

export interface SiteAdapter {
  readonly platform: SitePlatform;
  /** True when this adapter should handle the page. */
  detect(doc: Document, url: URL): boolean;
  /** A short name for the site ("Facebook", "Reddit", or the forum's own name). */
  siteName(doc: Document, url: URL): string;
  /** The group, subreddit, category or forum section the page belongs to, if known. */
  groupName(doc: Document, url: URL): string | undefined;
  audience(doc: Document, url: URL): Audience;
  /** Every writing box under `root`. `url` (default: the document's URL) helps tell new posts from replies. */
  findComposers(root: ParentNode, url?: URL): ComposerInfo[];
  /** The button that sends what was written in `composer` (the editable element), or null if only a key does. */
  findSubmitControl(composer: Element): Element | null;
  /** Posts and comments under `root`, in page order. `url` (default: the document's URL) completes permalinks. */
  findPosts(root: ParentNode, url?: URL): PostInfo[];
}
