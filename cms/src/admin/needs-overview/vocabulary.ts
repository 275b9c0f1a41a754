/**
 * The closed vocabularies the overview filters and labels by, from the shared libraries (one source of truth),
 * through their browser-safe doors: the needs library's entry (pure functions and constants) and the search
 * library's `/vocabulary` subpath (its main entry also carries server code: Meilisearch processes, node:fs).
 */
export { DIMENSIONS, SIZES, K_ANONYMITY, MUNICIPALITIES, GROUP_BY, type Dimension, type GroupBy } from '@kunskapsnavet/needs';
export { INDUSTRIES } from '@kunskapsnavet/search/vocabulary';

/** Real responses and generated demo responses are two separate sources; the API never mixes them. */
export const SOURCES = ['real', 'synthetic'] as const;
export type Source = (typeof SOURCES)[number];
