/**
 * The needs check's site-facing routes. Only the site's server calls them, with its API token, which holds exactly
 * these actions (global::site-token checks the route's action); Strapi's own auth is off so that a caller without a
 * token gets 401. Responses, contacts and search misses have no read route at all.
 */
const config = (name: string) => ({ auth: false as const, policies: [{ name: 'global::site-token', config: { action: `api::needs.needs.${name}` } }] });

export default {
  routes: [
    { method: 'GET', path: '/needs/check', handler: 'needs.check', config: config('check') },
    { method: 'GET', path: '/needs/picture', handler: 'needs.picture', config: config('picture') },
    { method: 'POST', path: '/needs/responses', handler: 'needs.submit', config: config('submit') },
    { method: 'POST', path: '/needs/contacts', handler: 'needs.contact', config: config('contact') },
    { method: 'POST', path: '/needs/contacts/delete', handler: 'needs.deleteContact', config: config('deleteContact') },
    { method: 'GET', path: '/needs/follow-up', handler: 'needs.followUp', config: config('followUp') },
    { method: 'POST', path: '/needs/follow-up/cancel', handler: 'needs.cancelFollowUp', config: config('cancelFollowUp') },
    { method: 'POST', path: '/needs/contacts/unsubscribe', handler: 'needs.unsubscribe', config: config('unsubscribe') },
    { method: 'POST', path: '/needs/search-misses', handler: 'needs.searchMiss', config: config('searchMiss') },
    { method: 'POST', path: '/needs/rate', handler: 'needs.rate', config: config('rate') },
  ],
};
