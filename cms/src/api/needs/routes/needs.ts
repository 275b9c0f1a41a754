/**
 * The needs check's site-facing routes. Only the site's server calls them, with its API token (global::site-token);
 * Strapi's own auth is off because a read-only token may not call actions. Responses, contacts and search misses
 * have no read route at all.
 */
const config = { auth: false as const, policies: ['global::site-token'] };

export default {
  routes: [
    { method: 'GET', path: '/needs/check', handler: 'needs.check', config },
    { method: 'POST', path: '/needs/responses', handler: 'needs.submit', config },
    { method: 'POST', path: '/needs/contacts', handler: 'needs.contact', config },
    { method: 'POST', path: '/needs/contacts/delete', handler: 'needs.deleteContact', config },
    { method: 'POST', path: '/needs/search-misses', handler: 'needs.searchMiss', config },
    { method: 'POST', path: '/needs/rate', handler: 'needs.rate', config },
  ],
};
