import type * as NeedsLibrary from '@kunskapsnavet/needs';

/**
 * The needs library is ESM TypeScript that Node 24 runs directly (type stripping); this CommonJS build of the CMS
 * loads it with require(esm) and takes its types from the declarations `npm install` generates (needs/types).
 * One import site, like search-sync/search-lib.ts.
 */
export const needsLib: typeof NeedsLibrary = require('@kunskapsnavet/needs');
export type { NeedsLibrary };
