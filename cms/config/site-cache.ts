import type { Core } from '@strapi/strapi';

/**
 * The site's rendered-page caches (read as strapi.config.get('site-cache')): every site replica listed in SITE_URLS
 * (comma-separated base URLs the CMS can reach, e.g. http://site:3000) gets a signed call after a change to public
 * content. Empty list or secret: no calls, and pages follow within the site's time limit (a minute).
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  siteUrls: env('SITE_URLS', ''),
  secret: env('NUXT_CACHE_INVALIDATION_SECRET', ''),
});
