/**
 * `npm run bench:bulk [-- --items N]`: the bulk load of issue 16. Seeds a throw-away database (SQLite, or a fresh
 * PostgreSQL one with DATABASE_CLIENT=postgres) with the demo content and N synthetic items (both locales,
 * published) through `npm run seed -- --synthetic N`, then runs the same command again: the second run must
 * create nothing. Prints per-item ms, items per second, peak RSS and the targets (10,000 items per locale in
 * ≤ 120 s, ≤ 1.5 GB); table + JSON + SVG in bench/results/. Search is left out (--skip-reindex): the one reindex
 * that follows a bulk load is measured by `npm run bench:search` (reindex row).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { ROOT } from '../lib/paths.ts';
import { createTestDatabase } from '../lib/throwaway-database.ts';
import { scaleChart } from './svg.ts';

const TARGET = { items: 10_000, seconds: 120, rssMb: 1536 };
const run = promisify(execFile);
const { values } = parseArgs({ options: { items: { type: 'string', default: '2000' } } });
const items = Number(values.items);
if (!Number.isInteger(items) || items <= 0) throw new Error(`--items must be a whole number > 0, got "${values.items}"`);

/** What `npm run seed` prints about the synthetic items (scripts/src/seed.ts printBulk). */
const LINE = /Synthetic items: (\d+) created, (\d+) already there, (\d+) rejected \(([\d.]+) s, ([\d.]+) s CPU, peak RSS (\d+) MB\)/;

async function seed(env: NodeJS.ProcessEnv) {
  const started = Date.now();
  // Through npm, so the run has the seed's own Node flags (its heap cap) and measures what a user runs.
  const { stdout } = await run('npm', ['run', 'seed', '--', '--synthetic', String(items), '--skip-reindex', '--quiet'], { env, cwd: ROOT, maxBuffer: 1 << 26 });
  const match = LINE.exec(stdout);
  if (!match) throw new Error(`no synthetic-items line in the seed's output:\n${stdout}`);
  const [created, existing, rejected, seconds, cpuSeconds, rssMb] = match.slice(1).map(Number);
  const perItem = (s: number) => +((s * 1000) / items).toFixed(2);
  return { created, existing, rejected, seconds, cpuSeconds, msPerItem: perItem(seconds), cpuMsPerItem: perItem(cpuSeconds), itemsPerSecond: Math.round(items / seconds), peakRssMb: rssMb, processSeconds: (Date.now() - started) / 1000 };
}

const database = await createTestDatabase();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-bench-bulk-'));
// Meilisearch is not asked (a closed port): the load is measured alone.
const env = { ...process.env, ...database.env, KN_DATA_DIR: dataDir, MEILI_URL: 'http://127.0.0.1:9' };
try {
  const first = await seed(env);
  const second = await seed(env);
  const projected = +((first.msPerItem * TARGET.items) / 1000).toFixed(1);
  // On a machine others load, wall time overstates the cost: CPU time says what the load itself needs.
  const projectedCpu = +((first.cpuMsPerItem * TARGET.items) / 1000).toFixed(1);
  const rows = {
    'first run (new items)': first,
    'second run (idempotent)': second,
  };
  console.table(rows);
  console.log(`Projected for ${TARGET.items} items per locale: ${projected} s wall, ${projectedCpu} s CPU (target ≤ ${TARGET.seconds} s), peak RSS ${first.peakRssMb} MB (target ≤ ${TARGET.rssMb} MB); second run created ${second.created} (target 0)`);
  const file = path.join(ROOT, 'bench', 'results', `bulk-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ items, database: database.env.DATABASE_CLIENT, first, second, projectedSeconds: projected, projectedCpuSeconds: projectedCpu, target: TARGET, loadAverage: os.loadavg() }, null, 2));
  const points = [{ x: 0, values: { wall: 0, CPU: 0, 'peak RSS': 0 } }, { x: items, values: { wall: first.seconds, CPU: first.cpuSeconds, 'peak RSS': first.peakRssMb } }];
  const title = `Bulk load: ${first.msPerItem} ms (${first.cpuMsPerItem} ms CPU) per item; 10k: ${projected} s (${projectedCpu} s CPU), target ${TARGET.seconds} s`;
  fs.writeFileSync(file.replace(/\.json$/, '.svg'), scaleChart(title, points, { wall: 's', CPU: 's', 'peak RSS': 'MB' }));
  console.log(`Results: ${path.relative(ROOT, file)} (+ .svg)`);
} finally {
  await database.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
