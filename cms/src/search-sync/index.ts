import type { Core } from '@strapi/strapi';
import { searchSyncConfig } from './config';
import { syncOutboxMiddleware } from './middleware';
import { search } from './search-lib';
import { notifySites } from '../site-cache';
import { createSyncWorker, type SyncWorker } from './worker';

let worker: SyncWorker | null = null;

/** register(): every change writes an outbox entry, with or without a reachable search engine. */
export function registerSearchSync(strapi: Core.Strapi): void {
  strapi.documents.use(syncOutboxMiddleware(strapi, () => void worker?.kick()));
}

/** bootstrap(): index settings (best effort) and the outbox worker, when search is configured. */
export async function startSearchSync(strapi: Core.Strapi): Promise<void> {
  const config = searchSyncConfig(strapi);
  if (!config.url || !config.masterKey) {
    strapi.log.warn('[search] MEILI_URL or MEILI_MASTER_KEY not set: changes are queued in the outbox but not indexed.');
    return;
  }
  try {
    const client = search.createClient({ url: config.url, apiKey: config.masterKey });
    await search.ensureIndexes(client, { prefix: config.indexPrefix });
    // After an upgrade that renamed or added a document field: say so at every start until someone reindexes. Not
    // done here, because one reindex must run at a time and every CMS replica starts this.
    for (const stale of await search.staleIndexes(client, config.indexPrefix)) {
      strapi.log.warn(`[search] ${stale.uid} holds documents of an older shape (missing ${stale.missing.join(', ')}): filters, facets and sorting on those fields find nothing until \`npm run reindex\` (no downtime).`);
    }
  } catch (error) {
    // Not fatal: the worker creates indexes with their settings on its first successful write.
    strapi.log.warn(`[search] Meilisearch not reachable at start (${String(error)}); the outbox keeps every change until it is.`);
  }
  if (!config.workerEnabled) return;
  worker = createSyncWorker(strapi, config, () => notifySites(strapi, { uid: 'search-index', action: 'indexed' }));
  worker.start();
}

export async function stopSearchSync(): Promise<void> {
  await worker?.stop();
  worker = null;
}
