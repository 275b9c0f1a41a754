/**
 * `npm run bench -w site` (root: `npm run bench:site`): with the production build and one whole stack (as the e2e
 * suite boots it), p50/p95 latency and requests/s at 20 connections for home, search results, an article and a
 * path page, next to a static file from the same server (the ratio is the figure), and the gzip bytes of
 * JS/CSS/HTML per page type. Prints a table, then the same as JSON. Not a timed test: numbers depend on the machine.
 */
import { startStack } from '../test/e2e/setup/stack.ts';
import { load, type LoadResult } from './load.ts';
import { pageWeight, type PageWeight } from './weight.ts';

const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

async function firstUrl(siteUrl: string, path: string): Promise<string> {
  const body: unknown = await (await fetch(new URL(path, siteUrl))).json();
  const first = Array.isArray(body) ? body[0] : undefined;
  if (typeof first !== 'object' || first === null || !('url' in first) || typeof first.url !== 'string') throw new Error(`no item from ${path}`);
  return first.url;
}

const stack = await startStack((line) => console.error(line));
try {
  const site = stack.siteUrl;
  const pages = {
    home: '/',
    search: '/sok?q=s%C3%A4lja+p%C3%A5+n%C3%A4tet',
    article: await firstUrl(site, '/api/section?locale=sv&kind=article'),
    guide: await firstUrl(site, '/api/section?locale=sv&kind=guide'),
    module: await firstUrl(site, '/api/section?locale=sv&kind=module'),
    path: await firstUrl(site, '/api/paths?locale=sv'),
    // The same path page after the reader asked to save it for offline: the only reading view with the saver script.
    offline: `${await firstUrl(site, '/api/paths?locale=sv')}?offline=1`,
    static: '/favicon.svg',
  };
  // Warm the server-side caches (swr) so the figures are for steady state, not the first request.
  for (const path of Object.values(pages)) await fetch(new URL(path, site));

  const latency: Record<string, LoadResult & { ratioToStatic: number }> = {};
  const staticResult = await load(new URL(pages.static, site).href, CONNECTIONS, SECONDS);
  for (const name of ['home', 'search', 'article', 'path'] as const) {
    const result = await load(new URL(pages[name], site).href, CONNECTIONS, SECONDS);
    latency[name] = { ...result, ratioToStatic: staticResult.rps / Math.max(result.rps, 1) };
  }
  latency.static = { ...staticResult, ratioToStatic: 1 };

  const weight: Record<string, PageWeight> = {};
  for (const name of ['home', 'search', 'article', 'guide', 'module', 'path', 'offline'] as const) weight[name] = await pageWeight(site, pages[name]);

  console.log(`\nLatency at ${CONNECTIONS} connections, ${SECONDS} s each (production build)`);
  console.table(Object.fromEntries(Object.entries(latency).map(([k, v]) => [k, { 'p50 ms': v.p50, 'p95 ms': v.p95, 'req/s': Math.round(v.rps), 'static÷page': v.ratioToStatic.toFixed(1), errors: v.errors + v.non2xx }])));
  console.log('\nBytes per page type (gzip, first load)');
  console.table(Object.fromEntries(Object.entries(weight).map(([k, v]) => [k, { 'HTML B': v.html, 'JS files B': v.js, 'inline JS B': v.inlineJs, 'CSS B': v.css, 'script files': v.scripts }])));
  console.log(JSON.stringify({ connections: CONNECTIONS, seconds: SECONDS, pages, latency, weight }, null, 2));
} finally {
  await stack.stop();
}
