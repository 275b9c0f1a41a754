/**
 * `npm run bench -w site` (root: `npm run bench:site`): with the production build and one whole stack (as the e2e
 * suite boots it, here with two site replicas), at 20 connections:
 * - every reading-page kind served from the rendered-page cache, and rendered for each request (a cookie bypasses
 *   the shared cache: how every page was served before it), next to a static file from the same server;
 * - the search page and the search API next to the same query sent straight to Meilisearch, and the API with a new
 *   query every request next to Meilisearch asked the same new queries (the result cache's hit ratio beside each);
 * - search as you type: 50 typists, a request per keystroke 150 ms apart, on the search page and on the API;
 * - 30 edits published in the CMS, from the click until both replicas show them;
 * and the gzip bytes per page type. Prints tables, writes JSON and an SVG chart to bench/results/.
 * Not a timed test: numbers depend on the machine; the ratios within one run are the figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readEnvFile } from '../../scripts/src/lib/env-file.ts';
import { ROOT } from '../../scripts/src/lib/paths.ts';
import { startStack } from '../../scripts/src/lib/throwaway-stack.ts';
import { barChart } from './chart.ts';
import { editLag } from './edits.ts';
import { load, type LoadResult } from './load.ts';
import { benchPages } from './pages.ts';
import { benchSearch, hitRatio, invalidateCaches, type SearchRow } from './search.ts';
import { SEARCH_API, SEARCH_PAGE, typists } from './typists.ts';
import { pageWeight, type PageWeight } from './weight.ts';

const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const EDITS = Number(process.env.BENCH_EDITS ?? 30);
const BYPASS = { cookie: 'kn_bench=rendered' };

const stack = await startStack((line) => console.error(line), { siteReplicas: 2 });
try {
  const site = stack.siteUrl;
  const pages = await benchPages(site);
  const at = (p: string) => new URL(p, site).href;
  for (const p of [...Object.values(pages.reading), pages.search]) for (let i = 0; i < 2; i += 1) await fetch(at(p)).then((r) => r.arrayBuffer());

  const staticResult = await load(at(pages.static), CONNECTIONS, SECONDS);
  const ratios = (r: LoadResult) => ({ p95ToStatic: r.p95 / Math.max(staticResult.p95, 1), rpsShareOfStatic: r.rps / Math.max(staticResult.rps, 1) });
  const reading: Record<string, { cached: LoadResult & ReturnType<typeof ratios>; rendered: LoadResult & ReturnType<typeof ratios> }> = {};
  for (const [kind, p] of Object.entries(pages.reading)) {
    const cached = await load(at(p), CONNECTIONS, SECONDS);
    const rendered = await load({ url: at(p), headers: BYPASS }, CONNECTIONS, SECONDS);
    reading[kind] = { cached: { ...cached, ...ratios(cached) }, rendered: { ...rendered, ...ratios(rendered) } };
  }

  const siteVars = readEnvFile(path.join(stack.logDir, 'site-vars.env'));
  const meili = { url: stack.meiliUrl, indexPrefix: siteVars.NUXT_MEILI_INDEX_PREFIX ?? 'e2e', searchKey: siteVars.NUXT_MEILI_SEARCH_KEY ?? '' };
  const search = await benchSearch(site, meili, pages.search, CONNECTIONS, SECONDS, { site: stack.sitePid, cms: stack.cmsPid, meilisearch: stack.meiliPid });
  const cold = () => invalidateCaches(stack.siteUrls, siteVars.NUXT_CACHE_INVALIDATION_SECRET ?? '');
  const typing = { page: await cold().then(() => typists(site, SEARCH_PAGE, 50)), api: await cold().then(() => typists(site, SEARCH_API, 50)) };
  const edits = EDITS > 0 ? await editLag(stack.cmsUrl, stack.siteUrls, EDITS) : null;

  const weight: Record<string, PageWeight> = {};
  for (const [kind, p] of Object.entries({ ...pages.reading, search: pages.search })) weight[kind] = await pageWeight(site, p);
  // The path page after the reader asked to save it for offline: the only reading view with the saver script.
  weight.offline = await pageWeight(site, `${pages.reading.path}?offline=1`);

  const row = (r: LoadResult) => ({ 'p50 ms': r.p50, 'p95 ms': r.p95, 'req/s': Math.round(r.rps), errors: r.errors + r.non2xx });
  console.log(`\nReading pages at ${CONNECTIONS} connections, ${SECONDS} s each (production build). Targets: p95 ≤ 2× static, req/s ≥ 50 % of static`);
  console.table({
    static: row(staticResult),
    ...Object.fromEntries(Object.entries(reading).flatMap(([kind, r]) => [
      [kind, { ...row(r.cached), 'p95÷static': r.cached.p95ToStatic.toFixed(2), 'req/s % static': Math.round(100 * r.cached.rpsShareOfStatic) }],
      [`${kind} (rendered)`, { ...row(r.rendered), 'p95÷static': r.rendered.p95ToStatic.toFixed(2), 'req/s % static': Math.round(100 * r.rendered.rpsShareOfStatic) }],
    ])),
  });
  console.log(`\nSearch at ${CONNECTIONS} connections. Target: p95 ≤ 3× Meilisearch (the same words, 10 hits; *Distinct: a new query every request, both sides)`);
  console.table(Object.fromEntries(Object.entries(search).map(([k, r]) => [k, { ...row(r), 'p95÷meili': r.p95ToMeili.toFixed(2), 'from cache': hitRatio(r.header) }])));
  const cpu = (r: SearchRow) => Object.entries(r.cpuMsPerRequest ?? {}).map(([name, ms]) => `${name} ${ms}`).join(', ');
  console.log(`CPU ms per request (Linux /proc): Meilisearch asked directly: ${cpu(search.meilisearchDistinct)}; the API: ${cpu(search.apiDistinct)}`);
  for (const [kind, t] of Object.entries(typing)) {
    console.log(`Search as you type (${kind}): ${t.typists} typists, ${t.requests} requests (${t.distinct} distinct texts), ${t.errors} errors ${JSON.stringify(t.errorKinds)}, p50 ${t.p50} ms, p95 ${t.p95} ms, max ${t.max} ms; from cache ${hitRatio(t.cache)} ${JSON.stringify(t.cache)}`);
  }
  if (edits) {
    const publish = [...edits.publishMs].sort((a, b) => a - b);
    console.log(`Edit → on the page (both replicas): ${edits.edits} edits, p50 ${edits.p50} ms, p95 ${edits.p95} ms, max ${edits.max} ms; of which the CMS's publish call p50 ${publish[Math.floor(publish.length / 2)]} ms`);
  }
  console.log('\nBytes per page type (gzip, first load)');
  console.table(Object.fromEntries(Object.entries(weight).map(([k, v]) => [k, { 'HTML B': v.html, 'JS files B': v.js, 'inline JS B': v.inlineJs, 'CSS B': v.css, 'script files': v.scripts }])));

  const result = { connections: CONNECTIONS, seconds: SECONDS, pages, static: staticResult, reading, search, typing, edits, weight };
  const out = path.join(ROOT, 'bench', 'results', `site-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(`${out}.json`, `${JSON.stringify(result, null, 2)}\n`);
  const chartRows = [
    { label: 'static file', values: { cached: staticResult.p95, rendered: staticResult.p95 } },
    ...Object.entries(reading).map(([kind, r]) => ({ label: kind, values: { cached: r.cached.p95, rendered: r.rendered.p95 } })),
    { label: 'search page', values: { cached: search.page.p95, rendered: search.pageRendered.p95 } },
    { label: 'search API', values: { cached: search.api.p95, rendered: search.api.p95 } },
    { label: 'Meilisearch', values: { cached: search.meilisearch.p95, rendered: search.meilisearch.p95 } },
    { label: 'API, new queries', values: { cached: search.apiDistinct.p95, rendered: search.apiDistinct.p95 } },
    { label: 'Meili, new queries', values: { cached: search.meilisearchDistinct.p95, rendered: search.meilisearchDistinct.p95 } },
  ];
  fs.writeFileSync(`${out}.svg`, barChart(`p95 latency at ${CONNECTIONS} connections (ms)`, ['cached', 'rendered'], chartRows));
  console.log(`\n${JSON.stringify(result)}\nWritten: ${out}.json and ${out}.svg`);
} finally {
  await stack.stop();
}
