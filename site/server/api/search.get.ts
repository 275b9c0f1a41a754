import { SearchInputSchema } from '@kunskapsnavet/search';

/**
 * GET /api/search?q=&locale=&type=&topic=&level=&industry=&format=&municipality=&page=&hitsPerPage=&sort= — the query API's
 * result as JSON. 400 with a message for bad parameters, 503 when search is down. Not cached: Meilisearch answers
 * in milliseconds, results must follow publishing at once, and a course's next occasion is the one nearest the reader.
 * Few or no hits add `help` ("did you mean", closest topics; see siteSearchHelp). A words search that finds nothing is
 * reported to the CMS's content backlog (search-misses.ts), never delaying or failing the answer.
 */
export default defineEventHandler(async (event) => {
  // The library's schema, under the URL's own names, validated once here; its 400 names the allowed values
  // ("level: unknown value …; allowed: …").
  const query = readQuery(event, SearchInputSchema);
  const result = await siteSearch(query);
  if (isSearchMiss(query, result.total)) reportSearchMiss(event, query);
  setResponseHeader(event, 'cache-control', 'private, no-store');
  const [hits, help] = await Promise.all([withNextOccasions(event, query.locale, result.hits), siteSearchHelp(query, result)]);
  return { ...result, hits, help };
});
