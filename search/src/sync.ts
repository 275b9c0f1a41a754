import { MeilisearchApiError, type Meilisearch, type Task } from 'meilisearch';
import { SearchDocumentSchema, type SearchDocument } from './document.ts';
import { DEFAULT_INDEX_PREFIX, indexUid } from './indexes.ts';
import { applySettings } from './settings.ts';
import { waitForSuccess, type TaskOptions } from './tasks.ts';
import type { Locale } from './vocabulary.ts';

export interface SyncOptions extends TaskOptions {
  client: Meilisearch;
  locale: Locale;
  prefix?: string;
}

/**
 * Creates the live index with its settings if it does not exist yet. Without this, the first
 * addDocuments would let Meilisearch create the index on its own, without the Swedish locale.
 */
async function ensureLiveIndex(client: Meilisearch, uid: string, locale: Locale, options: TaskOptions): Promise<void> {
  try {
    await client.getRawIndex(uid);
  } catch (error) {
    if (!(error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found')) throw error;
    await waitForSuccess(client.createIndex(uid, { primaryKey: 'id' }), options);
    await applySettings(client, uid, locale, options);
  }
}

/**
 * Adds or replaces documents in the live index of `locale` and waits until Meilisearch reports the
 * task `succeeded` (otherwise throws TaskFailedError). The outbox worker removes its entry only after
 * this resolves. Documents are validated first; one of another locale is a caller bug and throws.
 */
export async function upsertDocuments(options: SyncOptions & { documents: readonly SearchDocument[] }): Promise<Task> {
  const { client, locale, prefix = DEFAULT_INDEX_PREFIX } = options;
  const documents = SearchDocumentSchema.array().parse(options.documents);
  const stray = documents.find((doc) => doc.locale !== locale);
  if (stray) throw new Error(`document ${stray.id} is ${stray.locale}, not ${locale}`);
  const uid = indexUid(locale, prefix);
  await ensureLiveIndex(client, uid, locale, options);
  return waitForSuccess(client.index(uid).addDocuments(documents, { primaryKey: 'id' }), options);
}

/**
 * The ids among `ids` that the live index holds. A delete of a document the index does not hold is still a task,
 * and Meilisearch runs one batch at a time over all indexes: a draft saved before its first publish (no published
 * version in either locale) or a Swedish-only publish (no English version) would queue tasks that hold back the
 * next publish's upsert. Two reads decide it, and only when nothing is pending for the index (a pending upsert may
 * still add one of the ids): then every id is kept.
 */
async function idsInIndex(client: Meilisearch, uid: string, ids: readonly string[]): Promise<string[]> {
  const pending = await client.tasks.getTasks({ indexUids: [uid], statuses: ['enqueued', 'processing'], limit: 1 });
  if (pending.results.length > 0) return [...ids];
  const { results } = await client.index(uid).getDocuments<{ id: string }>({ ids: [...ids], fields: ['id'], limit: ids.length });
  const present = new Set(results.map((doc) => doc.id));
  return ids.filter((id) => present.has(id));
}

/**
 * Removes documents by id (`searchDocumentId()`) from the live index of `locale`; ids that are not
 * there are ignored, without a task when none of them is (null). Waits for `succeeded` like upsertDocuments.
 */
export async function deleteDocuments(options: SyncOptions & { ids: readonly string[] }): Promise<Task | null> {
  const { client, locale, prefix = DEFAULT_INDEX_PREFIX } = options;
  const uid = indexUid(locale, prefix);
  await ensureLiveIndex(client, uid, locale, options);
  const ids = await idsInIndex(client, uid, options.ids);
  if (ids.length === 0) return null;
  return waitForSuccess(client.index(uid).deleteDocuments(ids), options);
}
