/**
 * @kunskapsnavet/search/vocabulary: the browser-safe shapes shared by the site, the CMS (its config and admin) and
 * the search library — languages, content types and their enums, page paths, the rich-text blocks shape. No Node
 * built-ins and no Meilisearch client here, so the site's browser code and the CMS admin can import it.
 */
export * from '../vocabulary.ts';
export { ROUTES, contentUrl } from '../urls.ts';
export { PAGE_PATHS, sitePath, type PageName } from './page-paths.ts';
export * from './blocks.ts';
export * from './content-model.ts';
