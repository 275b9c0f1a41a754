import { ROUTES } from '@kunskapsnavet/search';
import { PAGE_PATHS } from '~~/i18n/page-paths';

const PERSONAL_PREFIXES = [
  ROUTES.sv['learning-path'], ROUTES.en['learning-path'],
  PAGE_PATHS['my-learning'].sv, `/en${PAGE_PATHS['my-learning'].en}`,
  PAGE_PATHS.preview.sv, `/en${PAGE_PATHS.preview.en}`,
  // The needs-check result is this reader's; the delete page carries their token in its URL.
  PAGE_PATHS['needs-check-result'].sv, `/en${PAGE_PATHS['needs-check-result'].en}`,
  PAGE_PATHS['needs-check-delete'].sv, `/en${PAGE_PATHS['needs-check-delete'].en}`,
  PAGE_PATHS['needs-check-unsubscribe'].sv, `/en${PAGE_PATHS['needs-check-unsubscribe'].en}`,
  // Seats left change by the second; the sign-up form comes back with the reader's own input.
  PAGE_PATHS.occasions.sv, `/en${PAGE_PATHS.occasions.en}`,
];

// The offline worker is always revalidated (nuxt.config routeRules); a minute's staleness would delay its updates.
const OWN_HEADERS = new Set(['/sw.js']);

/**
 * Cache headers for HTML pages. Pages that show the reader's progress (paths, My learning, a step opened inside a
 * path, the needs-check result) or a draft are private; everything else is public but asked for again each time
 * (no-cache): the site's own page cache (page-cache.ts) answers at nearly static speed and follows a publish within a
 * second, which a browser or proxy keeping the page a minute would undo. API routes and build assets set their own.
 */
export default defineEventHandler((event) => {
  const url = new URL(event.path, 'http://site');
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/_nuxt/') || OWN_HEADERS.has(url.pathname) || event.method !== 'GET') return;
  const personal = url.searchParams.has('path') || PERSONAL_PREFIXES.some((prefix) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`));
  setResponseHeader(event, 'cache-control', personal ? 'private, no-store' : 'public, no-cache');
  if (!personal) appendResponseHeader(event, 'vary', 'accept-encoding');
});
