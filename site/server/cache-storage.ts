/**
 * Nitro's `cache` storage (every defineCachedEventHandler / defineCachedFunction entry): an LRU (unstorage's
 * lru-cache driver) capped by entries and by bytes, so the site's memory stays bounded whatever it is asked for.
 * The keys are validated parameters (server/utils/params.ts); the cap is the second guard.
 */
export const CACHE_MAX_ENTRIES = 500;
export const CACHE_MAX_BYTES = 32 * 1024 * 1024;

export const CACHE_STORAGE = { driver: 'lru-cache', max: CACHE_MAX_ENTRIES, maxSize: CACHE_MAX_BYTES } as const;
