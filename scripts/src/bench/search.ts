/**
 * `npm run bench:search [-- --items 10000 --new 30 --publishes 50]`: one run on this machine, printing tables and
 * writing JSON + an SVG of the lag distribution. 1. publish → searchable lag of `--new` brand-new articles (new
 * vocabulary, 2,000–6,000 characters; the first right after the CMS started), split into phases;
 * 2. query latency of the query API vs the same requests as raw HTTP to Meilisearch vs Strapi REST `$containsi`;
 * 3. publish → searchable lag over `--publishes` further publishes into the full index; 4. full reindex time and
 * peak RSS. `--scale 10000,50000,100000` runs the scale curve instead (scale.ts). `--generated` seeds the demo content
 * only and fills the index with `--items` generated documents per locale (corpus.ts) after the reindex: the index
 * has its 20k documents in a minute instead of the hour the Document Service needs on a busy machine.
 * Everything runs in a throw-away folder: its own Strapi (SQLite), its own Meilisearch, synthetic content.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { createClient, ensureSearchKey, LOCALES, parseSearchInput, search } from '@kunskapsnavet/search';
import { cmsEnv, ensureCmsBuilt } from '../lib/cms.ts';
import { generateSecrets } from '../lib/env-file.ts';
import { CMS_DIR, DATA_DIR, ROOT } from '../lib/paths.ts';
import { createLauncher } from '../lib/stack.ts';
import { summarize, timed } from '../lib/stats.ts';
import { freePort } from '../lib/wait.ts';
import { loadCorpus } from './corpus.ts';
import { BENCH_QUERIES } from './queries.ts';
import { reportLags } from './lag-report.ts';
import { parseBatchLine, publishAndWait, type BatchLine, type LagSample } from './publish-lag.ts';
import { rawSearch as rawHttp } from './raw-search.ts';
import { runScale } from './scale.ts';
import { newestSeedSource, seedSourceKey } from './seed-sources.ts';

const { values } = parseArgs({ options: { items: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '5' }, publishes: { type: 'string', default: '50' }, new: { type: 'string', default: '30' }, scale: { type: 'string' }, generated: { type: 'boolean', default: false } } });
if (values.scale) {
  await runScale(values.scale.split(',').map(Number), Number(values.rounds), (line) => process.stderr.write(`${line}\n`));
  process.exit(0);
}
const ITEMS = Number(values.items);
const NEW = Number(values.new);
const ROUNDS = Number(values.rounds);
const PUBLISHES = Number(values.publishes);
const run = promisify(execFile);
const log = (line: string) => process.stderr.write(`${line}\n`);
// Timings are only comparable on a quiet machine: the load average is reported with them.
const loadAtStart = os.loadavg();

/**
 * A cached seeded database is valid when it was seeded from the same seed sources: its `.key` file holds their
 * content hash. A cache written before keys existed is trusted when it is newer than every seed source.
 */
function cacheIsValid(cached: string, key: string): boolean {
  if (!fs.existsSync(cached)) return false;
  const keyFile = `${cached}.key`;
  if (fs.existsSync(keyFile)) return fs.readFileSync(keyFile, 'utf8').trim() === key;
  if (fs.statSync(cached).mtimeMs <= newestSeedSource(CMS_DIR)) return false;
  fs.writeFileSync(keyFile, `${key}\n`);
  return true;
}

/**
 * What a team without a search engine would ship: Strapi's REST filters, `$containsi` on each searchable type's
 * text fields, the four types requested in parallel (the site lists hits of all four), each with the fields a
 * result card shows (ItemCard: title, summary, link, minutes). Course modules keep their text in a dynamic zone
 * and learning paths have a description instead of summary and body: REST filters reach what each type has.
 */
const STRAPI_SEARCH = [
  { api: 'research-articles', text: ['title', 'summary', 'body'], fields: ['title', 'slug', 'summary', 'readingMinutes'] },
  { api: 'guides', text: ['title', 'summary', 'body'], fields: ['title', 'slug', 'summary', 'estimatedMinutes'] },
  { api: 'course-modules', text: ['title', 'summary'], fields: ['title', 'slug', 'summary', 'durationMinutes'] },
  { api: 'learning-paths', text: ['title', 'description'], fields: ['title', 'slug', 'description', 'totalMinutes'] },
] as const;

function strapiSearchUrl(cmsUrl: string, type: (typeof STRAPI_SEARCH)[number], q: string, locale: string): string {
  const params = new URLSearchParams({ locale, 'pagination[pageSize]': '10' });
  type.text.forEach((field, i) => params.set(`filters[$or][${i}][${field}][$containsi]`, q));
  type.fields.forEach((field, i) => params.set(`fields[${i}]`, field));
  return `${cmsUrl}/api/${type.api}?${params}`;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-bench-'));
const secrets = generateSecrets();
const batches: BatchLine[] = [];
// The CMS runs with SEARCH_SYNC_TRACE: its `[search] batch {…}` lines give the worker's phases of each publish.
const launcher = createLauncher((line) => {
  const batch = parseBatchLine(line);
  if (batch) batches.push(batch);
});
const meili = await launcher.search({ dataDir: path.join(tmp, 'meili'), masterKey: secrets.MEILI_MASTER_KEY });
const env = cmsEnv(process.env, { ...secrets, DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(tmp, 'cms.db'), KN_DATA_DIR: tmp, MEILI_URL: meili.url, SITE_TOKEN_FILE: path.join(tmp, 'site.env'), SERVE_ADMIN: 'false', NODE_ENV: 'development' });

try {
  await ensureCmsBuilt(env, log);
  // Seeding 10,000 items through the Document Service takes many minutes; the seeded database is cached (by
  // item count and seed sources) in data/bench-cache so later runs measure search, not seeding.
  const seedItems = values.generated ? 0 : ITEMS;
  const cached = path.join(DATA_DIR, 'bench-cache', `cms-${seedItems}.db`);
  const seedKey = seedSourceKey(CMS_DIR);
  if (cacheIsValid(cached, seedKey)) {
    log(`Using the seeded database cached in ${path.relative(ROOT, cached)}`);
    fs.copyFileSync(cached, env.DATABASE_FILENAME as string);
  } else {
    log(`Seeding the demo content and ${seedItems} synthetic items per locale (Document Service)…`);
    const seeded = await timed(() => run(process.execPath, ['--max-old-space-size=1024', path.join(ROOT, 'scripts/src/seed.ts'), ...(seedItems > 0 ? ['--synthetic', String(seedItems)] : []), '--quiet', '--skip-reindex'], { env: { ...env, SEARCH_SYNC_WORKER: 'false' }, maxBuffer: 1 << 26 }));
    log(`  seeded in ${(seeded.ms / 1000).toFixed(0)} s`);
    fs.mkdirSync(path.dirname(cached), { recursive: true });
    fs.copyFileSync(env.DATABASE_FILENAME as string, cached);
    fs.writeFileSync(`${cached}.key`, `${seedKey}\n`);
  }

  log('Full reindex…');
  const reindexOut = await run(process.execPath, [path.join(ROOT, 'scripts/src/reindex.ts'), '--json'], { env, maxBuffer: 1 << 26 });
  const reindexReport: { reindexMs: number; totalMs: number; maxRssMb: number; phases: Record<'readMs' | 'mapMs' | 'sendMs' | 'indexingMs', number>; indexes: { documents: number }[] } = JSON.parse(reindexOut.stdout.split('\n').findLast((line) => line.startsWith('{"reindexMs"')) ?? '{}');
  const master = createClient({ url: meili.url, apiKey: secrets.MEILI_MASTER_KEY, timeoutMs: 120_000 });
  if (values.generated) {
    log(`Adding ${ITEMS} generated documents per locale to the index…`);
    log(`  added in ${((await timed(() => loadCorpus(master, ITEMS))).ms / 1000).toFixed(0)} s`);
  }
  const documents = reindexReport.indexes.reduce((sum, index) => sum + index.documents, 0) + (values.generated ? ITEMS * LOCALES.length : 0);

  const { url: cmsUrl } = await launcher.cms({ env: { ...env, SEARCH_SYNC_POLL_MS: '1000', SEARCH_SYNC_TRACE: 'true' }, port: await freePort(), host: '127.0.0.1' });
  const login = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@kunskapsnavet.example', password: 'Kunskapsnavet-dev-1' }) }).then((r) => r.json());
  const admin = { 'content-type': 'application/json', authorization: `Bearer ${login.data.token}` };
  const runId = Date.now() % 1_000_000;

  const { key } = await ensureSearchKey(master);
  const client = createClient({ url: meili.url, apiKey: key, transport: 'node-http' });
  const queries = LOCALES.flatMap((locale) => BENCH_QUERIES[locale].map((q) => ({ q, locale })));

  log(`Query latency: ${queries.length} queries × ${ROUNDS} rounds…`);
  const api: number[] = [];
  const raw: number[] = [];
  const strapi: number[] = [];
  const lagContext = { cmsUrl, admin, master, batches };
  // First: brand-new articles, the very first one right after the start (nothing has warmed up yet).
  log(`Publish → searchable: ${NEW} brand-new articles…`);
  const fresh: LagSample[] = [];
  for (let i = 0; i < NEW; i += 1) fresh.push(await publishAndWait(lagContext, 'new', i, runId));
  const rawSearch = (q: string, locale: 'sv' | 'en') => rawHttp(meili.url, key, q, locale);
  const strapiSearch = (q: string, locale: 'sv' | 'en') =>
    Promise.all(
      STRAPI_SEARCH.map(async (type) => {
        const res = await fetch(strapiSearchUrl(cmsUrl, type, q, locale));
        // A rejected query answers fast; it must not pass for a fast search.
        if (!res.ok) throw new Error(`Strapi ${type.api}: HTTP ${res.status} ${await res.text()}`);
        return res.json();
      }),
    );
  for (const { q, locale } of queries) {
    await search(client, parseSearchInput({ q, locale }));
    await rawSearch(q, locale);
    await strapiSearch(q, locale);
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const { q, locale } of queries) {
      api.push((await timed(() => search(client, parseSearchInput({ q, locale })))).ms);
      raw.push((await timed(() => rawSearch(q, locale))).ms);
      strapi.push((await timed(() => strapiSearch(q, locale))).ms);
    }
  }

  log(`Publish → searchable lag: ${PUBLISHES} publishes…`);
  const republished: LagSample[] = [];
  for (let i = 0; i < PUBLISHES; i += 1) republished.push(await publishAndWait(lagContext, 'short', i, runId));
  const lags = republished.map((sample) => sample.lagMs);

  const round = (n: number) => Math.round(n * 10) / 10;
  const rows = {
    'query API (ours)': { ...summarize(api), unit: 'ms' },
    'raw Meilisearch HTTP': { ...summarize(raw), unit: 'ms' },
    'Strapi REST $containsi': { ...summarize(strapi), unit: 'ms' },
    'new article → searchable': { ...summarize(fresh.map((f) => f.lagMs)), unit: 'ms' },
    'publish → searchable': { ...summarize(lags), unit: 'ms' },
  };
  const ratios = {
    'ours / raw Meilisearch (p50)': round(summarize(api).p50 / summarize(raw).p50 * 100) / 100,
    'ours / raw Meilisearch (p95)': round(summarize(api).p95 / summarize(raw).p95 * 100) / 100,
    'Strapi REST / ours (p50)': round(summarize(strapi).p50 / summarize(api).p50),
    'Strapi REST / ours (p95)': round(summarize(strapi).p95 / summarize(api).p95),
  };
  const reindexRow = { documents, 'reindex s': round(reindexReport.reindexMs / 1000), 'with reconcile s': round(reindexReport.totalMs / 1000), 'peak RSS MB': reindexReport.maxRssMb };
  // The phases overlap (the next locale is read while Meilisearch indexes the previous one): they explain the
  // wall time, they do not add up to it.
  const { readMs, mapMs, sendMs, indexingMs } = reindexReport.phases;
  const phaseRow = { 'Strapi reads s': round(readMs / 1000), 'mapping s': round(mapMs / 1000), 'sending s': round(sendMs / 1000), 'Meilisearch indexing s': round(indexingMs / 1000) };
  console.log(`\nSearch benchmark: ${ITEMS} ${values.generated ? 'generated documents (index only)' : 'synthetic items'} per locale + demo content, ${queries.length} queries × ${ROUNDS} rounds, ${PUBLISHES} publishes; load average ${loadAtStart[0]?.toFixed(1)} at start, ${os.loadavg()[0]?.toFixed(1)} at end (${os.cpus().length} cores)`);
  console.table(Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, { n: v.n, p50: round(v.p50), p95: round(v.p95), max: round(v.max) }])));
  console.table(ratios);
  console.table({ 'full reindex': reindexRow });
  console.table({ 'reindex phases (overlapping)': phaseRow });
  const out = path.join(ROOT, 'bench', 'results', `search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ items: ITEMS, generated: values.generated, documents, rounds: ROUNDS, publishes: PUBLISHES, node: process.version, cpus: os.cpus().length, rows, ratios, reindex: { ...reindexRow, phases: phaseRow }, loadAverage: { start: loadAtStart.map(round), end: os.loadavg().map(round) } }, null, 2));
  const lagReport = reportLags(out, { 'brand-new articles': fresh, 're-publishes': republished });
  fs.writeFileSync(out, JSON.stringify({ ...JSON.parse(fs.readFileSync(out, 'utf8')), lag: lagReport }, null, 2));
  console.log(`JSON: ${path.relative(ROOT, out)} (lag chart: ${path.relative(ROOT, out.replace(/\.json$/, '-lag.svg'))})`);
} finally {
  await launcher.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
