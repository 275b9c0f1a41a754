import { createStorage } from 'unstorage';
import lruCacheDriver from 'unstorage/drivers/lru-cache';
import { describe, expect, it } from 'vitest';
import { CACHE_MAX_ENTRIES, CACHE_STORAGE } from '../../../server/cache-storage';

describe('the cache storage (Nitro `cache` mount)', () => {
  it('stays at its entry cap under a flood of unique keys, keeping the newest', async () => {
    const { driver: _name, ...options } = CACHE_STORAGE;
    const storage = createStorage({ driver: lruCacheDriver(options) });
    const entry = { value: { code: 200, headers: {}, body: 'x'.repeat(1000) }, mtime: Date.now() };
    for (let n = 0; n < CACHE_MAX_ENTRIES * 4; n++) await storage.setItem(`nitro:handlers:home-v1:${n}.json`, entry);
    const keys = await storage.getKeys();
    expect(keys.length).toBe(CACHE_MAX_ENTRIES);
    expect(await storage.hasItem(`nitro:handlers:home-v1:${CACHE_MAX_ENTRIES * 4 - 1}.json`)).toBe(true);
    expect(await storage.hasItem('nitro:handlers:home-v1:0.json')).toBe(false);
  });

  it('drops the oldest entries when their bytes pass the cap', async () => {
    const { driver: _name, ...options } = CACHE_STORAGE;
    const storage = createStorage({ driver: lruCacheDriver({ ...options, maxSize: 100_000 }) });
    for (let n = 0; n < 100; n++) await storage.setItem(`k${n}`, { body: 'y'.repeat(10_000) });
    expect((await storage.getKeys()).length).toBeLessThan(10);
  });
});
