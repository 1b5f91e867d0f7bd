/**
 * Searches on trusted health sites for the tip's key terms. Only links: nothing
 * is fetched, and a site is visited only when the person clicks.
 */
import { useMemo, useState } from 'preact/hooks';
import { keyTerms } from '@/utils/claims';
import { trustedSearchLinks } from '@/utils/reminders';

/** Medicine, supplement and condition names from the text, else the tip's conditions and tags. */
export function defaultSearchWords(text: string, conditions: readonly string[], tags: readonly string[]): string {
  const terms = keyTerms(text);
  return (terms.length > 0 ? terms : [...conditions, ...tags].slice(0, 4)).join(', ');
}

export function TrustedLinks(props: { idPrefix: string; initialWords: string }) {
  const [words, setWords] = useState(props.initialWords);
  const links = useMemo(() => trustedSearchLinks(words.split(',')), [words]);
  const inputId = `${props.idPrefix}-search-words`;
  return (
    <div class="verify-links">
      <label for={inputId}>Words to look up</label>
      <input id={inputId} type="text" value={words} onInput={(event) => setWords(event.currentTarget.value)} />
      <p class="muted verify-hint">Separate words with commas. Nothing is looked up until you choose a site.</p>
      {links.length > 0 ? (
        <ul class="verify-link-list">
          {links.map((link) => (
            <li key={link.url}>
              <a href={link.url} target="_blank" rel="noreferrer noopener">
                Search {link.label}
                <span class="visually-hidden"> (opens in a new tab)</span>
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">Type a medicine, supplement or condition name to get search links.</p>
      )}
    </div>
  );
}
