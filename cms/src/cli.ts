/**
 * The CMS's one door for the command-line tools in scripts/ (seed, reindex, search:reconcile, import:publication):
 * what they run against a Strapi loaded in their own process. scripts/ requires the compiled file
 * (cms/dist/src/cli.js) and types it from this one; nothing else in cms/src is theirs to reach.
 */
export { seedDemoContent, publishedCounts } from './seed/index';
export { seedSynthetic } from './seed/synthetic';
export { importLines } from './seed/bulk/import';
export { ndjsonLines } from './seed/bulk/rows';
export { replaceSyntheticResponses } from './needs/synthetic';
export { publishedDocuments } from './search-sync/source';
export { reconcile } from './search-sync/reconcile';
export { supersede, outboxCounts, deadLetters } from './search-sync/outbox';
export { importReferences } from './research/import/create';
// What scripts/' tests check the deployment against: the production secret rules and the development logins.
export { isWeakSecret, REQUIRED_PRODUCTION_SECRETS } from './lib/secrets';
export { DEV_USERS } from './bootstrap/dev-users';
