/**
 * `npm run search:reconcile [-- --dry-run]`: compares Strapi's published set with each search index and repairs
 * the drift (missing, stale and orphaned entries), printing what it found.
 */
import { parseArgs } from 'node:util';
import { clientFromEnv } from '@kunskapsnavet/search';
import { cmsModule } from './lib/strapi-app.ts';
import { withCms } from './lib/cms-cli.ts';

type ReconcileModule = typeof import('../../cms/src/search-sync/reconcile.ts');

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
const code = await withCms(async (strapi, env) => {
  const { client, prefix } = clientFromEnv('admin', env);
  const { reconcile } = cmsModule<ReconcileModule>('search-sync/reconcile.js');
  const report = await reconcile(strapi, client, prefix, { dryRun: values['dry-run'] });
  console.log(values['dry-run'] ? 'Drift found (dry run, nothing changed):' : 'Drift found and repaired:');
  console.table(report);
});
process.exit(code);
