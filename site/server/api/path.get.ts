import { ItemParamsSchema } from '../graphql/common';

/**
 * GET /api/path?locale=sv&slug=… — a learning path with the reader's progress (from the progress cookie) and, for
 * its on-site steps, the next occasion nearest to the reader (from their chosen municipality or needs check). The
 * content comes from the cached path list; only the progress is per request, so this handler is not cached.
 */
export default defineEventHandler(async (event) => {
  const { locale, slug } = readQuery(event, ItemParamsSchema);
  const path = (await loadPaths(locale)).find((p) => p.url.endsWith(`/${encodeURIComponent(slug)}`));
  if (!path) throw notFound('learning path');
  setResponseHeader(event, 'cache-control', 'private, no-store');
  const moduleIds = path.steps.filter((s) => s.item.type === 'course-module').map((s) => s.item.documentId);
  return { ...withProgress(path, event), occasions: await stepOccasions(event, locale, moduleIds) };
});
