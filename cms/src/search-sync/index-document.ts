import type { Core } from '@strapi/strapi';
import { POPULATE } from './populate';
import { search, type SearchLibrary } from './search-lib';

type ContentType = SearchLibrary.ContentType;
type Locale = SearchLibrary.Locale;
type SearchDocument = SearchLibrary.SearchDocument;
type Client = ReturnType<typeof search.createClient>;

/** What the index must do so it matches the database: per locale, documents to upsert and ids to delete. */
export interface IndexPlan {
  upserts: Record<Locale, SearchDocument[]>;
  deletes: Record<Locale, string[]>;
}

export const emptyPlan = (): IndexPlan => ({ upserts: { sv: [], en: [] }, deletes: { sv: [], en: [] } });

/** Several entries' plans as one (one task per locale and kind for a whole batch). */
export function mergePlans(plans: IndexPlan[]): IndexPlan {
  const merged = emptyPlan();
  for (const plan of plans) {
    for (const locale of search.LOCALES) {
      merged.upserts[locale].push(...plan.upserts[locale]);
      merged.deletes[locale].push(...plan.deletes[locale]);
    }
  }
  return merged;
}

/** The search type of a Strapi uid, or null for types that are only embedded in others (topics, authors…). */
export function searchTypeOf(uid: string): ContentType | null {
  const entry = Object.entries(search.STRAPI_UID).find(([, value]) => value === uid);
  return entry ? (entry[0] as ContentType) : null;
}

/** One locale's published version of a document, populated as the search mapping reads it; null when there is none. */
function readPublished<T extends ContentType>(strapi: Core.Strapi, type: T, documentId: string, locale: Locale) {
  return strapi.documents(search.STRAPI_UID[type]).findOne({ documentId, locale, status: 'published', populate: POPULATE[type] });
}

/**
 * Adds to `plan` what brings both locales' index entries of one document in line with the database as it is
 * now: the published version is upserted, a missing one (draft only, unpublished, deleted) is removed.
 * Stateless, so a retry, a duplicate or an out-of-order run cannot leave a stale or resurrected entry.
 */
export async function planDocument(strapi: Core.Strapi, plan: IndexPlan, type: ContentType, documentId: string): Promise<void> {
  for (const locale of search.LOCALES) {
    const raw = await readPublished(strapi, type, documentId, locale);
    const result = raw ? search.toSearchDocument(type, raw) : { kind: 'skipped' as const, id: search.searchDocumentId(type, documentId, locale) };
    if (result.kind === 'document') plan.upserts[locale].push(result.document);
    else if (result.id) plan.deletes[locale].push(result.id);
  }
}

/**
 * Applies a plan with one task per locale and kind, the two locales in parallel (their indexes are independent,
 * and waiting for them one after the other doubles the publish → searchable lag). Upserts are enqueued before
 * any delete: Meilisearch runs one index's task at a time, so a Swedish-only publish (an upsert in sv, a delete
 * of the missing en entry) is not queued behind the en delete. Throws unless Meilisearch confirms every task.
 */
export async function applyPlan(client: Client, prefix: string, plan: IndexPlan, options: SearchLibrary.TaskOptions = {}): Promise<void> {
  const accepted: Promise<void>[] = [];
  const upserts = search.LOCALES.filter((locale) => plan.upserts[locale].length > 0).map((locale) => {
    let onAccepted = () => {};
    accepted.push(new Promise<void>((resolve) => (onAccepted = resolve)));
    const onEnqueued = (taskUid: number) => {
      options.onEnqueued?.(taskUid);
      onAccepted();
    };
    const task = search.upsertDocuments({ ...options, onEnqueued, client, locale, prefix, documents: plan.upserts[locale] });
    task.catch(onAccepted); // a failed upsert must not hold the deletes back; Promise.all below reports it
    return task;
  });
  await Promise.all(accepted);
  const deletes = search.LOCALES.filter((locale) => plan.deletes[locale].length > 0).map((locale) => search.deleteDocuments({ ...options, client, locale, prefix, ids: plan.deletes[locale] }));
  await Promise.all([...upserts, ...deletes]);
}
