// Site adapters: which one handles a page, and the shared types.
//
// Facebook and Reddit are recognised by host (their content scripts only run
// there); forums by their markup, because they live on any domain. The generic
// adapter comes last and always matches.

import { discourse } from './discourse';
import { facebook } from './facebook';
import { generic } from './generic';
import { invision } from './invision';
import { phpbb } from './phpbb';
import { reddit } from './reddit';
import type { PostInfo, SiteAdapter, SitePlatform } from './types';
import { vbulletin } from './vbulletin';
import { xenforo } from './xenforo';

export type { Audience, ComposerInfo, ComposerKind, EditorKind, PostInfo, SiteAdapter, SitePlatform } from './types';
export { postText, normalisePostText } from './post-text';

/** In detection order: host-based first, then the forum engines (most specific markers first), generic last. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  facebook,
  reddit,
  discourse,
  xenforo,
  invision,
  vbulletin,
  phpbb,
  generic,
];

/** The adapter for this page. Never throws; falls back to the generic adapter. */
export function adapterFor(doc: Document, url: URL): SiteAdapter {
  for (const adapter of SITE_ADAPTERS) {
    try {
      if (adapter.detect(doc, url)) return adapter;
    } catch {
      // A detector that trips over odd markup must not take the others down with it.
    }
  }
  return generic;
}

/** The adapter for a platform, e.g. for a site the person added by hand with a known engine. */
export function adapterByPlatform(platform: SitePlatform): SiteAdapter {
  return SITE_ADAPTERS.find((a) => a.platform === platform) ?? generic;
}

/** The post or comment containing `node` (a selection's anchor, a clicked button), innermost first. */
export function postContaining(adapter: SiteAdapter, root: ParentNode, node: Node, url?: URL): PostInfo | null {
  const posts = adapter.findPosts(root, url).filter((p) => p.element.contains(node));
  // Comments sit inside their post on some sites; the deepest container is the one meant.
  posts.sort((a, b) => (a.element.contains(b.element) ? 1 : b.element.contains(a.element) ? -1 : 0));
  return posts[0] ?? null;
}

export { discourse, facebook, generic, invision, phpbb, reddit, vbulletin, xenforo };
