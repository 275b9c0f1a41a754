import crypto from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import type { ContentTypeUid } from '../lib/content-types';
import type { SearchSyncConfig } from './config';
import { dependentsOf } from './dependents';
import { applyPlan, emptyPlan, planDocument, searchTypeOf, type IndexPlan } from './index-document';
import { claimDue, complete, enqueue, fail, type OutboxEntry } from './outbox';
import { search } from './search-lib';

const CLAIM_MS = 60_000;

/**
 * Drains the search outbox: claims due entries, re-indexes each document from the database, queues the
 * documents that embed it, and deletes the entry only after Meilisearch confirmed. A failure (Meilisearch down,
 * a task that failed) keeps the entry and retries it with backoff; entries left from a previous run are picked
 * up on start because they are simply due.
 */
export function createSyncWorker(strapi: Core.Strapi, config: SearchSyncConfig) {
  const client = search.createClient({ url: config.url, apiKey: config.masterKey });
  const workerId = `${os.hostname()}-${process.pid}-${crypto.randomBytes(3).toString('hex')}`;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  async function planEntry(plan: IndexPlan, entry: OutboxEntry): Promise<void> {
    const uid = entry.targetUid as ContentTypeUid;
    const type = searchTypeOf(uid);
    if (type) await planDocument(strapi, plan, type, entry.targetDocumentId);
    for (const dependent of await dependentsOf(strapi, uid, entry.targetDocumentId)) {
      await enqueue(strapi, dependent.uid, dependent.documentId);
    }
  }

  /**
   * One batch: plan every claimed entry, apply the plan in one task per locale, then delete the entries. If
   * Meilisearch fails, every entry of the batch stays and is retried with backoff.
   */
  async function processBatch(): Promise<number> {
    const entries = await claimDue(strapi, workerId, config.batchSize, CLAIM_MS);
    if (entries.length === 0) return 0;
    const plan = emptyPlan();
    const planned: OutboxEntry[] = [];
    for (const entry of entries) {
      try {
        await planEntry(plan, entry);
        planned.push(entry);
      } catch (error) {
        if (!(error instanceof search.InvalidEntryError)) throw error;
        // A published entry the index cannot represent: retrying will not help; reconcile reports it.
        strapi.log.error(`[search] ${entry.targetUid} ${entry.targetDocumentId} not indexed: ${error.message}`);
        await complete(strapi, entry);
      }
    }
    try {
      await applyPlan(client, config.indexPrefix, plan);
    } catch (error) {
      if (planned.every((e) => e.attempts === 0)) strapi.log.warn(`[search] indexing ${planned.length} change(s) failed, will retry: ${String(error)}`);
      for (const entry of planned) await fail(strapi, entry, error);
      return entries.length;
    }
    for (const entry of planned) await complete(strapi, entry);
    return entries.length;
  }

  /** Runs batches until nothing is due; concurrent calls coalesce into one more pass. */
  function kick(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          if ((await processBatch()) === config.batchSize) again = true;
        } while (again && !stopped);
      } catch (error) {
        strapi.log.error(`[search] outbox worker: ${String(error)}`);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    start() {
      stopped = false;
      timer = setInterval(() => void kick(), config.pollMs);
      void kick();
    },
    kick,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}

export type SyncWorker = ReturnType<typeof createSyncWorker>;
