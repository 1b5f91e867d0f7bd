/**
 * The search box and filters above the list. Filter choices come from the
 * values the person has actually used, so nothing offered leads to "no tips".
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { facetValues, SUPPORT_TYPES, VERIFICATION_STATUSES, type FacetValues, type SupportType, type VerificationStatus } from '@/utils/library';
import { useLibrary } from './context';
import { STATUS_WORDS, SUPPORT_WORDS } from './labels';
import { isFiltered, NO_FILTERS, type ListFilters } from './query';
import { useLiveQuery } from './useLiveQuery';

const EMPTY_FACETS: FacetValues = { tags: [], conditions: [], sites: [], supportTypes: [], statuses: [] };

/** Keeps a chosen value in the list even if its last tip is gone, so the select never lies about what is applied. */
function withChosen<T extends string>(values: readonly T[], chosen: T | ''): T[] {
  return chosen && !values.includes(chosen) ? [...values, chosen] : [...values];
}

function FilterSelect<T extends string>(props: {
  id: string;
  label: string;
  anyLabel: string;
  value: T | '';
  values: readonly T[];
  words?: (value: T) => string;
  onChange: (value: T | '') => void;
}) {
  return (
    <div class="filter">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(event) => props.onChange(event.currentTarget.value as T | '')}>
        <option value="">{props.anyLabel}</option>
        {withChosen(props.values, props.value).map((value) => (
          <option key={value} value={value}>
            {props.words ? props.words(value) : value}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Statuses and kinds of support read best in their natural order, not alphabetically. */
const inOrder = <T extends string>(values: readonly T[], order: readonly T[]) => [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));

export function SearchFilters(props: { filters: ListFilters; onChange: (filters: ListFilters) => void }) {
  const { filters } = props;
  const { db } = useLibrary();
  const set = <K extends keyof ListFilters>(name: K, value: ListFilters[K]) => props.onChange({ ...filters, [name]: value });
  const narrowed = Object.entries(filters).filter(([name, value]) => name !== 'text' && value !== '').length;
  // Open while any filter is on; only the person closes it (clearing filters mustn't snatch the section away).
  const [open, setOpen] = useState(narrowed > 0);
  useEffect(() => {
    if (narrowed > 0) setOpen(true);
  }, [narrowed > 0]);
  // The choices are read only once the section is open: it keeps the panel's first paint quick.
  const live = useLiveQuery(() => facetValues(db), open ? 'facets' : null);
  const facets = live.value ?? EMPTY_FACETS;
  const searchBox = useRef<HTMLInputElement>(null);
  const clearAll = () => {
    props.onChange(NO_FILTERS);
    // The button goes away with the filters; the search box is the natural place to carry on.
    searchBox.current?.focus();
  };

  return (
    <div role="search" class="library-search">
      <label for="library-search-box">Search your tips</label>
      <input
        id="library-search-box"
        ref={searchBox}
        type="search"
        value={filters.text}
        autocomplete="off"
        aria-describedby="library-search-hint"
        onInput={(event) => set('text', event.currentTarget.value)}
      />
      <p id="library-search-hint" class="muted hint">
        Finds words in the tip, your notes and tags. The start of a word is enough.
      </p>
      <details class="filters" open={open} onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <summary>{narrowed > 0 ? `Filters (${narrowed} on)` : 'Filters'}</summary>
        <div class="filter-grid">
          <FilterSelect id="filter-tag" label="Tag" anyLabel="Any tag" value={filters.tag} values={facets.tags} onChange={(v) => set('tag', v)} />
          <FilterSelect
            id="filter-condition"
            label="Condition"
            anyLabel="Any condition"
            value={filters.condition}
            values={facets.conditions}
            onChange={(v) => set('condition', v)}
          />
          <FilterSelect id="filter-site" label="Site" anyLabel="Any site" value={filters.site} values={facets.sites} onChange={(v) => set('site', v)} />
          <FilterSelect<SupportType>
            id="filter-support"
            label="Kind of support"
            anyLabel="Any kind"
            value={filters.supportType}
            values={inOrder(facets.supportTypes, SUPPORT_TYPES)}
            words={(v) => SUPPORT_WORDS[v] ?? v}
            onChange={(v) => set('supportType', v)}
          />
          <FilterSelect<VerificationStatus>
            id="filter-status"
            label="Checked or not"
            anyLabel="Any"
            value={filters.status}
            values={inOrder(facets.statuses, VERIFICATION_STATUSES)}
            words={(v) => STATUS_WORDS[v] ?? v}
            onChange={(v) => set('status', v)}
          />
          <div class="filter">
            <label for="filter-from">Saved on or after</label>
            <input id="filter-from" type="date" value={filters.from} onInput={(event) => set('from', event.currentTarget.value)} />
          </div>
          <div class="filter">
            <label for="filter-to">Saved on or before</label>
            <input id="filter-to" type="date" value={filters.to} onInput={(event) => set('to', event.currentTarget.value)} />
          </div>
        </div>
      </details>
      {isFiltered(filters) && (
        <button type="button" class="secondary" onClick={clearAll}>
          Clear search and filters
        </button>
      )}
    </div>
  );
}
