import type { IndexSwap, Meilisearch } from 'meilisearch';
import type { SearchDocument } from './document.ts';
import { DEFAULT_INDEX_PREFIX, indexUid, isTempIndexOf, tempIndexUid } from './indexes.ts';
import { createLoader, type Loader, type LoadTimings } from './reindex-load.ts';
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
  /** Where the load's time went (reading and mapping, sending, Meilisearch's indexing). */
  timings: LoadTimings;
}

interface Target {
  locale: Locale;
  live: string;
}

interface Built extends Target {
  temp: string;
  documents: number;
}

async function indexUids(client: Meilisearch): Promise<Set<string>> {
  return new Set((await client.getRawIndexes({ limit: 1000 })).results.map((index) => index.uid));
}

/** Creates one locale's new index beside the live one, with the settings applied before any document arrives. */
async function prepare(options: ReindexOptions, locale: Locale, live: string, stamp: number): Promise<string> {
  const temp = tempIndexUid(live, stamp);
  options.onProgress?.({ phase: 'prepare', locale });
  await waitForSuccess(options.client.createIndex(temp, { primaryKey: 'id' }), options);
  await applySettings(options.client, temp, locale, options);
  return temp;
}

/** Checks a loaded index: it holds exactly the documents sent, and is not an empty replacement of a full one. */
async function verify(options: ReindexOptions, built: Built): Promise<void> {
  const { client } = options;
  const { locale, live, temp, documents } = built;
  options.onProgress?.({ phase: 'verify', locale, documents });
  const stats = await client.index(temp).getStats();
  if (stats.numberOfDocuments !== documents) {
    throw new Error(`reindex ${locale}: ${temp} holds ${stats.numberOfDocuments} documents, expected ${documents}`);
  }
  if (documents === 0 && !options.allowEmpty) {
    const liveStats = await client.index(live).getStats().catch(() => ({ numberOfDocuments: 0 }));
    if (liveStats.numberOfDocuments > 0) throw new Error(`reindex ${locale}: source is empty; refusing to empty ${live}`);
  }
}

/**
 * Builds the new indexes of all locales: settings first (so documents are indexed once, with them), then the
 * documents of one locale after the other without waiting in between (see reindex-load.ts), then the checks.
 */
async function build(options: ReindexOptions, loader: Loader, targets: readonly Target[], stamp: number): Promise<Built[]> {
  const prepared = await Promise.all(targets.map(async (t) => ({ ...t, temp: await prepare(options, t.locale, t.live, stamp) })));
  const built: Built[] = [];
  for (const { locale, live, temp } of prepared) {
    const documents = await loader.load(locale, temp, options.source(locale), (loaded) => options.onProgress?.({ phase: 'load', locale, documents: loaded }));
    built.push({ locale, live, temp, documents });
  }
  await loader.settle();
  for (const b of built) await verify(options, b);
  return built;
}

/** Deletes indexes and waits; a missing index (its task fails) is fine, the goal is that it is gone. */
async function deleteQuietly(client: Meilisearch, uids: readonly string[], options: TaskOptions): Promise<void> {
  const timeout = options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
  await Promise.all(uids.map((uid) => client.deleteIndex(uid).waitTask({ timeout }).catch(() => undefined)));
}

/**
 * Rebuilds the content indexes without downtime: for each locale a fresh `<live>__tmp_<ts>` index is
 * created and given the settings, the documents are loaded in large payloads (several tasks queued at once,
 * the next locale read while the previous one is indexed) and each index's document count verified; then
 * all locales are swapped in with one atomic `swapIndexes` (a live index that does not exist yet is
 * created by renaming) and the old contents are deleted. Searches keep being answered by
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

  const loader = createLoader(client, options);
  let built: Built[];
  try {
    built = await build(options, loader, locales.map((locale) => ({ locale, live: indexUid(locale, prefix) })), started);
    options.onProgress?.({ phase: 'swap' });
    const swaps: IndexSwap[] = built.map((b) =>
      existing.has(b.live) ? { indexes: [b.live, b.temp], rename: false } : { indexes: [b.temp, b.live], rename: true },
    );
    // A failed swap task changes nothing (swaps are all-or-nothing), so cleaning up is still safe.
    await waitForSuccess(client.swapIndexes(swaps), options);
  } catch (error) {
    // Queued additions must finish before the new indexes are deleted, or one would create an index again.
    await loader.abandon();
    await deleteQuietly(client, lives.map((live) => tempIndexUid(live, started)), options);
    throw error;
  }

  options.onProgress?.({ phase: 'cleanup' });
  await Promise.all(built.filter((b) => existing.has(b.live)).map((b) => waitForSuccess(client.deleteIndex(b.temp), options)));
  options.onProgress?.({ phase: 'done' });
  return {
    indexes: built.map(({ locale, live, documents }) => ({ locale, uid: live, documents })),
    durationMs: Date.now() - started,
    timings: loader.timings(),
  };
}
