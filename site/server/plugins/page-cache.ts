import type { H3Event } from 'h3';
import type { CacheSlot } from '../utils/page-cache-rules';

/** Headers of the renderer's own response worth replaying (security and cache headers are set per request). */
const KEPT_HEADERS = ['content-type', 'x-powered-by'];
/** What app/pages/search.vue writes when a search found nothing. */
const NO_HITS = 'data-search-total="0"';

interface Mark {
  slot: CacheSlot;
  generation: number;
}

function isShareable(event: H3Event, status: number | undefined, headers: Record<string, unknown>): boolean {
  // A set-cookie means this render was for this visitor; an error page must not outlive its cause.
  if ((status ?? 200) !== 200 || event.node.res.statusCode !== 200) return false;
  return event.node.res.getHeader('set-cookie') === undefined && headers['set-cookie'] === undefined;
}

/**
 * Stores a page rendered for a request that may share it (middleware/page-cache.ts marked it), unless an
 * invalidation came while it rendered (its generation is then gone: the page may hold what was just changed).
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:response', (response, { event }) => {
    const mark: Mark | undefined = event.context.pageCache;
    if (!mark || typeof response.body !== 'string') return;
    const headers: Record<string, unknown> = response.headers ?? {};
    if (!isShareable(event, response.statusCode, headers)) return;
    if (mark.slot.search && response.body.includes(NO_HITS)) return;
    const kept = Object.fromEntries(KEPT_HEADERS.flatMap((name) => (typeof headers[name] === 'string' ? [[name, headers[name]]] : [])));
    mark.slot.cache.set(mark.slot.key, { body: response.body, headers: kept }, mark.generation);
    setResponseHeader(event, 'x-page-cache', 'miss');
  });
});
