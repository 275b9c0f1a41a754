/**
 * The rendered-page cache: whole HTML documents of the reading pages, kept in this process's memory so a page is
 * served at nearly the speed of a static file and rendered again only after the CMS says something changed
 * (POST /api/cache/invalidate) or after PAGE_CACHE_TTL_MS, the fallback for an invalidation call that was lost.
 *
 * Bounded twice, by entries and by bytes, least recently used out first (a Map keeps insertion order; a hit moves
 * its key to the end). Each site replica keeps its own cache; the CMS calls every replica (SITE_URLS), so none
 * needs a shared store.
 */
export const PAGE_CACHE_MAX_ENTRIES = 400;
export const PAGE_CACHE_MAX_BYTES = 24 * 1024 * 1024;
export const PAGE_CACHE_TTL_MS = 60_000;
/** Search pages: their own, smaller cache, so a flood of distinct queries never pushes the reading pages out. */
export const SEARCH_CACHE = { maxEntries: 300, maxBytes: 8 * 1024 * 1024, ttlMs: 30_000 };

export interface CachedPage {
  /** Encoded once when stored, not on every hit. */
  body: Buffer;
  headers: Record<string, string>;
  bytes: number;
  storedAt: number;
}

export function createPageCache(options = { maxEntries: PAGE_CACHE_MAX_ENTRIES, maxBytes: PAGE_CACHE_MAX_BYTES, ttlMs: PAGE_CACHE_TTL_MS }) {
  const entries = new Map<string, CachedPage>();
  let bytes = 0;
  // Bumped by every invalidation: a render that started before it must not store what it read (plugins/page-cache.ts).
  let generation = 0;

  function remove(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.bytes;
    entries.delete(key);
  }

  return {
    get(key: string, now = Date.now()): CachedPage | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (now - entry.storedAt >= options.ttlMs) {
        remove(key);
        return undefined;
      }
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    set(key: string, page: { body: string; headers: Record<string, string> }, bornIn: number, now = Date.now()): boolean {
      const body = Buffer.from(page.body);
      const size = body.byteLength + key.length;
      if (bornIn !== generation || size > options.maxBytes / 8) return false;
      remove(key);
      entries.set(key, { body, headers: page.headers, bytes: size, storedAt: now });
      bytes += size;
      for (const oldest of entries.keys()) {
        if (entries.size <= options.maxEntries && bytes <= options.maxBytes) break;
        remove(oldest);
      }
      return true;
    },
    /** Forgets every page and starts a new generation. */
    invalidate(): number {
      entries.clear();
      bytes = 0;
      return ++generation;
    },
    generation: () => generation,
    stats: () => ({ entries: entries.size, bytes, generation }),
  };
}

export type PageCache = ReturnType<typeof createPageCache>;

/** The process's page caches: reading pages, and search pages (anonymous, with hits; see page-cache-rules.ts). */
export const pageCache = createPageCache();
export const searchPageCache = createPageCache(SEARCH_CACHE);

/** After a change in the CMS, or once the search index took it in: every page and content entry is rendered anew. */
export function invalidatePages(): number {
  searchPageCache.invalidate();
  return pageCache.invalidate();
}

/** Part of every content cache key (params.ts, the loaders): an invalidation makes all of them miss at once. */
export const cacheGeneration = (): number => pageCache.generation();
