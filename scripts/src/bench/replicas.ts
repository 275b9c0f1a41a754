/**
 * `npm run bench:replicas [-- --publishes 500]` (after `source .ci/postgres.sh`): two CMS processes and two site
 * processes on one fresh PostgreSQL database and one Meilisearch. Publishes are spread over both CMS processes;
 * half-way one is killed with SIGKILL (its outbox claims left behind) and restarted. While they run, the index is
 * polled every 100 ms (publish → in the index, per publish), and every `--page-every` publishes the home page
 * (the newest articles) is checked on both sites until it shows the new title (both page caches invalidated). Prints and writes:
 * publishes that became searchable, duplicate index entries, search:reconcile's drift, the lags, and the page
 * checks (JSON + SVG in bench/results/).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { createClient, indexUid, startMeilisearch } from '@kunskapsnavet/search';
import { createTestDatabase } from '../lib/throwaway-database.ts';
import { killHard, startReplica } from '../lib/cms-replica.ts';
import { generateSecrets } from '../lib/env-file.ts';
import { ROOT } from '../lib/paths.ts';
import { summarize } from '../lib/stats.ts';
import { pageLag, sitePorts, startSites } from './replica-sites.ts';
import { lagChart } from './svg.ts';

const { values } = parseArgs({ options: { publishes: { type: 'string', default: '500' }, 'page-every': { type: 'string', default: '25' } } });
const PUBLISHES = Number(values.publishes);
const PAGE_EVERY = Number(values['page-every']);
const log = (line: string) => process.stderr.write(`${line}\n`);
if (process.env.DATABASE_CLIENT !== 'postgres') throw new Error('bench:replicas needs PostgreSQL: run `source .ci/postgres.sh` first');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-replicas-'));
const database = await createTestDatabase();
const secrets = generateSecrets();
const masterKey = secrets.MEILI_MASTER_KEY ?? '';
const meili = await startMeilisearch({ dataDir: path.join(tmp, 'meili'), masterKey, env: 'development' });
const ports = await sitePorts(2);
const tokenFile = path.join(tmp, 'site.env');
const env: Record<string, string> = {
  ...secrets, ...database.env, MEILI_URL: meili.url, NODE_ENV: 'development', SITE_TOKEN_FILE: tokenFile, KN_DATA_DIR: tmp, SEARCH_SYNC_POLL_MS: '200',
  // Both CMS processes tell both sites about every change, signed with the shared secret.
  SITE_URLS: ports.map((port) => `http://127.0.0.1:${port}`).join(','),
};
const out = fs.createWriteStream(path.join(tmp, 'cms.log'));
const cmsLog = (line: string) => out.write(`${line}\n`);
const master = createClient({ url: meili.url, apiKey: masterKey, timeoutMs: 30_000 });
/** What was started, stopped last-first also when the run fails half-way (no orphaned processes). */
const started: { stop: () => Promise<unknown> }[] = [];
try {
  log('Starting CMS 1 (seeds the demo content into the empty database)…');
  const first = await startReplica({ ...env, SEED_ON_EMPTY: 'true' }, cmsLog, 600_000);
  started.push(first);
  log('Starting CMS 2 and two site processes…');
  let second = await startReplica(env, cmsLog, 600_000);
  started.push({ stop: () => second.stop() });
  const sites = await startSites(ports, { cmsUrl: first.url, meiliUrl: meili.url, master, tokenFile, cacheSecret: secrets.NUXT_CACHE_INVALIDATION_SECRET ?? '', log: cmsLog });
  started.push(sites);
  const login = await fetch(`${first.url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@kunskapsnavet.example', password: 'Kunskapsnavet-dev-1' }) }).then((r) => r.json());
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${login.data.token}` };
  const base = '/content-manager/collection-types/api::research-article.research-article';
  const study = { authors: [{ name: 'David J. Teece' }], year: 2010, title: 'Business Models, Business Strategy and Innovation', venue: 'Long Range Planning 43(2–3), 172–194', doi: '10.1016/j.lrp.2009.07.003', openAccess: false };
  const run = `replika${Date.now().toString(36)}`;
  const published: { documentId: string; at: number }[] = [];
  const seenAt = new Map<string, number>();
  let entries: { id: string; documentId: string; slug: string }[] = [];
  /** One look at the index: which of this run's documents it holds (first seen now), and every entry (duplicates). */
  const poll = async () => {
    const found: typeof entries = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await master.index(indexUid('sv')).getDocuments<{ id: string; documentId: string; slug: string }>({ fields: ['id', 'documentId', 'slug'], limit: 1000, offset });
      found.push(...page.results.filter((d) => d.slug.startsWith(`${run}-`)));
      if (page.results.length < 1000) break;
    }
    const now = Date.now();
    for (const entry of found) if (!seenAt.has(entry.documentId)) seenAt.set(entry.documentId, now);
    entries = found;
  };
  let publishing = true;
  // Polled while the publishes run, so each publish's lag is its own (within the poll's 100 ms), not the wait for the last.
  const poller = (async () => {
    while (publishing) {
      await poll();
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const pageChecks: { publish: number; ms: number | null }[] = [];
  for (let i = 0; i < PUBLISHES; i += 1) {
    if (i === Math.floor(PUBLISHES / 2)) {
      log(`SIGKILL CMS 2 after ${i} publishes, restarting it…`);
      await killHard(second.service);
      second = await startReplica(env, cmsLog, 600_000);
    }
    const url = i % 2 === 0 ? first.url : second.url;
    const title = `Replikmätning ${run} nummer ${i}`;
    const body = { title, slug: `${run}-${i}`, summary: 'Mätning av två CMS-processer.', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Text.' }] }], evidence: 'survey', readingMinutes: 3, originalStudy: study };
    const checkPage = (i + 1) % PAGE_EVERY === 0;
    // The home page (newest articles first) is in both sites' caches before this publish: showing the new title
    // proves each cache was told. (The article list is by title and capped, so a new one need not be on it.)
    if (checkPage) for (const site of sites.urls) for (let n = 0; n < 2; n += 1) await fetch(new URL('/', site)).then((r) => r.arrayBuffer());
    const created = await fetch(`${url}${base}?locale=sv`, { method: 'POST', headers, body: JSON.stringify(body) }).then((r) => r.json());
    const at = Date.now();
    await fetch(`${url}${base}/${created.data.documentId}/actions/publish?locale=sv`, { method: 'POST', headers, body: '{}' });
    published.push({ documentId: created.data.documentId, at });
    if (checkPage) pageChecks.push({ publish: i + 1, ms: await pageLag(sites.urls, '/', title, at) });
  }
  log('Waiting until every publish is searchable…');
  publishing = false;
  await poller;
  const deadline = Date.now() + 300_000;
  while (seenAt.size < PUBLISHES && Date.now() < deadline) {
    await poll();
    await new Promise((r) => setTimeout(r, 250));
  }
  await poll();
  const duplicates = entries.length - new Set(entries.map((e) => e.documentId)).size;
  const reconcile = await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/src/search-reconcile.ts'), '--dry-run', '--json'], { env: { ...process.env, ...env }, maxBuffer: 1 << 24 });
  const report = JSON.parse(reconcile.stdout.split('\n').find((line) => line.startsWith('{"drift"')) ?? '{}');
  const lags = published.map((p) => (seenAt.get(p.documentId) ?? Number.NaN) - p.at).filter(Number.isFinite);
  const shown = pageChecks.flatMap((check) => (check.ms === null ? [] : [check.ms]));
  const result = {
    publishes: PUBLISHES, searchable: published.filter((p) => seenAt.has(p.documentId)).length, duplicates, drift: report.drift, outbox: report.outbox,
    publishToIndexMs: summarize(lags), sites: sites.urls.length, pageChecks: { checks: pageChecks.length, shownOnBothSites: shown.length, ms: summarize(shown), each: pageChecks },
  };
  console.log('\nTwo CMS processes, two site processes, one PostgreSQL, one Meilisearch; CMS 2 SIGKILLed half-way and restarted:');
  console.table({
    result: { publishes: result.publishes, searchable: result.searchable, duplicates, 'drift sv': JSON.stringify(report.drift?.sv), 'drift en': JSON.stringify(report.drift?.en) },
  });
  console.table({
    'publish → in the index (ms)': { n: result.publishToIndexMs.n, p50: result.publishToIndexMs.p50, p95: result.publishToIndexMs.p95, max: result.publishToIndexMs.max },
    'publish → home page on both sites (ms)': { n: `${shown.length}/${pageChecks.length}`, p50: result.pageChecks.ms.p50, p95: result.pageChecks.ms.p95, max: result.pageChecks.ms.max },
  });
  const file = path.join(ROOT, 'bench', 'results', `replicas-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...result, loadAverage: os.loadavg() }, null, 2));
  fs.writeFileSync(file.replace(/\.json$/, '.svg'), lagChart('Two CMS + two site processes: publish → index, publish → both sites\' home page (ms)', [{ label: 'in the index', values: lags }, { label: 'on both sites', values: shown }], 1000));
  console.log(`JSON: ${path.relative(ROOT, file)}`);
} finally {
  for (const service of started.reverse()) await service.stop().catch(() => undefined);
  await meili.stop();
  await database.drop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
