/**
 * `npm run search:reconcile [-- --dry-run] [--json]`: compares Strapi's published set with each search index and repairs
 * the drift (missing, stale and orphaned entries), printing what it found and the search outbox's dead letters.
 */
import { parseArgs } from 'node:util';
import { clientFromEnv } from '@kunskapsnavet/search';
import { cmsCli } from './lib/strapi-app.ts';
import { withCms } from './lib/cms-cli.ts';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
const code = await withCms(async (strapi, env) => {
  const { client, prefix } = clientFromEnv('admin', env);
  const { reconcile, outboxCounts, deadLetters } = cmsCli();
  const report = await reconcile(strapi, client, prefix, { dryRun: values['dry-run'] });
  if (values.json) {
    // One line for scripts and tests (the replica test checks 0 drift with it).
    console.log(JSON.stringify({ drift: report, outbox: await outboxCounts(strapi) }));
    return;
  }
  console.log(values['dry-run'] ? 'Drift found (dry run, nothing changed):' : 'Drift found and repaired:');
  console.table(report);
  // Changes the outbox worker gave up on (SEARCH_SYNC_MAX_ATTEMPTS, or a document the index cannot hold).
  const { pending, dead } = await outboxCounts(strapi);
  console.log(`Search outbox: ${pending} pending, ${dead} dead letter(s).`);
  if (dead > 0) console.table(await deadLetters(strapi));
});
process.exit(code);
