import type { H3Event } from 'h3';
import type { SearchQuery, WordHelp, WordKnowledge, WordMemo } from '@kunskapsnavet/search';
import { createPageCache, searchPageCache, SEARCH_CACHE } from './page-cache';
import { siteSearch, siteSearchHelp } from './search';

/**
 * The search API's result cache: what Meilisearch answered for a validated query (results, facets and the "did you
 * mean" help), so a query asked again — search as you type asks every prefix, and readers type the same words — costs
 * no Meilisearch work. The answer is the same for every reader: the index holds published content only, and what is
 * personal (a course's next occasion nearest the reader) is added per request after the cache.
 *
 * Forgotten with the search pages (POST /api/cache/invalidate, after a publish or once the search worker indexed a
 * change: the search page cache's generation moves), else after the search pages' time-to-live, the fallback for a
 * lost invalidation call. Bounded by entries and bytes like the page caches (it is one, holding JSON).
 */
export const RESULT_CACHE = { maxEntries: 500, maxBytes: 8 * 1024 * 1024, ttlMs: SEARCH_CACHE.ttlMs };

/** How a request was answered: from the cache, by another request's search still running, or by its own search. */
export type ResultSource = 'hit' | 'shared' | 'miss';

/**
 * A cache of JSON-serialisable answers that forgets everything whenever `generation()` moves. Concurrent requests
 * for one key share one computation (five readers typing the same word at once make one search); a failure is
 * never stored. Each caller gets its own copy, so no request can change another's answer.
 */
export function createResultCache(generation: () => number, options = RESULT_CACHE) {
  const cache = createPageCache(options);
  const running = new Map<string, Promise<string>>();
  const counts: Record<ResultSource, number> = { hit: 0, shared: 0, miss: 0 };
  let seen = generation();

  /** Follows the source's invalidations; returns the cache's generation, which set() compares against. */
  function sync(): number {
    if (generation() !== seen) {
      seen = generation();
      cache.invalidate();
    }
    return cache.generation();
  }

  async function get<T>(key: string, compute: () => Promise<T>): Promise<{ value: T; source: ResultSource }> {
    const bornIn = sync();
    const stored = cache.get(key);
    const flightKey = `${bornIn}:${key}`;
    const pending = running.get(flightKey);
    const source: ResultSource = stored ? 'hit' : pending ? 'shared' : 'miss';
    counts[source] += 1;
    if (stored) return { value: JSON.parse(stored.body.toString('utf8')) as T, source };
    if (pending) return { value: JSON.parse(await pending) as T, source };
    const work = compute();
    const json = work.then((value) => JSON.stringify(value));
    running.set(flightKey, json);
    json.catch(() => undefined).finally(() => running.delete(flightKey));
    const value = await work;
    // An invalidation while Meilisearch answered moved the generation: the answer may predate the change.
    sync();
    cache.set(key, { body: await json, headers: {} }, bornIn);
    return { value, source };
  }

  /**
   * The search library's WordMemo over this cache: answers about single words, under `namespace` so two kinds of
   * answer never share a key. An answer asked before an invalidation and arriving after it is not stored.
   */
  function memo<T>(namespace: string): WordMemo<T> {
    return {
      read(keys) {
        const bornIn = sync();
        const found = new Map<string, T>();
        for (const key of keys) {
          const stored = cache.get(`${namespace}:${key}`);
          if (stored) found.set(key, JSON.parse(stored.body.toString('utf8')) as T);
        }
        return {
          found,
          keep: (key, value) => {
            sync();
            cache.set(`${namespace}:${key}`, { body: JSON.stringify(value), headers: {} }, bornIn);
          },
        };
      },
    };
  }

  return { get, memo, stats: () => ({ ...counts, ...cache.stats() }) };
}

/** The process's result cache, following the search pages' invalidations (see page-cache.ts and the invalidate route). */
export const searchResultCache = createResultCache(() => searchPageCache.generation());

/**
 * Answers about single words (the search library's word-memo.ts): does the index know a word, what did Meilisearch
 * match it to. A query never asked before is mostly made of words asked before, so it costs one Meilisearch search
 * instead of two to four. Kept apart from whole answers (small, many) and forgotten with them.
 */
export const WORD_CACHE = { maxEntries: 5_000, maxBytes: 2 * 1024 * 1024, ttlMs: SEARCH_CACHE.ttlMs };
const searchWordCache = createResultCache(() => searchPageCache.generation(), WORD_CACHE);
export const wordMemos = { knowledge: searchWordCache.memo<WordKnowledge>('known'), help: searchWordCache.memo<WordHelp>('help') };

/** The cache key: the validated query (its schema fixes the order of the fields), locale included. */
export const resultCacheKey = (query: SearchQuery): string => JSON.stringify(query);

/**
 * The search route's one call: results and help for a validated query, from the cache or Meilisearch. The header
 * `x-search-cache` (hit, shared, miss) lets the benchmark report how many answers came from the cache.
 */
export async function cachedSiteSearch(event: H3Event, query: SearchQuery) {
  const { value, source } = await searchResultCache.get(resultCacheKey(query), async () => {
    const result = await siteSearch(query, wordMemos.knowledge);
    return { result, help: await siteSearchHelp(query, result, wordMemos.help) };
  });
  setResponseHeader(event, 'x-search-cache', source);
  return value;
}
