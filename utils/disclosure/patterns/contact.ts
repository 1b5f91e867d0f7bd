// Ways to reach a person: email, links to their own pages, social handles, IP addresses.
// Phone numbers live in phone.ts because they need libphonenumber-js.
import { candidateOf } from '../candidate';
import type { Candidate } from '../types';
import { domains as sourceDomainList } from '../data/source-domains.json';
import { gluedTo, type ScanContext } from '../text';

// Each pattern begins with a look-behind so a match can only start at the
// beginning of a run; that keeps scanning linear on long unbroken text.
// Patterns marked "lower" run on the lower-cased copy without the i flag:
// case-insensitive Unicode matching is many times slower in V8.
const EMAIL_LOCAL_CHAR = /[\p{L}\p{N}._%+'-]/u;
export const EMAIL_DOMAIN = /@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){0,6}\.\p{L}{2,24}(?![\p{L}\d])/uy;
/** lower */
export const URL_WITH_SCHEME = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]{2,2000}/g;
/** lower. A known ending after a dot marks where a bare domain ("freesteph.wordpress.com") ends; "e.g." and "i.e." stay clean. */
export const DOMAIN_END = /\.(?:co\.uk|org\.uk|com\.au|com|org|net|uk|ie|eu|io|me|info|biz|us|ca|au|nz|co|de|fr|es|it|nl|be|se|dk|no|fi|pl|pt|ch|at|cz|cy|br|ly|blog|site|online|health|page|link|social|ee|gg|tv|app|bio)(?![\w@-])/g;
const DOMAIN_CHAR = /[a-z\d.-]/u;
/** lower */
const URL_PATH = /\/[^\s<>"'()[\]{}]{0,2000}/y;
/** Tried only where an "@" is. */
export const HANDLE = /(?<![\w@./])@[\p{L}\d_](?:[\p{L}\d_.]{0,38}[\p{L}\d_])?(?![\p{L}\d_@])/uy;
/** lower */
export const REDDIT_USER = /(?<![\w/])\/?u\/[\w-]{3,20}(?![\w-])/g;
export const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}(?![\w.])/g;
/** lower */
const HEX_COLON_HEX = /[\da-f]:[\da-f]{0,4}:/u;
export const IPV6_CANDIDATE = /\b[\da-f]{1,4}(?::[\da-f]{0,4}){2,7}(?![\w:])/g;

export const CONTACT_PATTERNS: readonly RegExp[] = [EMAIL_LOCAL_CHAR, EMAIL_DOMAIN, URL_WITH_SCHEME, DOMAIN_END, DOMAIN_CHAR, URL_PATH, HANDLE, REDDIT_USER, IPV4, HEX_COLON_HEX, IPV6_CANDIDATE];

const SOCIAL = /facebook\.com|fb\.com|instagram\.com|twitter\.com|x\.com|tiktok\.com|linkedin\.com\/in|threads\.net|bsky\.app|youtube\.com\/(?:@|c\/|channel|user)|gofundme\.com|justgiving\.com|linktr\.ee|patreon\.com|onlyfans\.com|reddit\.com\/u/iu;

const sourceDomains: readonly string[] = sourceDomainList.split('|');

function domainOf(url: string): string {
  return url.replace(/^(?:https?:\/\/)?(?:www\.)?/iu, '').toLowerCase();
}

function isSourceLink(url: string): boolean {
  const d = domainOf(url);
  return sourceDomains.some((s) => {
    if (!d.startsWith(s) && !d.includes(`.${s}`)) return false;
    const rest = d.startsWith(s) ? d.slice(s.length) : d.slice(d.indexOf(`.${s}`) + s.length + 1);
    return rest === '' || /^[/?#.:]/u.test(rest);
  });
}

/** Trailing full stops, commas and closing brackets are almost always sentence punctuation. */
function trimUrl(s: string): string {
  let end = s.length;
  while (end > 0 && /[.,;:!?)\]}'"’”]/u.test(s[end - 1] ?? '')) end--;
  return s.slice(0, end);
}

function pushUrl(out: Candidate[], start: number, raw: string, bare: boolean): void {
  const url = trimUrl(raw);
  if (url.length < 4 || isSourceLink(url)) return;
  if (SOCIAL.test(url)) {
    // A profile, not a group: facebook.com/groups/… is where people post anyway.
    if (/\/groups?\//iu.test(url)) return;
    out.push(candidateOf('URL', start, start + url.length, 'high', 0.9, { detail: 'profile' }));
    return;
  }
  const hasPath = /\/[^/\s]{12,}/u.test(domainOf(url));
  out.push(candidateOf('URL', start, start + url.length, hasPath ? 'low' : 'medium', bare ? 0.6 : 0.8, { detail: hasPath ? 'article' : 'site' }));
}

function validIpv6(s: string): boolean {
  const doubles = s.split('::').length - 1;
  if (doubles > 1) return false;
  const groups = s.split(':').filter((g) => g !== '');
  if (groups.some((g) => g.length > 4)) return false;
  if (doubles === 0) return groups.length === 8;
  // Compressed: needs a few groups and at least one hex letter or 4-digit group, so clock times stay clean.
  return groups.length >= 2 && groups.length <= 7 && groups.some((g) => /[a-f]/iu.test(g) || g.length === 4);
}

/** Emails are found from their "@", which is rare, instead of trying every position in the text. */
function detectEmails(text: string, out: Candidate[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let at = text.indexOf('@');
  while (at >= 0) {
    // Walk back over the local part ("sarah.j") instead of matching a pattern anchored at the "@".
    let start = at;
    while (start > 0 && at - start < 64 && EMAIL_LOCAL_CHAR.test(text.charAt(start - 1))) start--;
    EMAIL_DOMAIN.lastIndex = at;
    const domain = EMAIL_DOMAIN.exec(text);
    if (start < at && domain) {
      // The local part may not start with a dot or dash.
      while (start < at && /[.'-]/u.test(text[start] ?? '')) start++;
      if (start < at) {
        const end = at + domain[0].length;
        out.push(candidateOf('EMAIL', start, end, 'high', 1));
        spans.push([start, end]);
      }
    }
    at = text.indexOf('@', at + 1);
  }
  return spans;
}

export function detectContact(ctx: ScanContext): Candidate[] {
  const { text, lower } = ctx;
  const out: Candidate[] = [];
  const emailSpans = text.includes('@') ? detectEmails(text, out) : [];
  const insideEmail = (i: number): boolean => emailSpans.some(([s, e]) => i >= s && i < e);

  if (lower.includes('http') || lower.includes('www.')) {
    for (const m of lower.matchAll(URL_WITH_SCHEME)) pushUrl(out, m.index, text.slice(m.index, m.index + m[0].length), false);
  }
  let coveredTo = 0;
  for (const m of lower.matchAll(DOMAIN_END)) {
    let end = m.index + m[0].length;
    if (end <= coveredTo) continue;
    // Walk back from the dot to the start of the domain.
    let start = m.index;
    while (start > 0 && m.index - start < 253 && DOMAIN_CHAR.test(lower.charAt(start - 1))) start--;
    while (start < m.index && (lower.charAt(start) === '.' || lower.charAt(start) === '-')) start++;
    if (start === m.index || gluedTo(lower, start, '@/_') || insideEmail(start)) continue;
    URL_PATH.lastIndex = end;
    const path = URL_PATH.exec(lower);
    if (path) end += path[0].length;
    coveredTo = end;
    pushUrl(out, start, text.slice(start, end), true);
  }
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (insideEmail(at)) continue;
    HANDLE.lastIndex = at;
    const m = HANDLE.exec(text);
    // "@ 3pm" or "@2pm" is a time, not an account.
    if (!m || /^@\d{1,2}(?:[ap]m|\d{2})?$/iu.test(m[0])) continue;
    out.push(candidateOf('HANDLE', at, at + m[0].length, 'high', 0.85));
  }
  if (lower.includes('u/')) {
    for (const m of lower.matchAll(REDDIT_USER)) {
      out.push(candidateOf('HANDLE', m.index, m.index + m[0].length, 'high', 0.85));
    }
  }
  for (const m of text.matchAll(IPV4)) {
    if (gluedTo(text, m.index, '.')) continue;
    const parts = m[0].split('.').map(Number);
    if (parts.some((p) => p > 255)) continue;
    // Version numbers ("v1.2.3.4", "version 10.0.0.1") are not addresses.
    if (/(?:v|version|ver\.?)\s*$/iu.test(text.slice(Math.max(0, m.index - 9), m.index))) continue;
    out.push(candidateOf('IP', m.index, m.index + m[0].length, 'medium', 0.9));
  }
  // Most texts have colons but no two hex groups around them: read only from where such a run starts.
  if (HEX_COLON_HEX.test(lower)) {
    for (const m of lower.matchAll(IPV6_CANDIDATE)) {
      if (gluedTo(lower, m.index, ':')) continue;
      if (!validIpv6(m[0])) continue;
      out.push(candidateOf('IP', m.index, m.index + m[0].length, 'medium', 0.9));
    }
  }
  return out;
}
