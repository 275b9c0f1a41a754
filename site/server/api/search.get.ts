import { SearchParamsSchema, toSearchInput } from '#shared/schemas/search-params';

/**
 * GET /api/search?q=&locale=&type=&topic=&level=&industry=&format=&page=&hitsPerPage=&sort= — the query API's
 * result as JSON. 400 with a message for bad parameters, 503 when search is down. Not cached: Meilisearch answers
 * in milliseconds and results must follow publishing at once.
 */
export default defineEventHandler(async (event) => {
  const params = readQuery(event, SearchParamsSchema);
  return siteSearch(toSearchInput(params));
});
