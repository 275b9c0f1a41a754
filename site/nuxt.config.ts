import { fileURLToPath } from 'node:url';
import { PAGE_PATHS } from './i18n/page-paths';
import { CACHE_STORAGE } from './server/cache-storage';

/**
 * No page loads the Vue app in the browser (Nuxt 4 `noScripts`), 404s included, except the editors' preview. Search
 * as you type and the module quiz are small inline scripts over server-rendered forms (search-enhancer.ts,
 * quiz-enhancer.ts): every page works without JavaScript, and with it readers load about 1 KB.
 */
function scriptRules(): Record<string, { noScripts: boolean }> {
  const preview = PAGE_PATHS.preview;
  return { '/**': { noScripts: true }, [preview.sv]: { noScripts: false }, [`/en${preview.en}`]: { noScripts: false } };
}

export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  modules: ['@nuxtjs/i18n'],
  devtools: { enabled: false },
  telemetry: false,
  css: ['~/assets/main.css', '~/assets/occasions.css'],
  // Components and composables live in folders by domain; their names stay short (ItemCard, useDuration).
  components: [{ path: '~/components', pathPrefix: false }],
  imports: { dirs: ['composables/**'] },
  app: {
    head: {
      meta: [{ name: 'viewport', content: 'width=device-width, initial-scale=1' }],
      link: [{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }],
    },
  },
  runtimeConfig: {
    // Server-only secrets: empty defaults, set through NUXT_* variables (see .env.example).
    strapiUrl: 'http://127.0.0.1:1337',
    strapiToken: '',
    strapiPreviewToken: '',
    previewSecret: '',
    meiliUrl: 'http://127.0.0.1:7700',
    meiliSearchKey: '',
    meiliIndexPrefix: 'content',
    // Proxies in front of the site that set X-Forwarded-For: false (none), true (one) or a hop count. The client is
    // the right-most address they did not add (rate limiting; see server/utils/client-id.ts).
    trustProxy: false,
    // Key of the client pseudonyms (shared by every site replica); empty: derived from strapiToken.
    clientIdSecret: '',
    // Signs the CMS's calls to POST /api/cache/invalidate (shared with the CMS); empty: every call is refused and
    // pages follow the CMS only after the rendered-page cache's time limit (server/utils/page-cache.ts).
    cacheInvalidationSecret: '',
    public: {
      siteUrl: 'http://localhost:3000',
      // Label demo items and invented people's pages "Exempelinnehåll / Example content" (on for npm start's demo).
      demoContent: false,
      // "E-mail me in N months" on the check form: the CMS's FOLLOW_UP_MONTHS (compose passes it on).
      followUpMonths: 6,
    },
  },
  routeRules: {
    ...scriptRules(),
    '/_nuxt/**': { headers: { 'cache-control': 'public, max-age=31536000, immutable' } },
    '/favicon.svg': { headers: { 'cache-control': 'public, max-age=86400' } },
    // The offline worker: always checked for a new version; its scope is the whole site (it lives at the root).
    '/sw.js': { headers: { 'cache-control': 'no-cache' } },
    '/icons/**': { headers: { 'cache-control': 'public, max-age=86400' } },
  },
  hooks: {
    // The site's error funnel (server/error.ts) answers form posts and API clients first; Nuxt's own handler, which
    // renders app/error.vue for pages, stays behind it.
    'nitro:config'(config) {
      const nuxtHandlers = config.errorHandler === undefined ? [] : [config.errorHandler].flat();
      config.errorHandler = [fileURLToPath(new URL('./server/error.ts', import.meta.url)), ...nuxtHandlers];
    },
  },
  nitro: {
    // Cached responses live in a size-capped LRU, not an unbounded Map (cache-storage.ts).
    storage: { cache: CACHE_STORAGE },
  },
  vite: {
    // Every component uses the Composition API: Vue's Options API is left out of the (preview-only) client bundle.
    define: { __VUE_OPTIONS_API__: 'false' },
    build: { target: 'es2022' },
  },
  // Only the preview runs the app in the browser; it needs neither the route-rule manifest nor islands.
  experimental: { payloadExtraction: false, appManifest: false, emitRouteChunkError: false, componentIslands: false },
  features: { inlineStyles: true, devLogs: false },
  i18n: {
    defaultLocale: 'sv',
    strategy: 'prefix_except_default',
    locales: [
      { code: 'sv', language: 'sv-SE', name: 'Svenska', file: 'sv.json' },
      { code: 'en', language: 'en-GB', name: 'English', file: 'en.json' },
    ],
    detectBrowserLanguage: false,
    customRoutes: 'config',
    pages: PAGE_PATHS,
    baseUrl: process.env.NUXT_PUBLIC_SITE_URL ?? 'http://localhost:3000',
    // The preview hydrates: it needs the message compiler (messages reach the browser as JSON), not the global components.
    bundle: { fullInstall: false },
  },
  typescript: { strict: true },
});
