import type { Core } from '@strapi/strapi';
import { DEFAULT_INDEX_PREFIX } from '@kunskapsnavet/search';

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

/** The defaults, written once: cms/config/search.ts falls back to them for unset variables, and so does the reader below. */
export const SEARCH_SYNC_DEFAULTS = {
  indexPrefix: DEFAULT_INDEX_PREFIX,
  workerEnabled: true,
  pollMs: 1000,
  batchSize: 25,
  maxAttempts: 8,
  trace: false,
} as const satisfies Partial<SearchSyncConfig>;

export function searchSyncConfig(strapi: Core.Strapi): SearchSyncConfig {
  const raw = (strapi.config.get('search') ?? {}) as Partial<SearchSyncConfig>;
  return {
    url: String(raw.url ?? ''),
    masterKey: String(raw.masterKey ?? ''),
    indexPrefix: String(raw.indexPrefix ?? SEARCH_SYNC_DEFAULTS.indexPrefix),
    workerEnabled: raw.workerEnabled !== false,
    pollMs: Number(raw.pollMs ?? SEARCH_SYNC_DEFAULTS.pollMs),
    batchSize: Number(raw.batchSize ?? SEARCH_SYNC_DEFAULTS.batchSize),
    maxAttempts: Math.max(1, Number(raw.maxAttempts ?? SEARCH_SYNC_DEFAULTS.maxAttempts)),
    trace: raw.trace === true,
  };
}
