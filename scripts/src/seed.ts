/**
 * `npm run seed`: loads the demo content (cms/seed) through Strapi's Document Service and prints the published
 * counts per type and locale. Idempotent. `npm run seed -- --synthetic N` adds N deterministic synthetic items.
 */
import { parseArgs } from 'node:util';
import { cmsEnv, ensureCmsBuilt } from './lib/cms.ts';
import { stackEnv } from './lib/dev-stack.ts';
import { cmsModule, loadStrapi } from './lib/strapi-app.ts';

type SeedModule = typeof import('../../cms/src/seed/index.ts');
type SyntheticModule = typeof import('../../cms/src/seed/synthetic.ts');

const { values } = parseArgs({ options: { synthetic: { type: 'string' }, quiet: { type: 'boolean', default: false } } });
const synthetic = values.synthetic === undefined ? 0 : Number(values.synthetic);
if (!Number.isInteger(synthetic) || synthetic < 0) {
  console.error(`--synthetic must be a whole number ≥ 0, got "${values.synthetic}"`);
  process.exit(2);
}

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
  console.log('Published items per type and locale:');
  console.table(await seed.publishedCounts(strapi));
} finally {
  await strapi.destroy();
}
