/**
 * `npm test`: builds what the suites need (the CMS), then runs every workspace's vitest project against real
 * services that the suites start themselves (Strapi, Meilisearch). Extra arguments go to vitest,
 * e.g. `npm test -- --project cms`.
 */
import path from 'node:path';
import { cmsEnv, ensureCmsBuilt } from './lib/cms.ts';
import { ROOT } from './lib/paths.ts';
import { run } from './lib/supervisor.ts';

const started = Date.now();
await ensureCmsBuilt(cmsEnv(process.env, {}), console.log);
const vitest = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
try {
  await run(process.execPath, [vitest, 'run', ...process.argv.slice(2)], { cwd: ROOT });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
console.log(`npm test finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
