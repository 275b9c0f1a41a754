import type { Core } from '@strapi/strapi';

export interface SearchSyncConfig {
  url: string;
  masterKey: string;
  indexPrefix: string;
  workerEnabled: boolean;
  pollMs: number;
  batchSize: number;
  /** Failed attempts after which an entry becomes a dead letter. */
  maxAttempts: number;
  /** Log each batch's timing as `[search] batch {json}` (SEARCH_SYNC_TRACE; bench:search reads it). */
  trace: boolean;
}

export function searchSyncConfig(strapi: Core.Strapi): SearchSyncConfig {
  const raw = (strapi.config.get('search') ?? {}) as Partial<SearchSyncConfig>;
  return {
    url: String(raw.url ?? ''),
    masterKey: String(raw.masterKey ?? ''),
    indexPrefix: String(raw.indexPrefix ?? 'content'),
    workerEnabled: raw.workerEnabled !== false,
    pollMs: Number(raw.pollMs ?? 1000),
    batchSize: Number(raw.batchSize ?? 25),
    maxAttempts: Math.max(1, Number(raw.maxAttempts ?? 8)),
    trace: raw.trace === true,
  };
}
