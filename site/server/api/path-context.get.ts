import { z } from 'zod';
import { DocumentIdSchema, LocaleSchema } from '../graphql/common';

const QuerySchema = z.object({ locale: LocaleSchema.default('sv'), path: DocumentIdSchema, item: DocumentIdSchema });

/**
 * GET /api/path-context?locale=sv&path=<documentId>&item=<documentId> — where an item sits in a path the reader is
 * following: step k of n, previous and next, done or not. 404 when the item is not a step of that path.
 */
export default defineEventHandler(async (event) => {
  const { locale, path: pathId, item } = readQuery(event, QuerySchema);
  const found = (await loadPaths(locale)).find((p) => p.documentId === pathId);
  if (!found) throw notFound('learning path');
  const path = withProgress(found, event);
  const index = path.steps.findIndex((s) => s.item.documentId === item);
  if (index === -1) throw notFound('step');
  setResponseHeader(event, 'cache-control', 'private, no-store');
  const link = (i: number) => {
    const step = path.steps[i];
    return step ? { title: step.item.title, url: step.url } : null;
  };
  return {
    pathId: path.documentId,
    itemId: item,
    title: path.title,
    url: path.url,
    position: index + 1,
    total: path.steps.length,
    done: path.steps[index]?.done === true,
    previous: link(index - 1),
    next: link(index + 1),
    progress: path.progress,
  };
});
