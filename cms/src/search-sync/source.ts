import type { Core } from '@strapi/strapi';
import { search, type SearchLibrary } from './search-lib';

const PAGE = 500;

/** Where a full read's time goes, added up by publishedDocuments() when the caller passes one. */
export interface SourceTimings {
  /** Document Service queries (SQL and population). */
  readMs: number;
  /** toSearchDocument(): validation, rich text, synonyms and morphology. */
  mapMs: number;
}

/**
 * Every published document of one locale as search documents, a page of the Document Service at a time, for a
 * full reindex. Pages keep memory flat however large the corpus is.
 */
export async function* publishedDocuments(strapi: Core.Strapi, locale: SearchLibrary.Locale, timings?: SourceTimings): AsyncIterable<SearchLibrary.SearchDocument[]> {
  for (const type of search.CONTENT_TYPES) {
    const uid = search.STRAPI_UID[type];
    for (let start = 0; ; start += PAGE) {
      const reading = performance.now();
      const entries: unknown[] = await strapi.documents(uid).findMany({ locale, status: 'published', populate: search.POPULATE[type], start, limit: PAGE, sort: 'id' } as never);
      const mapping = performance.now();
      const documents = entries.flatMap((entry) => {
        const result = search.toSearchDocument(type, entry);
        return result.kind === 'document' ? [result.document] : [];
      });
      if (timings) {
        timings.readMs += mapping - reading;
        timings.mapMs += performance.now() - mapping;
      }
      if (documents.length > 0) yield documents;
      if (entries.length < PAGE) break;
    }
  }
}
