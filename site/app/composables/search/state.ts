import type { Facet } from '@kunskapsnavet/search';

/** How long typing must pause before the results follow: fewer requests on a weak mobile connection. */
export const SEARCH_DEBOUNCE_MS = 300;

/** The facets the page offers, by the search library's names, which are also the URL's (`?topic=`). */
export const FACET_KEYS = ['type', 'topic', 'level', 'industry', 'format', 'municipality'] as const satisfies readonly Facet[];
export type FacetKey = (typeof FACET_KEYS)[number];
export const SORT_KEYS = ['relevance', 'newest', 'oldest', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The search page's state; the URL is its only home (`?q=&type=&topic=&page=`), so every state can be linked to. */
export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
  page: number;
  sort: SortKey;
}

type QueryValue = string | null | (string | null)[] | undefined;

const strings = (value: QueryValue): string[] => (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');
const first = (value: QueryValue): string => strings(value)[0] ?? '';

/**
 * Reads the state from a route query. Only the shape is normalised here; the server validates the values and
 * answers 400 for unknown ones, so a hand-edited URL cannot do more than show an error.
 */
export function readSearchState(query: Record<string, QueryValue>): SearchState {
  const page = Number.parseInt(first(query.page), 10);
  const sort = first(query.sort);
  const values = (key: FacetKey) => [...new Set(strings(query[key]))];
  return {
    q: first(query.q).slice(0, 200),
    filters: { type: values('type'), topic: values('topic'), level: values('level'), industry: values('industry'), format: values('format'), municipality: values('municipality') },
    page: Number.isInteger(page) && page > 0 ? page : 1,
    sort: SORT_KEYS.find((s) => s === sort) ?? 'relevance',
  };
}

/** The state as a route query, leaving out defaults so URLs stay short and canonical. */
export function toSearchQuery(state: SearchState): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  if (state.q) query.q = state.q;
  for (const key of FACET_KEYS) if (state.filters[key].length) query[key] = [...state.filters[key]];
  if (state.sort !== 'relevance') query.sort = state.sort;
  if (state.page > 1) query.page = String(state.page);
  return query;
}
