/**
 * @kunskapsnavet/search: the content indexes (settings, sync, reindex) and the query API.
 * cms/ syncs with toSearchDocument + upsertDocuments/deleteDocuments, scripts/ reindexes and starts
 * Meilisearch, site/ calls search() from its server routes with a search-only key.
 */
export { SearchDocumentSchema, BODY_MAX_CHARS, type SearchDocument } from './document.ts';
export { searchDocumentId } from './ids.ts';
export { contentUrl, ROUTES } from './urls.ts';
export { DEFAULT_INDEX_PREFIX, indexUid, indexPattern } from './indexes.ts';
export * from './vocabulary.ts';
export { PAGE_PATHS, sitePath, type PageName } from './vocabulary/page-paths.ts';
export * from './vocabulary/blocks.ts';
export { markdownToBlocks } from './vocabulary/markdown.ts';
export * from './vocabulary/content-model.ts';

export { toSearchDocument, blocksToText, POPULATE, STRAPI_UID, type MapResult, type SkipReason } from './map/index.ts';

export { indexSettings, applySettings, ensureIndexes, FACET_NAMES, MAX_TOTAL_HITS, type Facet } from './settings.ts';
export { SYNONYM_GROUPS, STOP_WORDS, synonymMap } from './lexicon/index.ts';
export { morphologyTerms, splitSwedish, inflectionStem, type MorphologyTerms, type Compound } from './morphology/index.ts';

export { createClient, clientFromEnv, REQUEST_TIMEOUT_MS, type ClientOptions, type ClientRole, type EnvClient } from './client.ts';
export { startMeilisearch, freePort, defaultBinary, type StartOptions, type RunningMeilisearch } from './server.ts';
export { ensureSearchKey, searchKeyUid, type SearchKey } from './keys.ts';

export { search, parseSearchInput, CROSS_LANGUAGE_THRESHOLD, type SearchResult, type SearchOptions, type Facets } from './query.ts';
export { SearchInputSchema, SORTS, MAX_QUERY_LENGTH, MAX_HITS_PER_PAGE, DEFAULT_HITS_PER_PAGE, type SearchInput, type SearchQuery, type SortOption } from './query/input.ts';
export type { SearchHit } from './query/hits.ts';
export { searchHelp, WEAK_RESULT, type SearchHelp } from './query/help.ts';
export { understandQuery, UNDERSTANDING_STEPS, type UnderstandingOptions, type UnderstoodQuery } from './query/understand/index.ts';
export { SearchError, toSearchError, InvalidEntryError, TaskFailedError, type SearchErrorCode } from './errors.ts';

export { reindex, type ReindexOptions, type ReindexProgress, type ReindexReport, type ReindexPhase } from './reindex.ts';
export { PAYLOAD_BYTES, type LoadTimings } from './reindex-load.ts';
export { upsertDocuments, deleteDocuments, type SyncOptions } from './sync.ts';
export { waitForSuccess, DEFAULT_TASK_TIMEOUT_MS, type TaskOptions } from './tasks.ts';
