/**
 * `@kunskapsnavet/search/operations`: running the search engine — the development server, clients and keys,
 * settings, sync, the zero-downtime reindex and task waits. Node only (processes, node:http); scripts/ and the
 * CMS's sync use it, never a browser.
 */
export { createClient, clientFromEnv, REQUEST_TIMEOUT_MS, type ClientOptions, type ClientRole, type EnvClient } from '../client.ts';
export { nodeHttpClient } from '../transport.ts';
export { startMeilisearch, freePort, defaultBinary, DEFAULT_MAX_INDEXING_MEMORY, type StartOptions, type RunningMeilisearch } from '../server.ts';
export { ensureSearchKey, searchKeyUid, type SearchKey } from '../keys.ts';
export { DEFAULT_INDEX_PREFIX, indexUid, indexPattern } from '../indexes.ts';
export { indexSettings, applySettings, ensureIndexes, FACET_NAMES, MAX_TOTAL_HITS, type Facet } from '../settings.ts';
export { staleIndexes, REQUIRED_FIELDS, type StaleIndex } from '../shape.ts';
export { reindex, type ReindexOptions, type ReindexProgress, type ReindexReport, type ReindexPhase } from '../reindex.ts';
export { PAYLOAD_BYTES, type LoadTimings } from '../reindex-load.ts';
export { upsertDocuments, deleteDocuments, type SyncOptions } from '../sync.ts';
export { waitForSuccess, DEFAULT_TASK_TIMEOUT_MS, type TaskOptions } from '../tasks.ts';
export { SearchError, toSearchError, InvalidEntryError, TaskFailedError, type SearchErrorCode } from '../errors.ts';
