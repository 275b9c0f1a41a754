import { SearchInputSchema } from '@kunskapsnavet/search';
import { SearchParamsSchema, toSearchInput } from '#shared/schemas/search-params';

/**
 * GET /api/search?q=&locale=&type=&topic=&level=&industry=&format=&page=&hitsPerPage=&sort= — the query API's
 * result as JSON. 400 with a message for bad parameters, 503 when search is down. Not cached by browsers or proxies;
 * Meilisearch's answer is kept by this process until the next publish (search-result-cache.ts), while a course's
 * next occasion, the one nearest the reader, is looked up per request.
 * Few or no hits add `help` ("did you mean", closest topics; see siteSearchHelp). A words search that finds nothing is
 * reported to the CMS's content backlog (search-misses.ts), never delaying or failing the answer.
 */
export default defineEventHandler(async (event) => {
  const params = readQuery(event, SearchParamsSchema);
  // The library's own schema names the allowed values in its 400 message ("level: unknown value …; allowed: …").
  const input = SearchInputSchema.safeParse(toSearchInput(params));
  if (!input.success) throw badRequest(input.error);
  const { result, help } = await cachedSiteSearch(event, input.data);
  if (isSearchMiss(input.data, result.total)) reportSearchMiss(event, input.data);
  setResponseHeader(event, 'cache-control', 'private, no-store');
  const hits = await withNextOccasions(event, input.data.locale, result.hits);
  return { ...result, hits, help };
});
