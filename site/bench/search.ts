import crypto from 'node:crypto';
import { load, type LoadRequest, type LoadResult } from './load.ts';
import { SEARCH_WORDS } from './pages.ts';
import { distinctQueries } from '../../scripts/src/bench/queries.ts';
import { withCpu, type ProcessIds } from './cpu.ts';

export type SearchRow = LoadResult & { p95ToMeili: number; cpuMsPerRequest?: Record<string, number> };

interface MeiliTarget {
  url: string;
  indexPrefix: string;
  searchKey: string;
}

const BYPASS = { cookie: 'kn_bench=rendered' };

/** Cycles through the distinct queries, each caller from the start. */
function cycle(queries: string[]): () => string {
  let i = 0;
  return () => queries[i++ % queries.length] ?? '';
}

/**
 * The search rows at `connections`: Meilisearch asked directly (the same words, 10 hits), the search page (cached and
 * rendered), and the search API, once with one query repeated (what the site's result cache is for) and once with a
 * new query every request (what it cannot help), each next to Meilisearch asked the same queries in the same run;
 * for those two, the CPU each process (`pids`: the site replica asked, the CMS, Meilisearch) spent per request.
 */
export async function benchSearch(siteUrl: string, meili: MeiliTarget, searchPage: string, connections: number, seconds: number, pids: ProcessIds) {
  const meiliRequest = (q: string): LoadRequest => ({
    url: `${meili.url}/indexes/${meili.indexPrefix}_sv/search`, method: 'POST',
    headers: { authorization: `Bearer ${meili.searchKey}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ q, limit: 10 }),
  });
  const api = (q: string) => `/api/search?locale=sv&q=${encodeURIComponent(q)}`;
  const at = (path: string) => new URL(path, siteUrl).href;
  const queries = distinctQueries();

  const meiliRepeated = await load(meiliRequest(SEARCH_WORDS), connections, seconds);
  const nextMeili = cycle(queries);
  const meiliDistinct = await withCpu(pids, () => load({ ...meiliRequest(''), next: () => ({ body: JSON.stringify({ q: nextMeili(), limit: 10 }) }) }, connections, seconds));
  const vs = (r: LoadResult & { cpuMsPerRequest?: Record<string, number> }, base: LoadResult): SearchRow => ({ ...r, p95ToMeili: r.p95 / Math.max(base.p95, 1) });
  const nextApi = cycle(queries);
  return {
    meilisearch: vs(meiliRepeated, meiliRepeated),
    page: vs(await load(at(searchPage), connections, seconds), meiliRepeated),
    pageRendered: vs(await load({ url: at(searchPage), headers: BYPASS }, connections, seconds), meiliRepeated),
    api: vs(await load({ url: at(api(SEARCH_WORDS)), headers: { accept: 'application/json' }, countHeader: 'x-search-cache' }, connections, seconds), meiliRepeated),
    meilisearchDistinct: vs(meiliDistinct, meiliDistinct),
    apiDistinct: vs(await withCpu(pids, () => load({ url: at(api(queries[0] ?? '')), headers: { accept: 'application/json' }, countHeader: 'x-search-cache', next: () => ({ path: api(nextApi()) }) }, connections, seconds)), meiliDistinct),
  };
}

/** Share of answers that came from the cache (a hit, or another request's search still running). */
export function hitRatio(counts: Record<string, number> | undefined): string {
  if (!counts) return '–';
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const cached = (counts.hit ?? 0) + (counts.shared ?? 0);
  return total === 0 ? '–' : `${Math.round((100 * cached) / total)} %`;
}

/**
 * Forgets every replica's caches with the CMS's signed call (as after a publish), so a typing run starts cold and its
 * hit ratio counts only what the typists themselves repeated.
 */
export async function invalidateCaches(siteUrls: string[], secret: string): Promise<void> {
  const body = JSON.stringify({ uid: 'benchmark', action: 'bench' });
  const timestamp = String(Date.now());
  const signature = `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
  for (const url of siteUrls) {
    const res = await fetch(new URL('/api/cache/invalidate', url), { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-kn-timestamp': timestamp, 'x-kn-signature': signature } });
    if (!res.ok) throw new Error(`cache invalidation at ${url}: HTTP ${res.status}`);
  }
}
