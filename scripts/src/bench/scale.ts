/**
 * `npm run bench:search -- --scale 10000,50000,100000`: the scale curve. At each size (documents per locale,
 * Swedish index), one full reindex through the project's streaming loader in a child process (wall time, peak
 * RSS), then query latency of the query API against the same requests sent raw to Meilisearch. The documents are
 * generated (corpus.ts) rather than read from Strapi, so 100k fit in a run: what the curve measures is our
 * search and reindex code against Meilisearch's own cost at that size. Writes table, JSON and SVG.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createClient, ensureIndexes, ensureSearchKey, parseSearchInput, search, startMeilisearch } from '@kunskapsnavet/search';
import { ROOT } from '../lib/paths.ts';
import { summarize, timed } from '../lib/stats.ts';
import { BENCH_QUERIES } from './queries.ts';
import { rawSearch } from './raw-search.ts';
import { scaleChart } from './svg.ts';

const run = promisify(execFile);
const round = (n: number) => Math.round(n * 10) / 10;

export async function runScale(sizes: number[], rounds: number, log: (line: string) => void): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-scale-'));
  const masterKey = `scale-${Date.now()}-0123456789abcdef`;
  const meili = await startMeilisearch({ dataDir: path.join(tmp, 'meili'), masterKey, env: 'development' });
  const rows: Record<string, Record<string, number>> = {};
  try {
    const master = createClient({ url: meili.url, apiKey: masterKey, timeoutMs: 60_000 });
    await ensureIndexes(master);
    const { key } = await ensureSearchKey(master);
    const client = createClient({ url: meili.url, apiKey: key, transport: 'node-http' });
    for (const size of sizes) {
      log(`Scale ${size}: reindex…`);
      const out = await run(process.execPath, [path.join(ROOT, 'scripts/src/bench/scale-reindex.ts'), '--size', String(size)], { env: { ...process.env, MEILI_URL: meili.url, MEILI_MASTER_KEY: masterKey }, maxBuffer: 1 << 24 });
      const reindexed: { reindexMs: number; maxRssMb: number; timings: { indexingMs: number } } = JSON.parse(out.stdout.trim().split('\n').at(-1) ?? '{}');
      log(`Scale ${size}: ${BENCH_QUERIES.sv.length} queries × ${rounds} rounds…`);
      const ours: number[] = [];
      const raw: number[] = [];
      for (const q of BENCH_QUERIES.sv) await Promise.all([search(client, parseSearchInput({ q, locale: 'sv' })), rawSearch(meili.url, key, q, 'sv')]);
      for (let r = 0; r < rounds; r += 1) {
        for (const q of BENCH_QUERIES.sv) {
          ours.push((await timed(() => search(client, parseSearchInput({ q, locale: 'sv' })))).ms);
          raw.push((await timed(() => rawSearch(meili.url, key, q, 'sv'))).ms);
        }
      }
      const o = summarize(ours);
      const w = summarize(raw);
      rows[String(size)] = {
        'ours p50 ms': round(o.p50), 'ours p95 ms': round(o.p95), 'raw p50 ms': round(w.p50), 'raw p95 ms': round(w.p95),
        'ours/raw p50': Math.round((o.p50 / w.p50) * 100) / 100, 'ours/raw p95': Math.round((o.p95 / w.p95) * 100) / 100,
        'reindex s': round(reindexed.reindexMs / 1000), 'Meilisearch indexing s': round(reindexed.timings.indexingMs / 1000),
        'reindex / Meilisearch': Math.round((reindexed.reindexMs / reindexed.timings.indexingMs) * 100) / 100, 'reindex peak RSS MB': reindexed.maxRssMb,
      };
      console.table({ [size]: rows[String(size)] });
    }
  } finally {
    await meili.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`\nScale curve (Swedish index, generated documents), load average ${os.loadavg()[0]?.toFixed(1)} (${os.cpus().length} cores)`);
  console.table(rows);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const out = path.join(ROOT, 'bench', 'results', `search-scale-${stamp}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ sizes, rounds, node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg().map(round), rows }, null, 2));
  const points = sizes.map((x) => ({ x, values: { 'ours p95': rows[String(x)]?.['ours p95 ms'] ?? 0, 'raw p95': rows[String(x)]?.['raw p95 ms'] ?? 0, 'reindex': rows[String(x)]?.['reindex s'] ?? 0, 'RSS': rows[String(x)]?.['reindex peak RSS MB'] ?? 0 } }));
  fs.writeFileSync(out.replace(/\.json$/, '.svg'), scaleChart('Search at scale: p95 latency, reindex time and RSS', points, { 'ours p95': 'ms', 'raw p95': 'ms', reindex: 's', RSS: 'MB' }));
  console.log(`JSON: ${path.relative(ROOT, out)} (chart: ${path.relative(ROOT, out.replace(/\.json$/, '.svg'))})`);
}
