import type { SearchParams } from 'meilisearch';
import type { FacetAttribute } from '../settings.ts';
import { buildFilter } from './filters.ts';
import { RETRIEVED_ATTRIBUTES } from './hits.ts';
import { SORTS, type SearchQuery } from './input.ts';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from './snippets.ts';

/** Counts per value of every facet attribute; attributes without values are present and empty. */
export type Facets = Record<FacetAttribute, Record<string, number>>;

/**
 * Match, highlight and crop parameters shared by the own- and the other-language request. An empty
 * query lists the newest content, since relevance means nothing without words. Snippets: the summary
 * cropped to 40 words around the match, the body to 24; `last` drops trailing words until something
 * matches, so a long query still finds the documents that match its first words.
 */
/** The reader's filters, in Meilisearch's array form (see filters.ts). */
export function queryFilter(query: SearchQuery): string[][] {
  return buildFilter({
    type: query.types, topicSlugs: query.topics, level: query.level, industries: query.industries,
    businessModel: query.businessModel, format: query.format, municipalities: query.municipalities,
  });
}

export function matchParams(query: SearchQuery): SearchParams {
  const effectiveSort = query.q === '' && query.sort === 'relevance' ? 'newest' : query.sort;
  const sort = SORTS[effectiveSort];
  return {
    filter: queryFilter(query),
    ...(sort ? { sort: [...sort] } : {}),
    attributesToRetrieve: [...RETRIEVED_ATTRIBUTES],
    attributesToHighlight: ['title', 'summary', 'body'],
    attributesToCrop: ['summary:40', 'body:24'],
    cropMarker: '…',
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
    matchingStrategy: 'last',
  };
}

export function toFacets(distribution: Record<string, Record<string, number>> = {}): Facets {
  const pick = (attribute: FacetAttribute) => distribution[attribute] ?? {};
  return {
    type: pick('type'), topicSlugs: pick('topicSlugs'), level: pick('level'), industries: pick('industries'),
    businessModel: pick('businessModel'), format: pick('format'), municipalities: pick('municipalities'),
  };
}

