import { siteRoutes } from '../../../lib/site-routes';

/** The needs check's site-facing routes (site token only). Responses, contacts and search misses have no read route at all. */
export default siteRoutes('needs', [
  { method: 'GET', path: '/needs/check', action: 'check' },
  { method: 'GET', path: '/needs/picture', action: 'picture' },
  { method: 'POST', path: '/needs/responses', action: 'submit' },
  { method: 'POST', path: '/needs/contacts', action: 'contact' },
  { method: 'POST', path: '/needs/contacts/delete', action: 'deleteContact' },
  { method: 'GET', path: '/needs/follow-up', action: 'followUp' },
  { method: 'POST', path: '/needs/follow-up/cancel', action: 'cancelFollowUp' },
  { method: 'POST', path: '/needs/contacts/unsubscribe', action: 'unsubscribe' },
  { method: 'POST', path: '/needs/search-misses', action: 'searchMiss' },
  { method: 'POST', path: '/needs/rate', action: 'rate' },
]);
