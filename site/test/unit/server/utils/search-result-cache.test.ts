import { SearchInputSchema } from '@kunskapsnavet/search';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createResultCache, resultCacheKey } from '../../../../server/utils/search-result-cache';

/** A source of invalidations like the search page cache's generation. */
function source() {
  let generation = 0;
  return { generation: () => generation, invalidate: () => { generation += 1; } };
}
const options = { maxEntries: 10, maxBytes: 100_000, ttlMs: 1_000 };
const answer = (n: number) => ({ total: n, hits: [{ title: `hit ${n}` }] });

afterEach(() => vi.useRealTimers());

describe('the search result cache', () => {
  it('answers a repeated query from the cache, each caller with its own copy', async () => {
    const cache = createResultCache(source().generation, options);
    const compute = vi.fn(async () => answer(1));
    const first = await cache.get('k', compute);
    const second = await cache.get('k', compute);
    expect([first.source, second.source]).toEqual(['miss', 'hit']);
    expect(second.value).toEqual(first.value);
    second.value.hits[0]!.title = 'changed by one request';
    expect((await cache.get('k', compute)).value.hits[0]?.title).toBe('hit 1');
    expect(compute).toHaveBeenCalledTimes(1);
    expect(cache.stats()).toMatchObject({ hit: 2, miss: 1, shared: 0 });
  });

  it('makes one search for concurrent requests of one query', async () => {
    const cache = createResultCache(source().generation, options);
    let finish: (value: ReturnType<typeof answer>) => void = () => {};
    const compute = vi.fn(() => new Promise<ReturnType<typeof answer>>((resolve) => { finish = resolve; }));
    const all = Promise.all([cache.get('k', compute), cache.get('k', compute), cache.get('k', compute)]);
    finish(answer(7));
    const results = await all;
    expect(results.map((r) => r.source)).toEqual(['miss', 'shared', 'shared']);
    expect(results.map((r) => r.value.total)).toEqual([7, 7, 7]);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('forgets everything when the invalidation source moves', async () => {
    const changes = source();
    const cache = createResultCache(changes.generation, options);
    await cache.get('k', async () => answer(1));
    changes.invalidate();
    const after = await cache.get('k', async () => answer(2));
    expect(after).toEqual({ value: answer(2), source: 'miss' });
  });

  it('does not keep an answer that was being computed when an invalidation came', async () => {
    const changes = source();
    const cache = createResultCache(changes.generation, options);
    await cache.get('k', async () => {
      changes.invalidate();
      return answer(1);
    });
    expect((await cache.get('k', async () => answer(2))).source).toBe('miss');
  });

  it('never keeps a failure; the requests sharing it fail alike', async () => {
    const cache = createResultCache(source().generation, options);
    const failing = () => Promise.reject(new Error('search down'));
    const both = Promise.allSettled([cache.get('k', failing), cache.get('k', failing)]);
    expect((await both).map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await cache.get('k', async () => answer(3))).toEqual({ value: answer(3), source: 'miss' });
  });

  it('forgets an answer after the time limit (the fallback for a lost invalidation)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const cache = createResultCache(source().generation, options);
    await cache.get('k', async () => answer(1));
    vi.advanceTimersByTime(999);
    expect((await cache.get('k', async () => answer(2))).source).toBe('hit');
    vi.advanceTimersByTime(1_000);
    expect((await cache.get('k', async () => answer(2))).source).toBe('miss');
  });

  it('keeps at most maxEntries answers', async () => {
    const cache = createResultCache(source().generation, { ...options, maxEntries: 3 });
    for (let i = 0; i < 10; i += 1) await cache.get(`k${i}`, async () => answer(i));
    expect(cache.stats().entries).toBe(3);
  });
});

describe('the word memo over the cache', () => {
  it('answers what was kept, and nothing of another namespace', () => {
    const cache = createResultCache(source().generation, options);
    const known = cache.memo<{ exact: boolean }>('known');
    known.read(['sv\u0000frakt']).keep('sv\u0000frakt', { exact: true });
    expect(Object.fromEntries(known.read(['sv\u0000frakt', 'sv\u0000paket']).found)).toEqual({ 'sv\u0000frakt': { exact: true } });
    expect(cache.memo('help').read(['sv\u0000frakt']).found.size).toBe(0);
  });

  it('forgets every word when the invalidation source moves', () => {
    const changes = source();
    const memo = createResultCache(changes.generation, options).memo<number>('known');
    memo.read(['w']).keep('w', 1);
    changes.invalidate();
    expect(memo.read(['w']).found.size).toBe(0);
  });

  it('does not keep an answer asked before an invalidation and arriving after it', () => {
    const changes = source();
    const memo = createResultCache(changes.generation, options).memo<number>('known');
    const session = memo.read(['w']);
    changes.invalidate();
    session.keep('w', 1);
    expect(memo.read(['w']).found.size).toBe(0);
  });
});

describe('resultCacheKey', () => {
  const key = (input: Record<string, unknown>) => resultCacheKey(SearchInputSchema.parse(input));

  it('is the validated query: defaults filled in, surrounding spaces trimmed', () => {
    expect(key({ q: ' webbutik ' })).toBe(key({ q: 'webbutik', locale: 'sv', page: '1' }));
  });

  it.each([
    ['the locale', { q: 'a', locale: 'en' }],
    ['the page', { q: 'a', page: 2 }],
    ['the words', { q: 'ab' }],
  ])('differs by %s', (_, other) => {
    expect(key(other)).not.toBe(key({ q: 'a' }));
  });
});
