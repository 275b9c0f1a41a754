/**
 * @kunskapsnavet/search: the content indexes (settings, sync, reindex) and the query API.
 * cms/ syncs with toSearchDocument + upsertDocuments/deleteDocuments, scripts/ reindexes and starts
 * Meilisearch, site/ calls search() from its server routes with a search-only key.
 * Composed of the subpath entries (package.json `exports`), each export line written once, plus what only the
 * main entry offers: the document shape, the lexicon, morphology and the Markdown → blocks converter.
 */
export * from './vocabulary/index.ts';
export * from './entries/query.ts';
export * from './map/index.ts';
export * from './entries/operations.ts';

export { SearchDocumentSchema, BODY_MAX_CHARS, type SearchDocument } from './document.ts';
export { searchDocumentId } from './ids.ts';
export { markdownToBlocks } from './vocabulary/markdown.ts';
export { SYNONYM_GROUPS, STOP_WORDS, synonymMap } from './lexicon/index.ts';
export { morphologyTerms, splitSwedish, warmMorphology, inflectionStem, type MorphologyTerms, type Compound } from './morphology/index.ts';
export { parseSearchInput } from './query.ts';
export { InvalidEntryError, TaskFailedError } from './errors.ts';
// The strict blocks shape, not the mapping's tolerant reading that /map also calls BlockNode.
export type { BlockNode } from './vocabulary/blocks.ts';
