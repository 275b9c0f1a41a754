import { siteRoutes } from '../../../lib/site-routes';

/** The occasions' site-facing routes (CONTRACT-12; site token only). Sign-ups have no read route at all: seats are counts. */
export default siteRoutes('signups', [
  { method: 'GET', path: '/signups/seats', action: 'seats' },
  { method: 'GET', path: '/signups/consent', action: 'consent' },
  { method: 'POST', path: '/signups', action: 'create' },
  { method: 'POST', path: '/signups/cancel', action: 'cancel' },
  { method: 'GET', path: '/calendar/occasions/:slug', action: 'occasionCalendar' },
  { method: 'GET', path: '/calendar/centres/:slug', action: 'centreCalendar' },
]);
