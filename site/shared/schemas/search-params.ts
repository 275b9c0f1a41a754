import { z } from 'zod';

const text = z.string();
const list = z.union([text, z.array(text)]).optional();

/**
 * The query string of GET /api/search and of the search page, in the site's names (singular, as in `?type=guide`).
 * Values are checked by the search library (allowed lists, lengths); here only which parameters exist.
 */
export const SearchParamsSchema = z.strictObject({
  q: text.optional(),
  locale: text.optional(),
  type: list,
  topic: list,
  level: list,
  industry: list,
  format: list,
  municipality: list,
  page: text.optional(),
  hitsPerPage: text.optional(),
  sort: text.optional(),
});

export type SearchParams = z.infer<typeof SearchParamsSchema>;

/** Renames the site's parameters to the search library's input fields. */
export function toSearchInput(params: SearchParams) {
  return {
    q: params.q,
    locale: params.locale,
    types: params.type,
    topics: params.topic,
    level: params.level,
    industries: params.industry,
    format: params.format,
    municipalities: params.municipality,
    page: params.page,
    hitsPerPage: params.hitsPerPage,
    sort: params.sort,
  };
}
