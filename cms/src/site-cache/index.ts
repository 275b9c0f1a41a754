import type { Core } from '@strapi/strapi';
import { siteCacheMiddleware } from './middleware';
import { createSiteNotifier, siteCacheConfig, type Change } from './notify';

let notifier: ReturnType<typeof createSiteNotifier> | null = null;

/** Tells every site replica (SITE_URLS, signed) to forget its rendered pages. */
export function notifySites(strapi: Core.Strapi, change: Change): void {
  notifier ??= createSiteNotifier(siteCacheConfig(strapi), (line) => strapi.log.warn(line));
  notifier.changed(change);
}

/**
 * register(): changes to public content invalidate the site's page caches once committed; the search worker calls
 * notifySites again once the index has them (search pages are cached too).
 */
export function registerSiteCache(strapi: Core.Strapi): void {
  strapi.documents.use(siteCacheMiddleware(strapi, (change) => notifySites(strapi, change)));
}
