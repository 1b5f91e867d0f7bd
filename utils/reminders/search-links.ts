// Search links on trusted health sites for a tip's key terms. Plain URL building:
// nothing is fetched; the links open only when the person clicks one.

export interface SearchLink {
  label: string;
  url: string;
}

export interface CharitySearch {
  /** e.g. "Versus Arthritis" */
  label: string;
  /** An https search URL with {q} where the search words go. */
  searchUrl: string;
}

const SITES: readonly { label: string; prefix: string }[] = [
  { label: 'NHS website', prefix: 'https://www.nhs.uk/search/results?q=' },
  { label: 'MedlinePlus (US National Library of Medicine)', prefix: 'https://vsearch.nlm.nih.gov/vivisimo/cgi-bin/query-meta?v%3Aproject=medlineplus&query=' },
  { label: 'NICE guidance (UK)', prefix: 'https://www.nice.org.uk/search?q=' },
  { label: 'Cochrane research summaries', prefix: 'https://www.cochranelibrary.com/search?q=' },
];

const MAX_TERMS = 6;
const MAX_QUERY = 200;

function query(terms: readonly string[]): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  let length = 0;
  for (const raw of terms) {
    const term = raw.replace(/\s+/gu, ' ').trim();
    const key = term.toLowerCase();
    if (term === '' || seen.has(key)) continue;
    if (kept.length >= MAX_TERMS || length + term.length + (kept.length > 0 ? 1 : 0) > MAX_QUERY) break;
    seen.add(key);
    kept.push(term);
    length += term.length + (kept.length > 1 ? 1 : 0);
  }
  return kept.join(' ');
}

function charityLink(charity: CharitySearch, q: string): SearchLink | null {
  if (!charity.searchUrl.includes('{q}') || charity.label.trim() === '') return null;
  const url = charity.searchUrl.replace('{q}', encodeURIComponent(q));
  try {
    return new URL(url).protocol === 'https:' ? { label: charity.label.trim(), url } : null;
  } catch {
    return null;
  }
}

/** Links to search NHS, MedlinePlus, NICE and Cochrane (and a charity, if given) for the terms. */
export function trustedSearchLinks(terms: readonly string[], options: { charity?: CharitySearch } = {}): SearchLink[] {
  const q = query(terms);
  if (q === '') return [];
  const links = SITES.map((s) => ({ label: s.label, url: s.prefix + encodeURIComponent(q) }));
  const charity = options.charity ? charityLink(options.charity, q) : null;
  return charity ? [...links, charity] : links;
}
