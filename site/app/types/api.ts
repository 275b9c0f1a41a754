import type { InternalApi } from 'nitropack/types';

/**
 * What the site's server routes answer, as JSON: derived from the handlers themselves, so a page or component can
 * never disagree with its server route about a shape.
 */
export type ArticleData = InternalApi['/api/article']['get'];
export type GuideData = InternalApi['/api/guide']['get'];
export type ModuleData = InternalApi['/api/module']['get'];
export type PathData = InternalApi['/api/path']['get'];
export type SearchData = InternalApi['/api/search']['get'];
export type OccasionData = InternalApi['/api/occasion']['get'];
export type OccasionsData = InternalApi['/api/occasions']['get'];
export type CentresData = InternalApi['/api/centres']['get'];
export type EffortsData = InternalApi['/api/efforts']['get'];
export type EffortData = InternalApi['/api/effort']['get'];
