/**
 * One row per passage: the dedupe key says "this quote, from this post/page, on
 * this site", ignoring differences that don't change what was saved (case,
 * accents, spacing, tracking parameters, the #fragment).
 */
import { foldForSearch } from './words';

/** Query parameters that only say how someone arrived, not which page it is. */
const TRACKING_PARAM = /^(?:utm_.*|fbclid|gclid|mibextid|ref|ref_src|ref_type|refid|__cft__.*|__tn__|comment_tracking|notif_id|notif_t|paipv|eav|rdid|share_url|s|si|sid)$/i;

/** The page's address without its #fragment and tracking parameters; unchanged if it isn't a URL. */
export function normaliseAddress(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address.trim();
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  return url.href;
}

/** The quote as compared for duplicates: folded case and accents, no invisible characters, single spaces. */
export function normaliseQuote(quote: string): string {
  return foldForSearch(quote)
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The key behind the unique `dedupeKey` index. It uses the page address, not the
 * permalink: Facebook fills the permalink only on hover, so the same post saved
 * twice could come with and without one, and must still meet itself.
 */
export function dedupeKey(tip: { site: string; pageUrl: string; quote: { exact: string } }): Promise<string> {
  return sha256Hex([tip.site.toLowerCase(), normaliseAddress(tip.pageUrl), normaliseQuote(tip.quote.exact)].join('\n'));
}
