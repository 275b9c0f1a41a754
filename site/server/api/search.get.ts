import { SearchInputSchema } from '@kunskapsnavet/search';

/**
 * GET /api/search?q=&locale=&type=&topic=&level=&industry=&format=&municipality=&page=&hitsPerPage=&sort= — the query API's
 * result as JSON. 400 with a message for bad parameters, 503 when search is down. Not cached by browsers or proxies;
 * Meilisearch's answer is kept by this process until the next publish (search-result-cache.ts), while a course's
 * next occasion, the one nearest the place the query named or the reader chose, is looked up per request.
 * Few or no hits add `help` ("did you mean", closest topics; see siteSearchHelp). A words search that finds nothing is
 * reported to the CMS's content backlog (search-misses.ts), never delaying or failing the answer.
 */
export default defineEventHandler(async (event) => {
  // The library's schema, under the URL's own names, validated once here; its 400 names the allowed values
  // ("level: unknown value …; allowed: …").
  const query = readQuery(event, SearchInputSchema);
  const { result, help } = await cachedSiteSearch(event, query);
  if (isSearchMiss(query, result.total)) reportSearchMiss(event, query);
  setResponseHeader(event, 'cache-control', 'private, no-store');
  const hits = await withNextOccasions(event, query.locale, result.hits, result.place);
  return { ...result, hits, help };
});
