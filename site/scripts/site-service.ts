import path from 'node:path';
import { SITE_DIR } from '../../scripts/src/lib/paths.ts';

/** The production server of the site, as `npm start` and the e2e stack run it: `node .output/server/index.mjs`. */
export const SITE_ENTRY = path.join(SITE_DIR, '.output', 'server', 'index.mjs');

export interface SiteServiceOptions {
  host: string;
  port: number;
  /** Public origin, for canonical URLs and the sitemap. */
  siteUrl: string;
  cmsUrl: string;
  /** Strapi's read-only token (data/site.env STRAPI_API_TOKEN in development). */
  strapiToken: string;
  meiliUrl: string;
  meiliSearchKey: string;
  meiliIndexPrefix?: string;
  previewToken?: string;
  previewSecret?: string;
  /** Verifies the CMS's page-cache invalidation calls (NUXT_CACHE_INVALIDATION_SECRET, shared with the CMS). */
  cacheSecret?: string;
  /** Label demo items "Exempelinnehåll / Example content" (npm start: on unless DEMO_CONTENT=false; production: off). */
  demoContent?: boolean;
  /** Proxies in front of the site whose X-Forwarded-For is trusted (NUXT_TRUST_PROXY; none by default). */
  trustProxy?: number;
}

/** The environment the site reads (see site/.env.example): one place that maps the stack onto NUXT_* names. */
export function siteEnv(options: SiteServiceOptions): Record<string, string> {
  return {
    HOST: options.host,
    PORT: String(options.port),
    NODE_ENV: 'production',
    NUXT_PUBLIC_SITE_URL: options.siteUrl,
    NUXT_STRAPI_URL: options.cmsUrl,
    NUXT_STRAPI_TOKEN: options.strapiToken,
    NUXT_MEILI_URL: options.meiliUrl,
    NUXT_MEILI_SEARCH_KEY: options.meiliSearchKey,
    NUXT_MEILI_INDEX_PREFIX: options.meiliIndexPrefix ?? 'content',
    NUXT_STRAPI_PREVIEW_TOKEN: options.previewToken ?? '',
    NUXT_PREVIEW_SECRET: options.previewSecret ?? '',
    NUXT_CACHE_INVALIDATION_SECRET: options.cacheSecret ?? '',
    ...(options.demoContent === undefined ? {} : { NUXT_PUBLIC_DEMO_CONTENT: String(options.demoContent) }),
    ...(options.trustProxy === undefined ? {} : { NUXT_TRUST_PROXY: String(options.trustProxy) }),
  };
}
