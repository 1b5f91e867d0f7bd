import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/platform/messaging';
import { isBuiltIn, sitePattern } from '@/utils/hosts';

interface PageStatus {
  site: string;
  composers: number;
  posts: number;
}

/** What Spoonbook sees on the current tab, and turning it on for a site the person adds. */
export function SiteTab() {
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [address, setAddress] = useState('');
  const [sites, setSites] = useState<string[]>([]);
  const [message, setMessage] = useState('');

  const refresh = async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    // Only fill an empty box: the person may have typed while the tab was being looked up
    // (reading `address` here would see the first render's empty value and wipe what they typed).
    const url = tab?.url;
    if (url) setAddress((typed) => typed || (url.startsWith('http') ? new URL(url).hostname : ''));
    if (tab?.id !== undefined) {
      const reply = await sendToBackground({ type: 'get-page-status', tabId: tab.id });
      setStatus(reply.ok ? ((reply.status as PageStatus | null) ?? null) : null);
    }
    const list = await sendToBackground({ type: 'list-sites' });
    setSites(list.ok && Array.isArray(list.sites) ? (list.sites as string[]) : []);
  };

  useEffect(() => {
    void refresh();
  }, []);

  const addSite = async (event: Event) => {
    event.preventDefault();
    const pattern = sitePattern(address);
    if (!pattern) {
      setMessage('That doesn’t look like a web address. Try something like forum.example.org');
      return;
    }
    if (isBuiltIn(pattern.replace('*', ''))) {
      setMessage('Spoonbook already works on this site.');
      return;
    }
    // Must run straight from the click: browsers only ask for access during a user action.
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) {
      setMessage('Spoonbook was not given access, so nothing changed.');
      return;
    }
    const reply = await sendToBackground({ type: 'enable-site', origin: pattern });
    setMessage(reply.ok && reply.enabled ? `Spoonbook will now work on ${pattern.replace('/*', '')}. Reload the page to start.` : 'Something went wrong. Please try again.');
    await refresh();
  };

  const removeSite = async (origin: string) => {
    await sendToBackground({ type: 'disable-site', origin });
    setMessage(`Spoonbook no longer runs on ${origin.replace('/*', '')}.`);
    await refresh();
  };

  return (
    <section aria-labelledby="site-heading">
      <h2 id="site-heading">This page</h2>
      {status ? (
        <p class="notice" data-testid="page-status">
          Spoonbook is watching the writing boxes here: {status.composers} found.
        </p>
      ) : (
        <p class="muted" data-testid="page-status">
          Spoonbook isn’t running on this page. It works in Facebook groups and the forums listed in the help, and on sites you add below.
        </p>
      )}
      <h2 id="add-heading">Use Spoonbook on another site</h2>
      <form onSubmit={addSite} aria-labelledby="add-heading">
        <label for="site-address">Site address</label>
        <input id="site-address" type="text" inputMode="url" value={address} onInput={(e) => setAddress(e.currentTarget.value)} placeholder="forum.example.org" />
        <div class="row">
          <button type="submit">Use Spoonbook on this site</button>
        </div>
      </form>
      <p role="status" aria-live="polite">{message}</p>
      {sites.length > 0 && (
        <>
          <h2>Sites you added</h2>
          <ul>
            {sites.map((site) => (
              <li key={site} class="row">
                <span>{site.replace('/*', '')}</span>
                <button type="button" class="secondary" onClick={() => removeSite(site)}>
                  Stop using here
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
