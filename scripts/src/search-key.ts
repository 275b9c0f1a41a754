/**
 * `npm run search-key`: makes sure the site's search-only Meilisearch key exists (MEILI_URL, MEILI_MASTER_KEY,
 * MEILI_INDEX_PREFIX) and prints it as `MEILI_SEARCH_KEY=…`. When MEILI_SEARCH_KEY is already set it must be
 * that key, or the command fails naming the right value (the site would otherwise get 403s).
 * `--offline` only computes the value from the master key, without Meilisearch (for .env before a first start).
 * Runs as the one-shot `search-init` service of docker-compose.yml.
 */
import { parseArgs } from 'node:util';
import { clientFromEnv, DEFAULT_INDEX_PREFIX, ensureSearchKey } from '@kunskapsnavet/search';
import { deriveSearchKey } from './lib/search-key.ts';

const { values } = parseArgs({ options: { offline: { type: 'boolean', default: false } } });
const env = process.env;

try {
  const prefix = env.MEILI_INDEX_PREFIX || DEFAULT_INDEX_PREFIX;
  let key: string;
  if (values.offline) {
    if (!env.MEILI_MASTER_KEY) throw new Error('MEILI_MASTER_KEY is not set');
    key = deriveSearchKey(env.MEILI_MASTER_KEY, prefix);
  } else {
    const { client } = clientFromEnv('admin', env);
    key = (await ensureSearchKey(client, { prefix })).key;
  }
  if (env.MEILI_SEARCH_KEY && env.MEILI_SEARCH_KEY !== key) {
    throw new Error(`MEILI_SEARCH_KEY is not the search key of this MEILI_MASTER_KEY and prefix "${prefix}"; set MEILI_SEARCH_KEY=${key}`);
  }
  console.log(`MEILI_SEARCH_KEY=${key}`);
} catch (error) {
  console.error(`search-key: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
