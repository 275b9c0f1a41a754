import { createClient, search, searchHelp, WEAK_RESULT, type SearchInput, type SearchQuery } from '@kunskapsnavet/search';

type Meilisearch = ReturnType<typeof createClient>;
import { toHttpError } from './errors';

let cached: { key: string; client: Meilisearch } | undefined;

/** One Meilisearch client per configuration, with the search-only key (never the master key). */
function searchClient(): Meilisearch {
  const { meiliUrl, meiliSearchKey } = useRuntimeConfig();
  const key = `${meiliUrl}|${meiliSearchKey}`;
  if (cached?.key !== key) cached = { key, client: createClient({ url: meiliUrl, apiKey: meiliSearchKey, transport: 'node-http' }) };
  return cached.client;
}

/** Searches through the search library; its SearchError (400 bad input, 503 down) leaves through the error funnel. */
export async function siteSearch(input: SearchInput) {
  try {
    return await search(searchClient(), input, { prefix: useRuntimeConfig().meiliIndexPrefix });
  } catch (error) {
    throw toHttpError(error);
  }
}

/**
 * "Did you mean" and the closest topics, for a words query whose first page found nothing or little
 * (fewer than WEAK_RESULT own-language hits); null otherwise, and null rather than an error when it fails: the
 * results are what was asked for, the help is extra.
 */
export async function siteSearchHelp(query: SearchQuery, result: { hits: { otherLanguage: boolean }[] }) {
  // Own-language hits only: the cross-language fallback fills a weak page with the other language's hits.
  const own = result.hits.filter((hit) => !hit.otherLanguage).length;
  if (query.q.trim() === '' || query.page !== 1 || own >= WEAK_RESULT) return null;
  try {
    return await searchHelp(searchClient(), query.q, query.locale, useRuntimeConfig().meiliIndexPrefix);
  } catch {
    console.error('[site] search help unavailable');
    return null;
  }
}
