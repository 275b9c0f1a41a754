import { FACET_NAMES, indexUid, nodeHttpClient } from '@kunskapsnavet/search/operations';
import { matchParams, morphologicalQuery, SearchInputSchema } from '@kunskapsnavet/search/query';

/**
 * The same request the query API sends, straight to Meilisearch over the best raw HTTP Node has here (keep-alive
 * node:http): the baseline every "ours / raw" ratio divides by.
 */
export function rawSearch(url: string, key: string, q: string, locale: 'sv' | 'en') {
  const query = SearchInputSchema.parse({ q, locale });
  const body = { q: morphologicalQuery(query.q, locale), ...matchParams(query), facets: [...FACET_NAMES], page: 1, hitsPerPage: query.hitsPerPage };
  return nodeHttpClient(`${url}/indexes/${indexUid(locale)}/search`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify(body) });
}
