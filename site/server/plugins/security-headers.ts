import type { H3Event } from 'h3';
import { INLINE_SCRIPTS } from '~~/app/composables/content/inline-scripts';

/** Hashed once at start from the same text the pages inline (app/composables/content/inline-scripts.ts). */
const PAGE_SCRIPT_HASHES = Object.values(INLINE_SCRIPTS).map(scriptHash);

/**
 * Nuxt's own inline bootstrap (the public runtime config), present only where the app runs in the browser: the
 * editors' preview. Its text is Nuxt's, never content, so the page that carries it gets its hash as well.
 */
const NUXT_CONFIG_SCRIPT = /<script>(window\.__NUXT__=\{\};window\.__NUXT__\.config=[^<]*)<\/script>/;

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
    const bootstrap = [...html.head, ...html.bodyAppend].join('').match(NUXT_CONFIG_SCRIPT)?.[1];
    if (bootstrap === undefined) return;
    const https = isHttps(event, trustProxy);
    setResponseHeader(event, 'content-security-policy', contentSecurityPolicy([...PAGE_SCRIPT_HASHES, scriptHash(bootstrap)], https));
  });
});
