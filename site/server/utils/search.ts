import { createClient, search, searchHelp, SearchError, WEAK_RESULT, type SearchQuery, type WordHelp, type WordKnowledge, type WordMemo } from '@kunskapsnavet/search';

type Meilisearch = ReturnType<typeof createClient>;
import { toHttpError } from './errors';
import { BreakerOpenError, createBreaker } from './search-breaker';

/**
 * How long the site waits for Meilisearch, per request and for one whole search (which may take several requests).
 * A search answers in milliseconds; a hung Meilisearch must become the friendly "search is not working" page within
 * 2 s (the library's 5 s default, twice in a row, took 10 s). Not shorter: on a loaded 2-core machine a busy but
 * working Meilisearch took up to ~1 s at 20 connections.
 */
export const SEARCH_TIMEOUT_MS = 1_200;
/** Meilisearch's /health answers in a millisecond even when searches queue up; a hung process does not answer. */
const HEALTH_TIMEOUT_MS = 300;
const breaker = createBreaker();

/**
 * A failed search counts towards opening the breaker only if Meilisearch does not answer /health either: on a loaded
 * machine a slow search is not an outage, and switching search off then would turn slowness into errors.
 */
async function isOutage(error: unknown): Promise<boolean> {
  if (!(error instanceof SearchError) || error.status !== 503) return false;
  try {
    const res = await fetch(new URL('/health', useRuntimeConfig().meiliUrl), { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
    await res.arrayBuffer();
    return !res.ok;
  } catch {
    return true;
  }
}
const unavailable = (cause: unknown) => new SearchError(503, 'SearchUnavailable', 'Search is temporarily unavailable', { cause });

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(unavailable(new Error(`no answer from Meilisearch in ${ms} ms`))), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** A search through the breaker, within the deadline; while the breaker is open, the same 503 as an outage, at once. */
async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await breaker.call(() => withDeadline(run(), SEARCH_TIMEOUT_MS), isOutage);
  } catch (error) {
    if (error instanceof BreakerOpenError) throw unavailable(error);
    throw error;
  }
}

let cached: { key: string; client: Meilisearch } | undefined;

/** One Meilisearch client per configuration, with the search-only key (never the master key). */
function searchClient(): Meilisearch {
  const { meiliUrl, meiliSearchKey } = useRuntimeConfig();
  const key = `${meiliUrl}|${meiliSearchKey}`;
  if (cached?.key !== key) cached = { key, client: createClient({ url: meiliUrl, apiKey: meiliSearchKey, transport: 'node-http', timeoutMs: SEARCH_TIMEOUT_MS }) };
  return cached.client;
}

/**
 * Searches through the search library; its SearchError (503 down) leaves through the error funnel. `wordMemo`: what
 * the index knows about single words, kept by the caller (search-result-cache.ts).
 */
export async function siteSearch(query: SearchQuery, wordMemo?: WordMemo<WordKnowledge>) {
  try {
    return await guarded(() => search(searchClient(), query, { prefix: useRuntimeConfig().meiliIndexPrefix, wordMemo }));
  } catch (error) {
    throw toHttpError(error);
  }
}

/**
 * "Did you mean" and the closest topics, for a words query whose first page found nothing or little
 * (fewer than WEAK_RESULT own-language hits); null otherwise, and null rather than an error when it fails: the
 * results are what was asked for, the help is extra.
 */
export async function siteSearchHelp(query: SearchQuery, result: { hits: { otherLanguage: boolean }[] }, memo?: WordMemo<WordHelp>) {
  // Own-language hits only: the cross-language fallback fills a weak page with the other language's hits.
  const own = result.hits.filter((hit) => !hit.otherLanguage).length;
  if (query.q.trim() === '' || query.page !== 1 || own >= WEAK_RESULT) return null;
  try {
    return await guarded(() => searchHelp(searchClient(), query.q, query.locale, useRuntimeConfig().meiliIndexPrefix, memo));
  } catch {
    console.error('[site] search help unavailable');
    return null;
  }
}
