import type { H3Event } from 'h3';
import { INLINE_SCRIPTS } from '~~/app/composables/content/inline-scripts';

/** Hashed once at start from the same text the pages inline (app/composables/content/inline-scripts.ts). */
const PAGE_SCRIPT_HASHES = Object.values(INLINE_SCRIPTS).map(scriptHash);

/**
 * Nuxt's own inline bootstrap, present only where the app runs in the browser (the editors' preview): the import
 * map of the entry chunk and the public runtime config. Their text is Nuxt's, never content (matched strictly), so
 * the page that carries them gets their hashes as well.
 */
const NUXT_BOOTSTRAP = [
  /<script type="importmap">(\{"imports":\{"#entry":"\/_nuxt\/[\w.-]+\.js"\}\})<\/script>/,
  /<script>(window\.__NUXT__=\{\};window\.__NUXT__\.config=[^<]*)<\/script>/,
];

function isHttps(event: H3Event, trustProxy: boolean): boolean {
  return getRequestProtocol(event, { xForwardedProto: trustProxy }) === 'https';
}

/**
 * Security headers on every response the site sends: pages, API, build assets and public files, errors. Set on the
 * `request` hook, which runs before any handler (the static-file handler included), so no route can miss them.
 * Why not nuxt-security: see README ("Security headers").
 */
export default defineNitroPlugin((nitroApp) => {
  const trustProxy = useRuntimeConfig().trustProxy === true;
  nitroApp.hooks.hook('request', (event) => {
    const https = isHttps(event, trustProxy);
    setResponseHeaders(event, securityHeaders(contentSecurityPolicy(PAGE_SCRIPT_HASHES, https), https));
  });
  nitroApp.hooks.hook('render:html', (html, { event }) => {
    const parts = [...html.head, ...html.bodyPrepend, ...html.bodyAppend].join('');
    const bootstrap = NUXT_BOOTSTRAP.flatMap((pattern) => parts.match(pattern)?.[1] ?? []);
    if (bootstrap.length === 0) return;
    const https = isHttps(event, trustProxy);
    setResponseHeader(event, 'content-security-policy', contentSecurityPolicy([...PAGE_SCRIPT_HASHES, ...bootstrap.map(scriptHash)], https));
  });
});
