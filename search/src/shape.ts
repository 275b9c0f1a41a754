import type { Meilisearch } from 'meilisearch';
import { SearchDocumentSchema } from './document.ts';
import { DEFAULT_INDEX_PREFIX, indexUid } from './indexes.ts';
import { LOCALES } from './vocabulary.ts';

/** The fields every search document carries today: the schema's keys that have no default and are not optional. */
export const REQUIRED_FIELDS: readonly string[] = Object.entries(SearchDocumentSchema.shape)
  .filter(([, field]) => !field.safeParse(undefined).success)
  .map(([name]) => name);

export interface StaleIndex {
  uid: string;
  missing: string[];
}

/**
 * Live indexes whose documents were written in an older shape (a field renamed or added since, e.g. `topicSlugs`
 * became `topic`): filters, facets and sorting on the new fields find nothing there until a full reindex. Looks at
 * one document per index, which is enough because a reindex or a sync always writes whole documents of one shape.
 * An empty or missing index is never stale.
 */
export async function staleIndexes(client: Meilisearch, prefix: string = DEFAULT_INDEX_PREFIX): Promise<StaleIndex[]> {
  const stale: StaleIndex[] = [];
  for (const locale of LOCALES) {
    const uid = indexUid(locale, prefix);
    const page = await client.index(uid).getDocuments({ limit: 1 }).catch(() => null);
    const document = page?.results[0];
    if (!document) continue;
    const missing = REQUIRED_FIELDS.filter((field) => !(field in document));
    if (missing.length > 0) stale.push({ uid, missing });
  }
  return stale;
}
