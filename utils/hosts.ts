/**
 * Where Spoonbook works without asking: Facebook groups and the health forums it
 * knows. Every other site is added by the person at runtime (optional host
 * permission + a registered content script), so the install prompt stays narrow.
 * Pure data, shared by the manifest (wxt.config.ts), the content script and tests.
 */
export const BUILT_IN_MATCHES = [
  'https://www.facebook.com/groups/*',
  'https://web.facebook.com/groups/*',
  'https://www.reddit.com/*',
  'https://old.reddit.com/*',
  'https://healthunlocked.com/*',
  'https://community.patient.info/*',
  'https://connect.mayoclinic.org/*',
  'https://www.inspire.com/*',
] as const;

/** Origins a person may grant later, one site at a time, from the side panel or options page. */
export const OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'] as const;

/**
 * The match pattern that covers one site, from whatever the person typed or the
 * tab's address: "forum.example.org/t/123" → "https://forum.example.org/*".
 * Returns null for anything that is not an ordinary web site.
 */
export function sitePattern(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
  return `${url.protocol}//${url.hostname}${url.port ? `:${url.port}` : ''}/*`;
}

/** Whether a built-in match pattern already covers this URL (so nothing needs adding). */
export function isBuiltIn(url: string): boolean {
  return BUILT_IN_MATCHES.some((pattern) => {
    const [scheme, rest] = pattern.split('://') as [string, string];
    const slash = rest.indexOf('/');
    const host = rest.slice(0, slash);
    const path = rest.slice(slash);
    try {
      const parsed = new URL(url);
      return (
        parsed.protocol === `${scheme}:` &&
        parsed.hostname === host &&
        parsed.pathname.startsWith(path.replace(/\*$/, ''))
      );
    } catch {
      return false;
    }
  });
}
