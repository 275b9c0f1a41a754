/**
 * `npm run seed`: loads the demo content (cms/seed) through Strapi's Document Service and prints the published
 * counts per type and locale. Idempotent. `--synthetic N` adds N deterministic synthetic items; `--import FILE`
 * loads an archive (NDJSON, one item a line, see cms/src/seed/bulk/rows.ts): both through the bulk importer (each
 * row validated like an editor's save and publish, a bad row reported with its line and skipped, new rows written
 * in batches below the Document Service), followed by ONE full reindex (skip it with `--skip-reindex`).
 * `--needs-synthetic N` replaces the synthetic needs-check responses with N deterministic ones.
 * `npm run seed` caps the V8 heap at 1 GB: measured, the Document Service's garbage otherwise piles up to the
 * default limit before a full collection (1.7 GB after 1,000 items, 10.9 GB reported for 10,000); capped, 1,300
 * items peaked at 0.9 GB RSS with nothing retained (the bulk writer: 1,000 items at 0.73 GB, `npm run bench:bulk`).
 * It also widens the young generation (64 MB semi-spaces): Strapi's entity validator builds a yup schema per
 * row and locale, short-lived garbage that the default 16 MB semi-spaces make V8 scavenge 4× as often; measured, 1,500
 * items took 16 % less CPU (14.7 → 12.3 ms an item) at the same peak RSS (0.75 GB).
 */
import { parseArgs } from 'node:util';
import { toSearchError } from '@kunskapsnavet/search';
import { cmsEnv, ensureCmsBuilt } from './lib/cms.ts';
import { meiliUrl } from './lib/cms-cli.ts';
import { stackEnv } from './lib/dev-stack.ts';
import { reindexAll } from './lib/reindex-all.ts';
import { cmsCli, loadStrapi, type CmsCli } from './lib/strapi-app.ts';

type Report = Awaited<ReturnType<CmsCli['importLines']>>;

const { values } = parseArgs({
  options: { synthetic: { type: 'string' }, import: { type: 'string' }, 'needs-synthetic': { type: 'string' }, quiet: { type: 'boolean', default: false }, 'skip-reindex': { type: 'boolean', default: false } },
});

function count(flag: 'synthetic' | 'needs-synthetic'): number | undefined {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${flag} must be a whole number ≥ 0, got "${raw}"`);
    process.exit(2);
  }
  return n;
}
const synthetic = count('synthetic') ?? 0;
const needsSynthetic = count('needs-synthetic');
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

function printBulk(what: string, report: Report): void {
  console.log(`${what}: ${report.created} created, ${report.existing} already there, ${report.rejected.length} rejected (${(report.ms / 1000).toFixed(1)} s, ${(report.cpuMs / 1000).toFixed(1)} s CPU, peak RSS ${peakRssMb()} MB)`);
  for (const { line, message } of report.rejected.slice(0, 50)) console.log(`  line ${line}: ${message}`);
  if (report.rejected.length > 50) console.log(`  … and ${report.rejected.length - 50} more`);
}

/** The bulk load wrote no outbox entries: one full reindex brings search up to date (or says how to, later). */
async function reindexOnce(): Promise<void> {
  try {
    const reindexed = await reindexAll(strapi, process.env, values.quiet ? undefined : (line) => process.stderr.write(`\rreindex ${line.padEnd(30)}`));
    const documents = reindexed.indexes.reduce((sum, index) => sum + index.documents, 0);
    console.log(`\nOne full reindex: ${documents} documents in ${(reindexed.durationMs / 1000).toFixed(1)} s (peak RSS so far ${peakRssMb()} MB)`);
  } catch (error) {
    if (toSearchError(error).code !== 'SearchUnavailable') throw error;
    console.log(`Meilisearch is not reachable at ${process.env.MEILI_URL}: the new items are not searchable until \`npm run reindex\`.`);
  }
}

const env = cmsEnv(stackEnv(), { SEED_ON_EMPTY: 'false' });
// The bulk load writes no outbox entries and ends with one reindex; the worker has nothing to do here.
Object.assign(process.env, env, { SEARCH_SYNC_WORKER: 'false', MEILI_URL: env.MEILI_URL || meiliUrl(env) });
await ensureCmsBuilt(process.env, console.log);
const strapi = await loadStrapi();
let exitCode = 0;
try {
  const cms = cmsCli();
  const started = Date.now();
  const report = await cms.seedDemoContent(strapi, { quiet: values.quiet });
  console.log(`\nDemo content (${((Date.now() - started) / 1000).toFixed(1)} s):`);
  console.table(report);
  let bulk = false;
  if (synthetic > 0) {
    printBulk('Synthetic items', await cms.seedSynthetic(strapi, { count: synthetic, quiet: values.quiet }));
    bulk = true;
  }
  if (values.import) {
    const result = await cms.importLines(strapi, cms.ndjsonLines(values.import), { quiet: values.quiet, label: 'import' });
    printBulk(`Imported ${values.import}`, result);
    if (result.rejected.length > 0) exitCode = 1;
    bulk = true;
  }
  if (bulk && !values['skip-reindex']) await reindexOnce();
  if (needsSynthetic !== undefined) {
    const result = await cms.replaceSyntheticResponses(strapi, needsSynthetic);
    console.log(`Synthetic needs-check responses: ${result.deleted} removed, ${result.created} created (marked synthetic)`);
  }
  console.log('Published items per type and locale:');
  console.table(await cms.publishedCounts(strapi));
  console.log(`Seed finished in ${((Date.now() - started) / 1000).toFixed(1)} s, peak RSS ${peakRssMb()} MB`);
} finally {
  await strapi.destroy();
}
process.exit(exitCode);
