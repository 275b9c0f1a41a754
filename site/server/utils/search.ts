import { createClient, search, type SearchInput } from '@kunskapsnavet/search';

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
