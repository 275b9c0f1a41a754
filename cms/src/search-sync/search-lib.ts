import type * as SearchLibrary from '@kunskapsnavet/search';

/**
 * The search library is ESM TypeScript that Node 24 runs directly (type stripping); this CommonJS build of the
 * CMS loads it with require(esm) and takes its types from the declarations `npm install` generates
 * (search/types, see search/package.json). One import site, so the rest of the CMS uses plain names.
 */
export const search: typeof SearchLibrary = require('@kunskapsnavet/search');
export type { SearchLibrary };
