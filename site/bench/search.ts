import crypto from 'node:crypto';
import { load, type LoadRequest, type LoadResult } from './load.ts';
import { SEARCH_WORDS } from './pages.ts';
import { distinctQueries } from '../../scripts/src/bench/queries.ts';
import { interleaved, type ProcessIds } from './cpu.ts';

export type SearchRow = LoadResult & { p95ToMeili: number; cpuMsPerRequest?: Record<string, number> };

interface MeiliTarget {
  url: string;
  indexPrefix: string;
  searchKey: string;
}

const BYPASS = { cookie: 'kn_bench=rendered' };
/** The turns of the distinct-query rows: Meilisearch and the API each measured in this many short runs. */
const DISTINCT_SLICES = 5;

/** Cycles through the distinct queries, each caller from the start. */
function cycle(queries: string[]): () => string {
  let i = 0;
  return () => queries[i++ % queries.length] ?? '';
}

/**
 * The search rows at `connections`: Meilisearch asked directly (the same words, 10 hits), the search page (cached and
 * rendered), and the search API, once with one query repeated (what the site's result cache is for) and once with a
 * new query every request (what it cannot help), each next to Meilisearch asked the same queries in the same run;
 * for those two, measured in turns (cpu.ts interleaved()), the CPU each process (`pids`: the site replica asked, the
 * CMS, Meilisearch) spent per request.
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
  const vs = (r: LoadResult & { cpuMsPerRequest?: Record<string, number> }, base: LoadResult): SearchRow => ({ ...r, p95ToMeili: r.p95 / Math.max(base.p95, 1) });
  const rows = {
    meilisearch: vs(meiliRepeated, meiliRepeated),
    page: vs(await load(at(searchPage), connections, seconds), meiliRepeated),
    pageRendered: vs(await load({ url: at(searchPage), headers: BYPASS }, connections, seconds), meiliRepeated),
    api: vs(await load({ url: at(api(SEARCH_WORDS)), headers: { accept: 'application/json' }, countHeader: 'x-search-cache' }, connections, seconds), meiliRepeated),
  };
  // A new query every request, Meilisearch asked directly and the API in turns (cpu.ts interleaved()), each
  // continuing its own walk through the queries, so no query is asked twice on either side.
  const nextMeili = cycle(queries);
  const nextApi = cycle(queries);
  const [meiliDistinct, apiDistinct] = await interleaved(pids, [
    { ...meiliRequest(''), next: () => ({ body: JSON.stringify({ q: nextMeili(), limit: 10 }) }) },
    { url: at(api(queries[0] ?? '')), headers: { accept: 'application/json' }, countHeader: 'x-search-cache', next: () => ({ path: api(nextApi()) }) },
  ], connections, seconds, DISTINCT_SLICES);
  if (!meiliDistinct || !apiDistinct) throw new Error('interleaved() answered fewer rows than asked');
  return { ...rows, meilisearchDistinct: vs(meiliDistinct, meiliDistinct), apiDistinct: vs(apiDistinct, meiliDistinct) };
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
