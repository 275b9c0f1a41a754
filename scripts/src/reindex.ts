/**
 * `npm run reindex [-- --json]`: builds fresh indexes beside the live ones from every published document, swaps
 * them in atomically and drops the old ones (search answers throughout), then reconciles what changed meanwhile.
 */
import { parseArgs } from 'node:util';
import { clientFromEnv, reindex } from '@kunskapsnavet/search';
import { withCms } from './lib/cms-cli.ts';
import { cmsCli } from './lib/strapi-app.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });

function progress(line: string) {
  process.stderr.write(process.stderr.isTTY ? `\r${line.padEnd(40)}` : `${line}\n`);
}

const code = await withCms(async (strapi, env) => {
  const { client, prefix } = clientFromEnv('admin', env);
  const { publishedDocuments, reconcile, supersede } = cmsCli();
  const snapshotStart = new Date();
  const source = { readMs: 0, mapMs: 0 };
  let last = '';
  const report = await reindex({
    client,
    prefix,
    source: (locale) => publishedDocuments(strapi, locale, source),
    onProgress: ({ phase, locale, documents }) => {
      const line = `${phase.padEnd(8)} ${locale ?? ''} ${documents ?? ''}`.trimEnd();
      if (line !== last) progress((last = line));
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  const drift = await reconcile(strapi, client, prefix);
  const superseded = await supersede(strapi, snapshotStart);
  const totalMs = Date.now() - snapshotStart.getTime();
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  // Reading and mapping overlap Meilisearch's indexing, so the phases add up to more than the wall time.
  const phases = { readMs: source.readMs, mapMs: source.mapMs, sendMs: report.timings.sendMs, indexingMs: report.timings.indexingMs };
  if (values.json) {
    console.log(JSON.stringify({ reindexMs: report.durationMs, totalMs, maxRssMb, phases, indexes: report.indexes, drift, superseded }));
    return;
  }
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`Reindexed in ${seconds(report.durationMs)} (with reconcile ${seconds(totalMs)}), peak RSS ${maxRssMb} MB:`);
  console.log(`  reading ${seconds(phases.readMs)}, mapping ${seconds(phases.mapMs)}, sending ${seconds(phases.sendMs)}, Meilisearch indexing ${seconds(phases.indexingMs)} (overlapping)`);
  console.table(report.indexes);
  console.log('Changes made during the reindex, repaired afterwards:');
  console.table(drift);
  if (superseded > 0) console.log(`${superseded} queued change(s) already covered by the new indexes were dropped from the outbox.`);
});
process.exit(code);
