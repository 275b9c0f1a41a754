/**
 * `@kunskapsnavet/search/query`: the query API — what the site's search route calls with a search-only key —
 * and the pieces of its request that the raw-Meilisearch baseline of the benchmark sends too.
 */
export { search, CROSS_LANGUAGE_THRESHOLD, type SearchResult, type SearchOptions, type Facets } from '../query.ts';
export { SearchInputSchema, SORTS, MAX_QUERY_LENGTH, MAX_HITS_PER_PAGE, DEFAULT_HITS_PER_PAGE, type SearchInput, type SearchQuery, type SortOption } from '../query/input.ts';
export type { SearchHit } from '../query/hits.ts';
export { TEXT_WORDS_CACHE } from '../query/text-words.ts';
export { searchHelp, WEAK_RESULT, type SearchHelp, type WordHelp } from '../query/help.ts';
export type { WordMemo } from '../query/word-memo.ts';
export type { WordKnowledge } from '../query/understand/known-words.ts';
export { understandQuery, UNDERSTANDING_STEPS, type UnderstandingOptions, type UnderstoodQuery } from '../query/understand/index.ts';
export { morphologicalQuery } from '../query/morphology.ts';
export { matchParams } from '../query/params.ts';
export { SearchError, toSearchError, type SearchErrorCode } from '../errors.ts';
