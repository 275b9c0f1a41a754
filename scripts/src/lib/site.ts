import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { newestMtime, SITE_DIR } from './paths.ts';
import { run } from './supervisor.ts';

/** The production server of the site, as `npm start` and the e2e stack run it: `node .output/server/index.mjs`. */
export const SITE_ENTRY = path.join(SITE_DIR, '.output', 'server', 'index.mjs');
/**
 * Nuxt's CLI, run with this very node binary (`nuxt build`, and `nuxt dev` for `npm run dev`). Resolved when asked:
 * the CMS image carries scripts/ without the site's dependencies.
 */
export function nuxtBin(): string {
  return path.join(path.dirname(createRequire(path.join(SITE_DIR, 'package.json')).resolve('nuxt/package.json')), 'bin', 'nuxt.mjs');
}
const SOURCES = ['app', 'server', 'shared', 'i18n', 'public', 'nuxt.config.ts', 'package.json', '../search/src', '../needs/src'].map((p) => path.join(SITE_DIR, p));

/** True when the production build is missing or older than any source it is built from. */
export function siteNeedsBuild(): boolean {
  if (!fs.existsSync(SITE_ENTRY)) return true;
  const built = fs.statSync(SITE_ENTRY).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

/** `nuxt build` (about 15 s) when the build is missing or stale. */
export async function ensureSiteBuilt(log: (line: string) => void): Promise<void> {
  if (!siteNeedsBuild()) return;
  log('Building the site (nuxt build)…');
  await run(process.execPath, [nuxtBin(), 'build'], { cwd: SITE_DIR });
}

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
