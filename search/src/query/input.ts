import { z } from 'zod';
import type { Facet } from '../settings.ts';
import { BUSINESS_MODELS, CONTENT_TYPES, DEFAULT_LOCALE, FORMATS, INDUSTRIES, LEVELS, LOCALES } from '../vocabulary.ts';

/** Longer queries are rejected with 400 (QueryTooLong): nobody types more, and long ones are slow. */
export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_HITS_PER_PAGE = 10;
export const MAX_HITS_PER_PAGE = 50;
/** Per filter; more values than this is not a person clicking facets. */
const MAX_FILTER_VALUES = 20;

/** The sort options the site offers, and what each means to Meilisearch (undefined: by relevance). */
export const SORTS = {
  relevance: undefined,
  newest: ['publishedAt:desc'],
  oldest: ['publishedAt:asc'],
  title: ['titleSort:asc'],
} as const satisfies Record<string, readonly string[] | undefined>;
export type SortOption = keyof typeof SORTS;
const SORT_OPTIONS = ['relevance', 'newest', 'oldest', 'title'] as const satisfies readonly SortOption[];

/** An enum whose error names the allowed values, for the 400 message. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (issue) => `unknown value ${JSON.stringify(issue.input)}; allowed: ${values.join(', ')}` });
}

/** One value or several (`?level=a&level=b` arrives as an array), always an array afterwards. */
function list<T extends z.ZodType>(item: T) {
  return z
    .union([item, z.array(item).max(MAX_FILTER_VALUES, `at most ${MAX_FILTER_VALUES} values`)])
    .optional()
    .transform((value): z.output<T>[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]));
}

/** Numbers may arrive as query-string text. */
function wholeNumber(fallback: number, max?: number) {
  const base = z.number().int('must be a whole number').min(1, 'must be 1 or more');
  const bounded = max === undefined ? base : base.max(max, `must be at most ${max}`);
  return z
    .union([z.number(), z.string().regex(/^\d+$/, 'must be a whole number').transform(Number)], { error: 'must be a whole number' })
    .pipe(bounded)
    .default(fallback);
}

const flag = z
  .union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')], { error: 'must be true or false' })
  .default(true);

const topicSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a topic slug').max(80);
// Free text (municipality names have å/ä/ö and spaces); safe because filters.ts quotes every value.
const municipality = z.string().trim().min(1).max(60);

/** The values each facet accepts, under the facet's one name (settings.ts FACET_NAMES). */
const FILTERS = {
  type: list(oneOf(CONTENT_TYPES)),
  topic: list(topicSlug),
  level: list(oneOf(LEVELS)),
  industry: list(oneOf(INDUSTRIES)),
  businessModel: list(oneOf(BUSINESS_MODELS)),
  format: list(oneOf(FORMATS)),
  municipality: list(municipality),
} satisfies Record<Facet, z.ZodType>;

/**
 * A search request, validated once at the door: the site's GET /api/search reads its query string with it as it
 * is (`?q=&type=&topic=&level=&industry=&format=&municipality=&page=&sort=`, the search page's URL names), other
 * callers use parseSearchInput(); search() then takes the typed SearchQuery.
 */
export const SearchInputSchema = z.strictObject({
  q: z.string({ error: 'must be text' }).trim().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`).default(''),
  locale: oneOf(LOCALES).default(DEFAULT_LOCALE),
  ...FILTERS,
  page: wholeNumber(1),
  hitsPerPage: wholeNumber(DEFAULT_HITS_PER_PAGE, MAX_HITS_PER_PAGE),
  sort: oneOf(SORT_OPTIONS).default('relevance'),
  /** Also search the other language when this one has few hits (see query.ts). */
  crossLanguage: flag,
});

/** What callers pass (strings allowed where a query string would have them). */
export type SearchInput = z.input<typeof SearchInputSchema>;
/** The validated, normalised query. */
export type SearchQuery = z.output<typeof SearchInputSchema>;
