import { SearchInputSchema } from '@kunskapsnavet/search';
import { SearchParamsSchema, toSearchInput } from '#shared/schemas/search-params';

/**
 * GET /api/search?q=&locale=&type=&topic=&level=&industry=&format=&page=&hitsPerPage=&sort= — the query API's
 * result as JSON. 400 with a message for bad parameters, 503 when search is down. Not cached: Meilisearch answers
 * in milliseconds, results must follow publishing at once, and a course's next occasion is the one nearest the reader.
 * Few or no hits add `help` ("did you mean", closest topics; see siteSearchHelp). A words search that finds nothing is
 * reported to the CMS's content backlog (search-misses.ts), never delaying or failing the answer.
 */
export default defineEventHandler(async (event) => {
  const params = readQuery(event, SearchParamsSchema);
  // The library's own schema names the allowed values in its 400 message ("level: unknown value …; allowed: …").
  const input = SearchInputSchema.safeParse(toSearchInput(params));
  if (!input.success) throw badRequest(input.error);
  const result = await siteSearch(input.data);
  if (isSearchMiss(input.data, result.total)) reportSearchMiss(event, input.data);
  setResponseHeader(event, 'cache-control', 'private, no-store');
  const [hits, help] = await Promise.all([withNextOccasions(event, input.data.locale, result.hits), siteSearchHelp(input.data, result)]);
  return { ...result, hits, help };
});
