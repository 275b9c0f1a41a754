/**
 * The closed vocabularies the overview filters and labels by, from the shared libraries (one source of truth).
 * The modules are imported by path because the libraries' entry points also carry server code (Meilisearch client,
 * node:fs) that cannot go into the admin bundle; these modules are plain constants.
 */
export { DIMENSIONS, SIZES, K_ANONYMITY, type Dimension } from '../../../../needs/src/types';
export { MUNICIPALITIES } from '../../../../needs/src/municipalities';
export { GROUP_BY, type GroupBy } from '../../../../needs/src/aggregate';
export { INDUSTRIES } from '../../../../search/src/vocabulary';

/** Real responses and generated demo responses are two separate sources; the API never mixes them. */
export const SOURCES = ['real', 'synthetic'] as const;
export type Source = (typeof SOURCES)[number];
