/**
 * `node scripts/src/bench/meili-probe.ts [--docs 8000] [--rounds 8]`: what Meilisearch spends a single-document
 * publish on. One raw Meilisearch, one index per settings variant (the project's settings plus a patch), each
 * loaded with the same `--docs` synthetic documents; then brand-new articles are added one at a time to each
 * index in turn (interleaved, so a busy machine slows every variant alike). Per variant: wall time, the batch's
 * duration and slowest progressTrace steps (from /batches) and the CPU time the Meilisearch process used
 * (/proc: robust against other load on the machine). No Strapi: it isolates the search engine's share.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Settings } from 'meilisearch';
import { createClient, indexSettings, startMeilisearch, waitForSuccess } from '@kunskapsnavet/search';
import { summarize } from '../lib/stats.ts';
import { batchTrace, slowestSteps, untracedMs } from './batch-trace.ts';
import { corpusChunks, newArticleDocument } from './corpus.ts';
import { processCpuMs } from '../lib/process-cpu.ts';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '8000' }, rounds: { type: 'string', default: '8' }, variants: { type: 'string' } } });
const DOCS = Number(values.docs);
const ROUNDS = Number(values.rounds);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Settings patches over the project's settings; `--variants a,b` picks some (default: all). */
const ALL_VARIANTS: Record<string, Settings> = {
  shipped: {},
  facetSearchOn: { facetSearch: true },
  prefixSearchOff: { prefixSearch: 'disabled' },
  proximityByAttribute: { proximityPrecision: 'byAttribute' },
  typoOff: { typoTolerance: { enabled: false } },
  prefixOffByAttribute: { prefixSearch: 'disabled', proximityPrecision: 'byAttribute' },
};
const VARIANTS = values.variants ? Object.fromEntries(values.variants.split(',').map((name) => [name, ALL_VARIANTS[name] ?? {}])) : ALL_VARIANTS;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-probe-'));
const masterKey = 'probe-master-key-0123456789abcdef';
const meili = await startMeilisearch({ dataDir: path.join(tmp, 'meili'), masterKey, env: 'development' });
try {
  const client = createClient({ url: meili.url, apiKey: masterKey, timeoutMs: 120_000 });
  const long = { taskTimeoutMs: 1_800_000 };
  for (const [name, patch] of Object.entries(VARIANTS)) {
    await waitForSuccess(client.createIndex(name, { primaryKey: 'id' }));
    await waitForSuccess(client.index(name).updateSettings({ ...indexSettings('sv'), ...patch }), long);
  }
  const loadStart = performance.now();
  for (const chunk of corpusChunks('sv', DOCS, 4000)) {
    for (const name of Object.keys(VARIANTS)) await waitForSuccess(client.index(name).addDocuments(chunk), long);
  }
  log(`loaded ${DOCS} documents into ${Object.keys(VARIANTS).length} indexes in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);
  const samples: Record<string, { wall: number[]; batch: number[]; cpu: number[]; untraced: number[]; steps: Record<string, number[]>; traces: Record<string, number>[] }> = {};
  let n = 0;
  for (let round = -2; round < ROUNDS; round += 1) {
    for (const name of Object.keys(VARIANTS)) {
      const { document } = newArticleDocument((n += 1), 7);
      const cpu = processCpuMs(meili.pid);
      const start = performance.now();
      const task = await waitForSuccess(client.index(name).addDocuments([document]));
      const wall = performance.now() - start;
      const used = processCpuMs(meili.pid) - cpu;
      const trace = await batchTrace(client, task.uid);
      if (round < 0 || !trace) continue; // the first two rounds warm up
      const s = (samples[name] ??= { wall: [], batch: [], cpu: [], untraced: [], steps: {}, traces: [] });
      s.wall.push(wall);
      s.cpu.push(used);
      s.batch.push(trace.durationMs);
      s.untraced.push(untracedMs(trace.steps));
      s.traces.push(trace.steps);
      for (const [step, ms] of slowestSteps(trace.steps, 8)) (s.steps[step.replace('processing tasks > indexing > ', '')] ??= []).push(ms);
    }
  }
  const results = Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, {
    'wall p50': Math.round(summarize(s.wall).p50), 'wall p95': Math.round(summarize(s.wall).p95),
    'batch p50': Math.round(summarize(s.batch).p50), 'batch p95': Math.round(summarize(s.batch).p95),
    'Meili CPU p50': Math.round(summarize(s.cpu).p50), 'untraced p50': Math.round(summarize(s.untraced).p50),
  }]));
  console.log(`\nMeilisearch, one brand-new article (~2,000–6,000 characters) into ${DOCS} documents, ${ROUNDS} rounds interleaved; load average ${os.loadavg()[0]?.toFixed(1)}`);
  console.table(results);
  for (const [name, s] of Object.entries(samples)) {
    const top = Object.entries(s.steps).map(([step, ms]) => [step, Math.round(summarize(ms).p50 * 10) / 10] as const).sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(`${name}: slowest traced steps (p50 ms): ${top.map(([step, ms]) => `${step} ${ms}`).join(' | ')}`);
  }
  const out = path.join(process.cwd(), 'bench', 'results', `meili-probe-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ docs: DOCS, rounds: ROUNDS, loadAverage: os.loadavg(), results, samples }, null, 2));
  console.log(`JSON: ${path.relative(process.cwd(), out)}`);
} finally {
  await meili.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
