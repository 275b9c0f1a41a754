/**
 * `npm run bench:replicas [-- --publishes 500]` (after `source .ci/postgres.sh`): two CMS processes on one fresh
 * PostgreSQL database and one Meilisearch. Publishes are spread over both; half-way one is killed with SIGKILL
 * (its outbox claims left behind) and restarted. Prints and writes: publishes that became searchable, duplicate
 * index entries, search:reconcile's drift, and the publish → searchable lag (JSON + SVG in bench/results/).
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
import { lagChart } from './svg.ts';

const { values } = parseArgs({ options: { publishes: { type: 'string', default: '500' } } });
const PUBLISHES = Number(values.publishes);
const log = (line: string) => process.stderr.write(`${line}\n`);
if (process.env.DATABASE_CLIENT !== 'postgres') throw new Error('bench:replicas needs PostgreSQL: run `source .ci/postgres.sh` first');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-replicas-'));
const database = await createTestDatabase();
const masterKey = generateSecrets().MEILI_MASTER_KEY;
const meili = await startMeilisearch({ dataDir: path.join(tmp, 'meili'), masterKey, env: 'development' });
const env: Record<string, string> = { ...generateSecrets(), ...database.env, MEILI_MASTER_KEY: masterKey, MEILI_URL: meili.url, NODE_ENV: 'development', SITE_TOKEN_FILE: path.join(tmp, 'site.env'), KN_DATA_DIR: tmp, SEARCH_SYNC_POLL_MS: '200' };
const out = fs.createWriteStream(path.join(tmp, 'cms.log'));
const cmsLog = (line: string) => out.write(`${line}\n`);
try {
  log('Starting CMS 1 (seeds the demo content into the empty database)…');
  const first = await startReplica({ ...env, SEED_ON_EMPTY: 'true' }, cmsLog, 600_000);
  log('Starting CMS 2…');
  let second = await startReplica(env, cmsLog, 600_000);
  const login = await fetch(`${first.url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@kunskapsnavet.example', password: 'Kunskapsnavet-dev-1' }) }).then((r) => r.json());
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${login.data.token}` };
  const base = '/content-manager/collection-types/api::research-article.research-article';
  const study = { authors: [{ name: 'David J. Teece' }], year: 2010, title: 'Business Models, Business Strategy and Innovation', venue: 'Long Range Planning 43(2–3), 172–194', doi: '10.1016/j.lrp.2009.07.003', openAccess: false };
  const run = `replika${Date.now().toString(36)}`;
  const published: { documentId: string; at: number }[] = [];
  for (let i = 0; i < PUBLISHES; i += 1) {
    if (i === Math.floor(PUBLISHES / 2)) {
      log(`SIGKILL CMS 2 after ${i} publishes, restarting it…`);
      await killHard(second.service);
      second = await startReplica(env, cmsLog, 600_000);
    }
    const url = i % 2 === 0 ? first.url : second.url;
    const body = { title: `Replikmätning ${run} nummer ${i}`, slug: `${run}-${i}`, summary: 'Mätning av två CMS-processer.', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Text.' }] }], evidence: 'survey', readingMinutes: 3, originalStudy: study };
    const created = await fetch(`${url}${base}?locale=sv`, { method: 'POST', headers, body: JSON.stringify(body) }).then((r) => r.json());
    await fetch(`${url}${base}/${created.data.documentId}/actions/publish?locale=sv`, { method: 'POST', headers, body: '{}' });
    published.push({ documentId: created.data.documentId, at: Date.now() });
  }
  log('Waiting until every publish is searchable…');
  const master = createClient({ url: meili.url, apiKey: masterKey, timeoutMs: 30_000 });
  const seenAt = new Map<string, number>();
  const deadline = Date.now() + 300_000;
  let entries: { id: string; documentId: string; slug: string }[] = [];
  while (seenAt.size < PUBLISHES && Date.now() < deadline) {
    entries = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await master.index(indexUid('sv')).getDocuments<{ id: string; documentId: string; slug: string }>({ fields: ['id', 'documentId', 'slug'], limit: 1000, offset });
      entries.push(...page.results.filter((d) => d.slug.startsWith(`${run}-`)));
      if (page.results.length < 1000) break;
    }
    for (const entry of entries) if (!seenAt.has(entry.documentId)) seenAt.set(entry.documentId, Date.now());
    await new Promise((r) => setTimeout(r, 250));
  }
  const duplicates = entries.length - new Set(entries.map((e) => e.documentId)).size;
  const reconcile = await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/src/search-reconcile.ts'), '--dry-run', '--json'], { env: { ...process.env, ...env }, maxBuffer: 1 << 24 });
  const report = JSON.parse(reconcile.stdout.split('\n').find((line) => line.startsWith('{"drift"')) ?? '{}');
  // Upper bounds: the index is polled every ~250 ms after the last publish, so early publishes' lags include waiting.
  const lags = published.map((p) => (seenAt.get(p.documentId) ?? Number.NaN) - p.at).filter(Number.isFinite);
  const result = { publishes: PUBLISHES, searchable: published.filter((p) => seenAt.has(p.documentId)).length, duplicates, drift: report.drift, outbox: report.outbox, lagUpperBoundMs: summarize(lags) };
  console.log('\nTwo CMS processes, one PostgreSQL, one Meilisearch; CMS 2 SIGKILLed half-way and restarted:');
  console.table({ result: { publishes: result.publishes, searchable: result.searchable, duplicates, 'drift sv': JSON.stringify(report.drift?.sv), 'drift en': JSON.stringify(report.drift?.en) } });
  const file = path.join(ROOT, 'bench', 'results', `replicas-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...result, loadAverage: os.loadavg() }, null, 2));
  fs.writeFileSync(file.replace(/\.json$/, '.svg'), lagChart('Publish → in the index, two replicas (upper bounds, ms)', [{ label: 'publishes', values: lags }], 1000));
  console.log(`JSON: ${path.relative(ROOT, file)}`);
  await second.stop();
  await first.stop();
} finally {
  await meili.stop();
  await database.drop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
