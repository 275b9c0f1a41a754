/**
 * `npm run eval:search`: measures Swedish and English relevance with and without morphology (compound
 * parts and stems) on the demo content of cms/seed, in one Meilisearch started here on a free port with
 * a throw-away data dir. Prints recall@10 and MRR per language and variant, the queries whose rank
 * changed, indexing time and query p50 of both, the top 3 of the queries in queries/judge.yaml, and
 * writes everything as JSON to eval/results/. Exits 1 when a relevance target is missed; timings are
 * reported, not enforced (they depend on the machine).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '../src/client.ts';
import { startMeilisearch } from '../src/server.ts';
import { evaluate, type EvalReport } from './evaluate.ts';
import { printReport } from './report.ts';

const RESULTS_DIR = fileURLToPath(new URL('results/', import.meta.url));

async function main(): Promise<number> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kunskapsnavet-eval-'));
  const masterKey = randomBytes(24).toString('hex');
  const meili = await startMeilisearch({ dataDir, masterKey, env: 'development' });
  let report: EvalReport;
  try {
    const client = (transport?: 'node-http') => createClient({ url: meili.url, apiKey: masterKey, timeoutMs: 60_000, transport });
    report = await evaluate(client(), { quick: process.argv.includes('--quick'), searchClient: client('node-http') });
  } finally {
    await meili.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  printReport(report);
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `eval-${report.startedAt.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
  return report.targets.relevanceMet ? 0 : 1;
}

process.exitCode = await main();
