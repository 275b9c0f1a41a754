import crypto from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import type { ContentTypeUid } from '../lib/content-types';
import type { SearchSyncConfig } from './config';
import { dependentsOf } from './dependents';
import { applyPlan, emptyPlan, mergePlans, planDocument, searchTypeOf, type IndexPlan } from './index-document';
import { claimDue, complete, enqueue, fail, type FailOptions, type OutboxEntry } from './outbox';
import { search } from './search-lib';
import { batchClock } from './trace';

const CLAIM_MS = 60_000;

interface Planned {
  entry: OutboxEntry;
  plan: IndexPlan;
}

/**
 * Drains the search outbox: claims due entries, re-indexes each document from the database, queues the
 * documents that embed it, and deletes the entry only after Meilisearch confirmed. A failure (Meilisearch down,
 * a task that failed) keeps the entry and retries it with backoff, up to SEARCH_SYNC_MAX_ATTEMPTS, then sets it
 * aside as a dead letter; failures are isolated per entry. Entries left from a previous run are picked up on
 * start because they are simply due.
 */
export function createSyncWorker(strapi: Core.Strapi, config: SearchSyncConfig, onIndexed: () => void = () => {}) {
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

  /** A failed attempt for one entry; says so in the log once when it starts failing and when it is set aside. */
  async function failEntry(entry: OutboxEntry, error: unknown, cause: FailOptions['cause']): Promise<void> {
    const dead = await fail(strapi, entry, error, { maxAttempts: config.maxAttempts, cause });
    const what = `${entry.targetUid} ${entry.targetDocumentId}`;
    if (dead) strapi.log.error(`[search] ${what} not indexed, set aside as a dead letter after ${entry.attempts + 1} attempt(s): ${String(error)}`);
  }

  /**
   * Each entry gets its own plan, so an error while reading or mapping one document (an entry the index cannot
   * represent: retrying will not help, it becomes a dead letter at once) fails that entry only.
   */
  async function planAll(entries: OutboxEntry[]): Promise<Planned[]> {
    const planned: Planned[] = [];
    for (const entry of entries) {
      const plan = emptyPlan();
      try {
        await planEntry(plan, entry);
        planned.push({ entry, plan });
      } catch (error) {
        await failEntry(entry, error, error instanceof search.InvalidEntryError ? 'permanent' : 'entry');
      }
    }
    return planned;
  }

  /** After a rejected batch task: each entry on its own, so one poison document cannot hold back the others. */
  async function applyOneByOne(planned: Planned[]): Promise<void> {
    for (const { entry, plan } of planned) {
      try {
        await applyPlan(client, config.indexPrefix, plan);
      } catch (error) {
        await failEntry(entry, error, error instanceof search.TaskFailedError ? 'entry' : 'outage');
        continue;
      }
      await complete(strapi, entry);
    }
  }

  /**
   * One batch: plan every claimed entry, apply the plans together in one task per locale, then delete the
   * entries. If Meilisearch rejects a task, the entries are retried one by one; if it cannot be reached, every
   * entry stays and is retried with backoff.
   */
  async function processBatch(): Promise<number> {
    const entries = await claimDue(strapi, workerId, config.batchSize, CLAIM_MS);
    if (entries.length === 0) return 0;
    const clock = batchClock();
    clock.mark('claimedAt');
    clock.changed(entries.map((entry) => entry.updatedAt));
    const planned = await planAll(entries);
    clock.mark('plannedAt');
    try {
      await applyPlan(client, config.indexPrefix, mergePlans(planned.map((p) => p.plan)), { onEnqueued: clock.onEnqueued });
      clock.mark('indexedAt');
    } catch (error) {
      if (error instanceof search.TaskFailedError) {
        await applyOneByOne(planned);
        onIndexed();
        return entries.length;
      }
      if (planned.some((p) => p.entry.attempts === 0)) strapi.log.warn(`[search] indexing ${planned.length} change(s) failed, will retry: ${String(error)}`);
      for (const { entry } of planned) await failEntry(entry, error, 'outage');
      return entries.length;
    }
    for (const { entry } of planned) await complete(strapi, entry);
    clock.mark('completedAt');
    if (config.trace) strapi.log.info(`[search] batch ${JSON.stringify({ entries: entries.length, ...clock.timing })}`);
    // The site's cached search pages follow the index, not only the commit.
    if (planned.length > 0) onIndexed();
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
      // At start, not in the first publish's planning (search/PERFORMANCE.md).
      search.warmMorphology();
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
