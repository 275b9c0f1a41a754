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
  };
}
