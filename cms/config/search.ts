import type { Core } from '@strapi/strapi';
import { SEARCH_SYNC_DEFAULTS as D } from '../src/search-sync/config';

/** Search sync settings (read as strapi.config.get('search')). Without MEILI_URL the CMS runs without search. */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  url: env('MEILI_URL', ''),
  masterKey: env('MEILI_MASTER_KEY', ''),
  indexPrefix: env('MEILI_INDEX_PREFIX', D.indexPrefix),
  /** Set false on replicas that should not run the outbox worker (every replica may; claims are atomic). */
  workerEnabled: env.bool('SEARCH_SYNC_WORKER', D.workerEnabled),
  /** How often the worker looks for due entries when nothing nudges it, in ms. */
  pollMs: env.int('SEARCH_SYNC_POLL_MS', D.pollMs),
  batchSize: env.int('SEARCH_SYNC_BATCH', D.batchSize),
  /** Failed attempts (with backoff: 0.5 s doubling to 30 s) before an entry is set aside as a dead letter. */
  maxAttempts: env.int('SEARCH_SYNC_MAX_ATTEMPTS', D.maxAttempts),
  /** Log each outbox batch's phases (claim, plan, enqueue, index) as one JSON line, for bench:search. */
  trace: env.bool('SEARCH_SYNC_TRACE', D.trace),
});
