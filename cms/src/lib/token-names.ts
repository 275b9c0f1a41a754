/** The site's content token: published content and the needs check's routes, never drafts, never users. */
export const SITE_TOKEN_NAME = 'site-read-only';
/** The site's preview token: find/findOne only, and the one content-API token besides full access that may read drafts. */
export const PREVIEW_TOKEN_NAME = 'site-preview';
