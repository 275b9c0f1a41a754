import { createClient, indexUid, searchDocumentId, type ContentType } from '@kunskapsnavet/search';
import { MeilisearchApiError } from 'meilisearch';
import { expect, inject } from 'vitest';

export const meili = () => createClient({ url: inject('meiliUrl'), apiKey: inject('meiliMasterKey') });

interface IndexedDoc {
  id: string;
  title: string;
  topics: string[];
  minutes: number | null;
  documentId: string;
}

export async function findInIndex(locale: 'sv' | 'en', q: string): Promise<IndexedDoc[]> {
  const res = await meili().index(indexUid(locale)).search<IndexedDoc>(q, { limit: 50 });
  return res.hits;
}

/** The index entry of one document in one locale, or null when there is none. */
export async function indexed(type: ContentType, documentId: string, locale: 'sv' | 'en'): Promise<IndexedDoc | null> {
  try {
    return await meili().index(indexUid(locale)).getDocument<IndexedDoc>(searchDocumentId(type, documentId, locale));
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'document_not_found') return null;
    throw error;
  }
}

/** Polls until the check passes (the sync is asynchronous by design), failing after timeoutMs. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  let value!: T;
  await expect.poll(async () => { value = await check(); return value; }, { timeout: timeoutMs, interval: 100 }).toBeTruthy();
  return value;
}
