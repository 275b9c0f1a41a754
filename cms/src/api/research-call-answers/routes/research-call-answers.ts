import { siteRoutes } from '../../../lib/site-routes';

/** The research calls' site-facing routes (site token only). Answers have no read route: researchers read them in the admin. */
export default siteRoutes('research-call-answers', [
  { method: 'GET', path: '/research-call-answers/consent', action: 'consent' },
  { method: 'POST', path: '/research-call-answers', action: 'create' },
  { method: 'POST', path: '/research-call-answers/delete', action: 'delete' },
]);
