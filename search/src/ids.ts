import type { ContentType, Locale } from './vocabulary.ts';

/**
 * The stable id of one search document: one per Strapi document *and* locale.
 * Strapi 5 keeps `documentId` across drafts, publications and locales (the numeric `id` changes on every
 * publish), so keying on it means re-publishing replaces the entry instead of adding a duplicate.
 * Meilisearch ids allow only a-z A-Z 0-9 - _ , which documentIds and our type names satisfy.
 */
export function searchDocumentId(type: ContentType, documentId: string, locale: Locale): string {
  return `${type}-${documentId}-${locale}`;
}
