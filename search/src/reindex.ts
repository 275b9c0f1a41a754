import type { IndexSwap, Meilisearch } from 'meilisearch';
import { SearchDocumentSchema, type SearchDocument } from './document.ts';
import { DEFAULT_INDEX_PREFIX, indexUid, isTempIndexOf, tempIndexUid } from './indexes.ts';
import { applySettings } from './settings.ts';
import { DEFAULT_TASK_TIMEOUT_MS, waitForSuccess, type TaskOptions } from './tasks.ts';
import { LOCALES, type Locale } from './vocabulary.ts';

export type ReindexPhase = 'prepare' | 'load' | 'verify' | 'swap' | 'cleanup' | 'done';

export interface ReindexProgress {
  phase: ReindexPhase;
  locale?: Locale;
  /** Documents loaded so far into this locale's new index. */
  documents?: number;
}

export interface ReindexOptions extends TaskOptions {
  client: Meilisearch;
  /** Every document of one locale, in batches (e.g. one Strapi page per batch). */
  source: (locale: Locale) => AsyncIterable<readonly SearchDocument[]>;
  prefix?: string;
  locales?: readonly Locale[];
  onProgress?: (progress: ReindexProgress) => void;
  /** Aborting stops the load; the live indexes stay as they were and the new ones are removed. */
  signal?: AbortSignal;
  /**
   * Allow replacing a non-empty live index with an empty one. Off by default: an empty source is far
   * more often a broken CMS query than a deliberate wipe.
   */
  allowEmpty?: boolean;
}

export interface ReindexReport {
  indexes: { locale: Locale; uid: string; documents: number }[];
  durationMs: number;
}

interface Built {
  locale: Locale;
  live: string;
  temp: string;
  documents: number;
}

async function indexUids(client: Meilisearch): Promise<Set<string>> {
  return new Set((await client.getRawIndexes({ limit: 1000 })).results.map((index) => index.uid));
}

/** How many add-documents tasks may be queued at once: Meilisearch batches queued tasks together. */
const MAX_TASKS_IN_FLIGHT = 8;

/**
 * Loads one locale's documents into `temp` in batches and returns how many distinct documents it has.
 * Batches are queued without waiting for each to be indexed (Meilisearch merges queued additions into one
 * indexing run, several times faster than one at a time); at most MAX_TASKS_IN_FLIGHT wait at once, and every
 * task must succeed before the index is checked.
 */
async function load(options: ReindexOptions, locale: Locale, temp: string): Promise<number> {
  const ids = new Set<string>();
  const inFlight: Promise<unknown>[] = [];
  try {
    for await (const batch of options.source(locale)) {
      options.signal?.throwIfAborted();
      const documents = SearchDocumentSchema.array().parse(batch);
      const stray = documents.find((doc) => doc.locale !== locale);
      if (stray) throw new Error(`reindex ${locale}: source returned ${stray.id} (${stray.locale})`);
      if (documents.length === 0) continue;
      const task = waitForSuccess(options.client.index(temp).addDocuments(documents, { primaryKey: 'id' }), options);
      // A failure is reported when awaited below; until then it must not become an unhandled rejection.
      task.catch(() => {});
      inFlight.push(task);
      if (inFlight.length >= MAX_TASKS_IN_FLIGHT) await inFlight.shift();
      for (const doc of documents) ids.add(doc.id);
      options.onProgress?.({ phase: 'load', locale, documents: ids.size });
    }
    await Promise.all(inFlight);
  } catch (error) {
    // Queued additions must finish before the caller deletes the new index, or one would create it again.
    await Promise.allSettled(inFlight);
    throw error;
  }
  options.signal?.throwIfAborted();
  return ids.size;
}

/** Builds and checks the new index of one locale beside the live one. */
async function build(options: ReindexOptions, locale: Locale, live: string, stamp: number): Promise<Built> {
  const { client } = options;
  const temp = tempIndexUid(live, stamp);
  options.onProgress?.({ phase: 'prepare', locale });
  await waitForSuccess(client.createIndex(temp, { primaryKey: 'id' }), options);
  await applySettings(client, temp, locale, options);
  const documents = await load(options, locale, temp);
  options.onProgress?.({ phase: 'verify', locale, documents });
  const stats = await client.index(temp).getStats();
  if (stats.numberOfDocuments !== documents) {
    throw new Error(`reindex ${locale}: ${temp} holds ${stats.numberOfDocuments} documents, expected ${documents}`);
  }
  if (documents === 0 && !options.allowEmpty) {
    const liveStats = await client.index(live).getStats().catch(() => ({ numberOfDocuments: 0 }));
    if (liveStats.numberOfDocuments > 0) throw new Error(`reindex ${locale}: source is empty; refusing to empty ${live}`);
  }
  return { locale, live, temp, documents };
}

/** Deletes indexes and waits; a missing index (its task fails) is fine, the goal is that it is gone. */
async function deleteQuietly(client: Meilisearch, uids: readonly string[], options: TaskOptions): Promise<void> {
  const timeout = options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
  await Promise.all(uids.map((uid) => client.deleteIndex(uid).waitTask({ timeout }).catch(() => undefined)));
}

/**
 * Rebuilds the content indexes without downtime: for each locale a fresh `<live>__tmp_<ts>` index is
 * created, given the settings, loaded batch by batch (several tasks queued at once) and its document count
 * verified; then all locales are swapped in with one atomic `swapIndexes` (a live index that does not
 * exist yet is created by renaming) and the old contents are deleted. Searches keep being answered by
 * the old indexes until the swap. Any failure or abort before the swap leaves the live indexes untouched
 * and removes the new ones. Run one reindex at a time: leftovers of an interrupted run are removed first.
 * Sync writes that land in a live index during a reindex are lost at the swap; replay them afterwards.
 */
export async function reindex(options: ReindexOptions): Promise<ReindexReport> {
  const started = Date.now();
  const { client, prefix = DEFAULT_INDEX_PREFIX, locales = LOCALES } = options;
  const lives = locales.map((locale) => indexUid(locale, prefix));
  const existing = await indexUids(client);
  const leftovers = [...existing].filter((uid) => lives.some((live) => isTempIndexOf(live, uid)));
  await deleteQuietly(client, leftovers, options);

  const built: Built[] = [];
  try {
    for (const locale of locales) built.push(await build(options, locale, indexUid(locale, prefix), started));
    options.onProgress?.({ phase: 'swap' });
    const swaps: IndexSwap[] = built.map((b) =>
      existing.has(b.live) ? { indexes: [b.live, b.temp], rename: false } : { indexes: [b.temp, b.live], rename: true },
    );
    // A failed swap task changes nothing (swaps are all-or-nothing), so cleaning up is still safe.
    await waitForSuccess(client.swapIndexes(swaps), options);
  } catch (error) {
    await deleteQuietly(client, lives.map((live) => tempIndexUid(live, started)), options);
    throw error;
  }

  options.onProgress?.({ phase: 'cleanup' });
  await Promise.all(built.filter((b) => existing.has(b.live)).map((b) => waitForSuccess(client.deleteIndex(b.temp), options)));
  options.onProgress?.({ phase: 'done' });
  return {
    indexes: built.map(({ locale, live, documents }) => ({ locale, uid: live, documents })),
    durationMs: Date.now() - started,
  };
}
