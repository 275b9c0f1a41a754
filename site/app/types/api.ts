import type { InternalApi } from 'nitropack/types';

/**
 * What the site's server routes answer, as JSON: derived from the handlers themselves, so a page or component can
 * never disagree with its server route about a shape.
 */
type Api<Route extends keyof InternalApi, Method extends keyof InternalApi[Route] = 'get'> = InternalApi[Route][Method];

export type ArticleData = Api<'/api/article'>;
export type GuideData = Api<'/api/guide'>;
export type ModuleData = Api<'/api/module'>;
export type PathData = Api<'/api/path'>;
export type SearchData = Api<'/api/search'>;
