/**
 * `npm run reindex`: builds fresh indexes beside the live ones from every published document, swaps them in
 * atomically and drops the old ones (search answers throughout), then reconciles what changed meanwhile.
 */
import { clientFromEnv, reindex } from '@kunskapsnavet/search';
import { cmsModule } from './lib/strapi-app.ts';
import { withCms } from './lib/cms-cli.ts';

type SourceModule = typeof import('../../cms/src/search-sync/source.ts');
type ReconcileModule = typeof import('../../cms/src/search-sync/reconcile.ts');

const code = await withCms(async (strapi, env) => {
  const { client, prefix } = clientFromEnv('admin', env);
  const { publishedDocuments } = cmsModule<SourceModule>('search-sync/source.js');
  const { reconcile } = cmsModule<ReconcileModule>('search-sync/reconcile.js');
  const started = Date.now();
  let last = '';
  const report = await reindex({
    client,
    prefix,
    source: (locale) => publishedDocuments(strapi, locale),
    onProgress: ({ phase, locale, documents }) => {
      const line = `${phase.padEnd(8)} ${locale ?? ''} ${documents ?? ''}`.trimEnd();
      if (line === last) return;
      last = line;
      process.stderr.write(process.stderr.isTTY ? `\r${line.padEnd(40)}` : `${line}\n`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  const drift = await reconcile(strapi, client, prefix);
  console.log(`Reindexed in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
  console.table(report.indexes);
  console.log('Changes made during the reindex, repaired afterwards:');
  console.table(drift);
});
process.exit(code);
