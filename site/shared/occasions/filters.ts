import { OCCASION_FORMATS, type OccasionFormat } from '@kunskapsnavet/search/vocabulary';
import { z } from 'zod';

/** The formats are the search library's content-model vocabulary (api::occasion.occasion `format`). */
export { OCCASION_FORMATS, type OccasionFormat };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A GET form sends every select, the "all" choice as an empty value: that is no filter, not a bad one. */
const blankAsAbsent = (value: unknown) => (value === '' ? undefined : value);
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankAsAbsent, schema.optional());

/**
 * The occasions page's query string (the URL is the state of the filter form): `?municipality=&topic=&format=&month=`.
 * Unknown parameters are refused, so a typo is a clear 400 rather than a silently ignored filter.
 */
export const OccasionFiltersSchema = z.strictObject({
  municipality: optional(z.string().max(60).regex(SLUG)),
  topic: optional(z.string().max(120).regex(SLUG)),
  format: optional(z.enum(OCCASION_FORMATS)),
  month: optional(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM')),
});
export type OccasionFilters = z.infer<typeof OccasionFiltersSchema>;

/** What a filter looks at in an occasion. */
export interface Filterable {
  format: OccasionFormat;
  /** The Stockholm month the occasion starts in, `2026-03`. */
  month: string;
  /** Municipality slug of its centre; null for an online occasion. */
  municipality: string | null;
  topics: readonly string[];
}

/** The occasions every given filter lets through (all filters must match). */
export function filterOccasions<T extends Filterable>(items: readonly T[], filters: OccasionFilters): T[] {
  return items.filter((item) =>
    (filters.municipality === undefined || item.municipality === filters.municipality)
    && (filters.topic === undefined || item.topics.includes(filters.topic))
    && (filters.format === undefined || item.format === filters.format)
    && (filters.month === undefined || item.month === filters.month));
}

/** The filters as a query string for links (empty values left out), e.g. for pagination or "clear one filter". */
export function filtersQuery(filters: OccasionFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
