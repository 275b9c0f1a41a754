import type { Core } from '@strapi/strapi';
import { POPULATE } from './populate';
import { search, type SearchLibrary } from './search-lib';

const PAGE = 500;

/** Where a full read's time goes, added up by publishedDocuments() when the caller passes one. */
export interface SourceTimings {
  /** Document Service queries (SQL and population). */
  readMs: number;
  /** toSearchDocument(): validation, rich text, synonyms and morphology. */
  mapMs: number;
}

/** One page of one type's published entries of one locale, populated as the search mapping reads them. */
function readPage<T extends SearchLibrary.ContentType>(strapi: Core.Strapi, type: T, locale: SearchLibrary.Locale, start: number) {
  return strapi.documents(search.STRAPI_UID[type]).findMany({ locale, status: 'published', populate: POPULATE[type], start, limit: PAGE, sort: 'id' });
}

/**
 * Every published document of one locale as search documents, a page of the Document Service at a time, for a
 * full reindex. Pages keep memory flat however large the corpus is.
 */
export async function* publishedDocuments(strapi: Core.Strapi, locale: SearchLibrary.Locale, timings?: SourceTimings): AsyncIterable<SearchLibrary.SearchDocument[]> {
  for (const type of search.CONTENT_TYPES) {
    for (let start = 0; ; start += PAGE) {
      const reading = performance.now();
      const entries: unknown[] = await readPage(strapi, type, locale, start);
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
