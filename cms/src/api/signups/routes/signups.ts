/**
 * The occasions' site-facing routes (CONTRACT-12). Only the site's server calls them, with its API token
 * (global::site-token), like the needs routes. Sign-ups have no read route at all: seats are counts.
 */
const config = { auth: false as const, policies: ['global::site-token'] };

export default {
  routes: [
    { method: 'GET', path: '/signups/seats', handler: 'signups.seats', config },
    { method: 'GET', path: '/signups/consent', handler: 'signups.consent', config },
    { method: 'POST', path: '/signups', handler: 'signups.create', config },
    { method: 'POST', path: '/signups/cancel', handler: 'signups.cancel', config },
    { method: 'GET', path: '/calendar/occasions/:slug', handler: 'signups.occasionCalendar', config },
    { method: 'GET', path: '/calendar/centres/:slug', handler: 'signups.centreCalendar', config },
  ],
};
