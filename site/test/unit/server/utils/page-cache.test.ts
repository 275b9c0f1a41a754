import { describe, expect, it } from 'vitest';
import { createPageCache } from '../../../../server/utils/page-cache';

const page = (body: string) => ({ body, headers: { 'content-type': 'text/html' } });

describe('the rendered-page cache (bounded LRU with a time limit and generations)', () => {
  it('keeps at most maxEntries pages, the least recently used go first', () => {
    const cache = createPageCache({ maxEntries: 3, maxBytes: 1_000_000, ttlMs: 60_000 });
    for (const key of ['/a', '/b', '/c']) cache.set(key, page(key), 0);
    cache.get('/a');
    cache.set('/d', page('d'), 0);
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/a')?.body.toString()).toBe('/a');
    expect(cache.stats().entries).toBe(3);
  });

  it('keeps at most maxBytes, and never stores one page larger than an eighth of them', () => {
    const cache = createPageCache({ maxEntries: 100, maxBytes: 8_000, ttlMs: 60_000 });
    for (let i = 0; i < 20; i += 1) cache.set(`/p${i}`, page('x'.repeat(900)), 0);
    expect(cache.stats().bytes).toBeLessThanOrEqual(8_000);
    expect(cache.set('/big', page('x'.repeat(1_100)), 0)).toBe(false);
  });

  it('forgets a page after its time limit (the fallback when an invalidation is lost)', () => {
    const cache = createPageCache({ maxEntries: 10, maxBytes: 100_000, ttlMs: 1_000 });
    cache.set('/a', page('a'), 0, 10_000);
    expect(cache.get('/a', 10_999)?.body.toString()).toBe('a');
    expect(cache.get('/a', 11_000)).toBeUndefined();
  });

  it('invalidate forgets everything, and a render begun before it is not stored after it', () => {
    const cache = createPageCache({ maxEntries: 10, maxBytes: 100_000, ttlMs: 60_000 });
    const before = cache.generation();
    cache.set('/a', page('old'), before);
    expect(cache.invalidate()).toBe(before + 1);
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.set('/a', page('read before the change'), before)).toBe(false);
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.set('/a', page('new'), cache.generation())).toBe(true);
  });
});
