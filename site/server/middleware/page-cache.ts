/**
 * Serves a page from the rendered-page cache (utils/page-cache.ts) when this request may share it
 * (pageCacheSlot); otherwise, or on a miss, the page renders as usual and plugins/page-cache.ts stores the result.
 * Runs after cache-headers.ts (file order), so a cached page leaves with the same headers as a rendered one.
 */
export default defineEventHandler((event) => {
  const slot = pageCacheSlot(event);
  if (slot === null) return;
  const hit = slot.cache.get(slot.key);
  if (!hit) {
    event.context.pageCache = { slot, generation: slot.cache.generation() };
    return;
  }
  for (const [name, value] of Object.entries(hit.headers)) setResponseHeader(event, name, value);
  setResponseHeader(event, 'x-page-cache', 'hit');
  return hit.body;
});
