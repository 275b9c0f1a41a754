import { Meilisearch } from 'meilisearch';
import { z } from 'zod';
import { DEFAULT_INDEX_PREFIX } from './indexes.ts';
import { nodeHttpClient } from './transport.ts';

/**
 * How long one HTTP request to Meilisearch may take. Searches answer in milliseconds; waiting longer
 * only makes an outage slower to report (query.ts turns the timeout into a 503).
 */
export const REQUEST_TIMEOUT_MS = 5_000;

export interface ClientOptions {
  url: string;
  apiKey: string;
  timeoutMs?: number;
  /**
   * `node-http` for clients that only search (the site, benchmarks): ~30× lower latency than fetch here, see
   * transport.ts. Admin clients keep `fetch`, whose errors carry Meilisearch's error codes.
   */
  transport?: 'fetch' | 'node-http';
}

export function createClient({ url, apiKey, timeoutMs = REQUEST_TIMEOUT_MS, transport = 'fetch' }: ClientOptions): Meilisearch {
  return new Meilisearch({ host: url, apiKey, timeout: timeoutMs, ...(transport === 'node-http' ? { httpClient: nodeHttpClient } : {}) });
}

const EnvSchema = z.object({
  MEILI_URL: z.url({ protocol: /^https?$/ }),
  MEILI_MASTER_KEY: z.string().min(16).optional(),
  MEILI_SEARCH_KEY: z.string().min(1).optional(),
  MEILI_INDEX_PREFIX: z.string().regex(/^[a-zA-Z0-9_-]{1,100}$/).default(DEFAULT_INDEX_PREFIX),
});

/**
 * Who is asking: `admin` (cms sync, reindex, settings, key creation) uses MEILI_MASTER_KEY;
 * `search` (the site's server routes) uses MEILI_SEARCH_KEY, a search-only key from keys.ts, so the
 * master key never has to leave the CMS side.
 */
export type ClientRole = 'admin' | 'search';

export interface EnvClient {
  client: Meilisearch;
  prefix: string;
}

/** A client configured from the environment; throws naming the missing or invalid variable. */
export function clientFromEnv(role: ClientRole, env: NodeJS.ProcessEnv = process.env): EnvClient {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`search configuration: ${z.prettifyError(parsed.error)}`);
  const config = parsed.data;
  const apiKey = role === 'admin' ? config.MEILI_MASTER_KEY : config.MEILI_SEARCH_KEY;
  if (!apiKey) {
    throw new Error(`search configuration: ${role === 'admin' ? 'MEILI_MASTER_KEY' : 'MEILI_SEARCH_KEY'} is not set`);
  }
  const transport = role === 'search' ? 'node-http' : 'fetch';
  return { client: createClient({ url: config.MEILI_URL, apiKey, transport }), prefix: config.MEILI_INDEX_PREFIX };
}
