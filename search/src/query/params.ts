import type { SearchParams } from 'meilisearch';
import type { Facet } from '../settings.ts';
import { buildFilter } from './filters.ts';
import { RETRIEVED_ATTRIBUTES } from './hits.ts';
import { SORTS, type SearchQuery } from './input.ts';

/** Counts per value of every facet, by the facet's name; facets without values are present and empty. */
export type Facets = Record<Facet, Record<string, number>>;

/** The reader's filters, in Meilisearch's array form (see filters.ts). */
export function queryFilter(query: SearchQuery): string[][] {
  return buildFilter(query);
}

/**
 * How equally good matches are ordered when sorting by relevance: beginners' content first (map/level-order.ts).
 * Meilisearch applies a sort at the `sort` ranking rule, after words, typos, attributes and proximity have
 * spoken, so it only reorders ties ("webbutik" in three titles, "bokföringsprogram" in two summaries).
 */
export const RELEVANCE_TIE_BREAK = ['levelOrder:asc'] as const;

/**
 * Match parameters shared by the own- and the other-language request. An empty query lists the newest
 * content, since relevance means nothing without words (snippets are made from the retrieved fields by
 * marks.ts); by relevance, ties go by RELEVANCE_TIE_BREAK unless
 * `tieBreak` is false (search/eval measures without); `last` drops trailing words until something
 * matches, so a long query still finds the documents that match its first words.
 */
export function matchParams(query: SearchQuery, tieBreak = true): SearchParams {
  const effectiveSort = query.q === '' && query.sort === 'relevance' ? 'newest' : query.sort;
  const sort = SORTS[effectiveSort] ?? (tieBreak ? RELEVANCE_TIE_BREAK : undefined);
  return {
    filter: queryFilter(query),
    ...(sort ? { sort: [...sort] } : {}),
    // The body comes back whole; the marks and cuts of title, summary and body are made here (marks.ts):
    // Meilisearch's highlight and crop tokenised every hit's fields once more per search.
    attributesToRetrieve: [...RETRIEVED_ATTRIBUTES, 'body'],
    matchingStrategy: 'last',
  };
}

/** Meilisearch's facet distribution (keyed by attribute) read per facet. */
export function facetCounts(distribution: Record<string, Record<string, number>> = {}): Facets {
  const pick = (facet: Facet) => distribution[facet] ?? {};
  return {
    type: pick('type'), topic: pick('topic'), level: pick('level'), industry: pick('industry'),
    businessModel: pick('businessModel'), format: pick('format'), municipality: pick('municipality'),
  };
}

