import { z } from 'zod';
import type { SiteLocale } from '#shared/types/locale';
import type { H3Event } from 'h3';
import { DocumentIdSchema, LocaleSchema } from '../graphql/common';

const QuerySchema = z.object({ locale: LocaleSchema.default('sv'), path: ProgressKeySchema, item: DocumentIdSchema });

/** A learning path by documentId, or an assembled plan of this browser's needs check by its plan id. */
async function findFollowable(event: H3Event, locale: SiteLocale, id: string) {
  if (isPlanId(id)) {
    const plan = await loadPlan(event, locale, id);
    return plan ? { ...plan, title: null } : null;
  }
  const path = (await loadPaths(locale)).find((p) => p.documentId === id);
  return path ? { ...path, kind: 'path' as const } : null;
}

/**
 * GET /api/path-context?locale=sv&path=<documentId or plan id>&item=<documentId> — where an item sits in a path (or
 * an assembled plan) the reader is following: step k of n, previous and next, done or not. 404 when the item is not
 * a step of it. A plan has no title of its own (null): the page names it.
 */
export default defineEventHandler(async (event) => {
  const { locale, path: pathId, item } = readQuery(event, QuerySchema);
  const found = await findFollowable(event, locale, pathId);
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
    kind: path.kind,
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
