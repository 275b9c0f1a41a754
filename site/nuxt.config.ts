import { PAGE_PATHS } from './i18n/page-paths';

/** Pages that need JavaScript: search as you type, the module quiz, and the preview of any item. */
const SCRIPTED_PAGES = new Set(['search', 'modules/[slug]', 'preview']);

/**
 * Every other page ships no JavaScript at all (Nuxt 4 `noScripts`): the server-rendered HTML is the whole page,
 * forms included. Rules are written per localized path, `/[slug]` becoming a one-segment wildcard.
 */
function noScriptRules(): Record<string, { noScripts: true }> {
  const rules: Record<string, { noScripts: true }> = {};
  for (const [page, paths] of Object.entries(PAGE_PATHS)) {
    if (SCRIPTED_PAGES.has(page)) continue;
    for (const path of [paths.sv, paths.en === '/' ? '/en' : `/en${paths.en}`]) {
      rules[path.replace('/[slug]', '/*')] = { noScripts: true };
    }
  }
  return rules;
}

export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  modules: ['@nuxtjs/i18n'],
  devtools: { enabled: false },
  telemetry: false,
  sourcemap: { client: 'hidden', server: false },
  css: ['~/assets/main.css'],
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
    public: {
      siteUrl: 'http://localhost:3000',
    },
  },
  routeRules: {
    ...noScriptRules(),
    '/_nuxt/**': { headers: { 'cache-control': 'public, max-age=31536000, immutable' } },
  },
  features: { inlineStyles: true },
  vite: {
    // Every component uses the Composition API: leaving Vue's Options API out saves first-load JS.
    define: { __VUE_OPTIONS_API__: 'false' },
    build: { target: 'es2022' },
  },
  // First-load JS budget (≤ 100 KB gzip on interactive pages): no client-side route-rule manifest fetch.
  experimental: { payloadExtraction: false, appManifest: false },
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
    // Messages are precompiled at build time, so the browser needs neither the message compiler nor i18n's
    // global components: several KB of the JS budget.
    bundle: { runtimeOnly: true, dropMessageCompiler: true, fullInstall: false, optimizeTranslationDirective: false },
  },
  typescript: { strict: true },
});
