/** What the person has typed and picked above the list, and how it becomes a library search. */
import type { SearchQuery, SupportType, VerificationStatus } from '@/utils/library';

export interface ListFilters {
  text: string;
  tag: string;
  condition: string;
  site: string;
  supportType: SupportType | '';
  status: VerificationStatus | '';
  /** YYYY-MM-DD from a date field, in the person's own time zone; '' for none. */
  from: string;
  to: string;
}

export const NO_FILTERS: ListFilters = { text: '', tag: '', condition: '', site: '', supportType: '', status: '', from: '', to: '' };

/** A YYYY-MM-DD date field at the start or end of that day, local time; undefined if empty or unreadable. */
function localDay(value: string, end: boolean): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = end ? new Date(y, m - 1, d, 23, 59, 59, 999) : new Date(y, m - 1, d, 0, 0, 0, 0);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function toSearchQuery(filters: ListFilters, offset: number, limit: number): SearchQuery {
  return {
    query: filters.text,
    tags: filters.tag ? [filters.tag] : undefined,
    conditions: filters.condition ? [filters.condition] : undefined,
    site: filters.site || undefined,
    supportType: filters.supportType || undefined,
    status: filters.status || undefined,
    from: localDay(filters.from, false),
    to: localDay(filters.to, true),
    offset,
    limit,
  };
}

/** True when anything narrows the list (so "no tips" means "none match", not "none saved"). */
export function isFiltered(filters: ListFilters): boolean {
  return Object.entries(filters).some(([name, value]) => (name === 'text' ? value.trim() !== '' : value !== ''));
}

/** A stable key for the query (not the page): changes exactly when the matching set can change. */
export function filterKey(filters: ListFilters): string {
  return JSON.stringify([filters.text.trim(), filters.tag, filters.condition, filters.site, filters.supportType, filters.status, filters.from, filters.to]);
}
