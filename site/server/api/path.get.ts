import { ItemParamsSchema } from '../graphql/common';

/**
 * GET /api/path?locale=sv&slug=… — a learning path with the reader's progress (from the progress cookie). The
 * content comes from the cached path list; only the progress is per request, so this handler is not cached.
 */
export default defineEventHandler(async (event) => {
  const { locale, slug } = readQuery(event, ItemParamsSchema);
  const path = (await loadPaths(locale)).find((p) => p.url.endsWith(`/${encodeURIComponent(slug)}`));
  if (!path) throw notFound('learning path');
  setResponseHeader(event, 'cache-control', 'private, no-store');
  return withProgress(path, event);
});
