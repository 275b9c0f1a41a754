import type { H3Event } from 'h3';
import type { CacheSlot } from '../utils/page-cache-rules';

/** Pages being rendered for the cache, by key: readers asking for one meanwhile wait for it (no stampede). */
const rendering = new Map<string, Promise<void>>();
/** A reader waits at most this long for another's render before rendering the page themselves. */
const WAIT_MS = 3_000;

function serve(event: H3Event, slot: CacheSlot): Buffer | undefined {
  const hit = slot.cache.get(slot.key);
  if (!hit) return undefined;
  for (const [name, value] of Object.entries(hit.headers)) setResponseHeader(event, name, value);
  setResponseHeader(event, 'x-page-cache', 'hit');
  return hit.body;
}

/**
 * Serves a page from the rendered-page cache (utils/page-cache.ts) when this request may share it
 * (pageCacheSlot); otherwise, or on a miss, the page renders as usual and plugins/page-cache.ts stores the result.
 * Runs after cache-headers.ts (file order), so a cached page leaves with the same headers as a rendered one.
 */
export default defineEventHandler(async (event) => {
  const slot = pageCacheSlot(event);
  if (slot === null) return;
  const cacheKey = `${slot.search ? 's' : 'p'}:${slot.key}`;
  const pending = rendering.get(cacheKey);
  if (pending) await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, WAIT_MS).unref())]);
  const body = serve(event, slot);
  if (body !== undefined) return body;
  event.context.pageCache = { slot, generation: slot.cache.generation() };
  if (!pending) {
    rendering.set(cacheKey, new Promise<void>((resolve) => event.node.res.once('close', () => {
      rendering.delete(cacheKey);
      resolve();
    })));
  }
});
