import type { Core } from '@strapi/strapi';
import { applyPlan, emptyPlan, planDocument } from './index-document';
import { search, type SearchLibrary } from './search-lib';

type Client = ReturnType<typeof search.createClient>;
type Locale = SearchLibrary.Locale;

export interface LocaleDrift {
  missing: number;
  stale: number;
  extra: number;
}
export type ReconcileReport = Record<Locale, LocaleDrift>;

/** Every id in a live index with its updatedAt (epoch seconds), read page by page. */
async function indexedVersions(client: Client, uid: string): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  for (let offset = 0; ; offset += 1000) {
    const page = await client.index(uid).getDocuments<{ id: string; updatedAt: number }>({ fields: ['id', 'updatedAt'], limit: 1000, offset });
    for (const doc of page.results) versions.set(doc.id, doc.updatedAt);
    if (page.results.length < 1000) return versions;
  }
}

/**
 * Compares Strapi's published set with each live index and repairs the difference: documents missing from the
 * index or older there than in the database are re-indexed, index entries with no published document are
 * removed. Run after a full reindex (changes made while it ran) and by `npm run search:reconcile`.
 */
export async function reconcile(strapi: Core.Strapi, client: Client, prefix: string, options: { dryRun?: boolean } = {}): Promise<ReconcileReport> {
  const report = { sv: { missing: 0, stale: 0, extra: 0 }, en: { missing: 0, stale: 0, extra: 0 } } satisfies ReconcileReport;
  const plan = emptyPlan();
  const toPlan = new Map<string, { type: SearchLibrary.ContentType; documentId: string }>();
  for (const locale of search.LOCALES) {
    const indexed = await indexedVersions(client, search.indexUid(locale, prefix));
    for (const type of search.CONTENT_TYPES) {
      const rows: { documentId: string; updatedAt: string | Date }[] = await strapi.db
        .query(search.STRAPI_UID[type])
        .findMany({ where: { locale, publishedAt: { $notNull: true } }, select: ['documentId', 'updatedAt'] });
      for (const row of rows) {
        const id = search.searchDocumentId(type, row.documentId, locale);
        const version = indexed.get(id);
        indexed.delete(id);
        const updatedAt = Math.floor(new Date(row.updatedAt).getTime() / 1000);
        if (version === undefined) report[locale].missing += 1;
        else if (version !== updatedAt) report[locale].stale += 1;
        else continue;
        toPlan.set(`${type}:${row.documentId}`, { type, documentId: row.documentId });
      }
    }
    report[locale].extra = indexed.size;
    plan.deletes[locale].push(...indexed.keys());
  }
  if (options.dryRun) return report;
  for (const { type, documentId } of toPlan.values()) {
    try {
      await planDocument(strapi, plan, type, documentId);
    } catch (error) {
      // One document the index cannot represent must not stop the repair of the rest; it stays counted as missing.
      if (!(error instanceof search.InvalidEntryError)) throw error;
      strapi.log.error(`[search] reconcile: ${type} ${documentId} not indexed: ${error.message}`);
    }
  }
  await applyPlan(client, prefix, plan);
  return report;
}
