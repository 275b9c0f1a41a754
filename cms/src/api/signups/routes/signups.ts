/**
 * The occasions' site-facing routes (CONTRACT-12). Only the site's server calls them, with its API token
 * (global::site-token), like the needs routes. Sign-ups have no read route at all: seats are counts.
 */
const config = (name: string) => ({ auth: false as const, policies: [{ name: 'global::site-token', config: { action: `api::signups.signups.${name}` } }] });

export default {
  routes: [
    { method: 'GET', path: '/signups/seats', handler: 'signups.seats', config: config('seats') },
    { method: 'GET', path: '/signups/consent', handler: 'signups.consent', config: config('consent') },
    { method: 'POST', path: '/signups', handler: 'signups.create', config: config('create') },
    { method: 'POST', path: '/signups/cancel', handler: 'signups.cancel', config: config('cancel') },
    { method: 'GET', path: '/calendar/occasions/:slug', handler: 'signups.occasionCalendar', config: config('occasionCalendar') },
    { method: 'GET', path: '/calendar/centres/:slug', handler: 'signups.centreCalendar', config: config('centreCalendar') },
  ],
};
