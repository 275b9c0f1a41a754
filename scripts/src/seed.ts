/**
 * `npm run seed`: loads the demo content (cms/seed) through Strapi's Document Service and prints the published
 * counts per type and locale. Idempotent. `npm run seed -- --synthetic N` adds N deterministic synthetic items;
 * `--needs-synthetic N` replaces the synthetic needs-check responses with N deterministic ones.
 */
import { parseArgs } from 'node:util';
import { cmsEnv, ensureCmsBuilt } from './lib/cms.ts';
import { stackEnv } from './lib/dev-stack.ts';
import { cmsModule, loadStrapi } from './lib/strapi-app.ts';

type SeedModule = typeof import('../../cms/src/seed/index.ts');
type SyntheticModule = typeof import('../../cms/src/seed/synthetic.ts');
type NeedsSyntheticModule = typeof import('../../cms/src/needs/synthetic.ts');

const { values } = parseArgs({ options: { synthetic: { type: 'string' }, 'needs-synthetic': { type: 'string' }, quiet: { type: 'boolean', default: false } } });

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

Object.assign(process.env, cmsEnv(stackEnv(), { SEED_ON_EMPTY: 'false' }));
await ensureCmsBuilt(process.env, console.log);
const strapi = await loadStrapi();
try {
  const seed = cmsModule<SeedModule>('seed/index.js');
  const started = Date.now();
  const report = await seed.seedDemoContent(strapi, { quiet: values.quiet });
  console.log(`\nDemo content (${((Date.now() - started) / 1000).toFixed(1)} s):`);
  console.table(report);
  if (synthetic > 0) {
    const { seedSynthetic } = cmsModule<SyntheticModule>('seed/synthetic.js');
    const result = await seedSynthetic(strapi, { count: synthetic, quiet: values.quiet });
    console.log(`Synthetic items: ${result.created} created, ${result.existing} already there (${(result.ms / 1000).toFixed(1)} s)`);
  }
  if (needsSynthetic !== undefined) {
    const { replaceSyntheticResponses } = cmsModule<NeedsSyntheticModule>('needs/synthetic.js');
    const result = await replaceSyntheticResponses(strapi, needsSynthetic);
    console.log(`Synthetic needs-check responses: ${result.deleted} removed, ${result.created} created (marked synthetic)`);
  }
  console.log('Published items per type and locale:');
  console.table(await seed.publishedCounts(strapi));
} finally {
  await strapi.destroy();
}
