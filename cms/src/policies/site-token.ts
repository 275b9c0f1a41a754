import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import needsRoutes from '../api/needs/routes/needs';
import researchCallRoutes from '../api/research-call-answers/routes/research-call-answers';
import signupRoutes from '../api/signups/routes/signups';
import { actionsOf } from '../lib/site-routes';

interface StoredToken {
  kind?: string | null;
  type?: string;
  permissions?: string[];
  expiresAt?: string | number | null;
}

/** The site-facing actions, read from their routes: the site's token holds exactly these (cms/src/bootstrap/site-token.ts). */
export const NEEDS_SITE_ACTIONS = actionsOf(needsRoutes);
/** The occasions' site-facing actions (sign-up, cancel, seats, calendars). */
export const SIGNUP_SITE_ACTIONS = actionsOf(signupRoutes);
/** The research calls' site-facing actions (answer, delete an answer, consent text). */
export const RESEARCH_CALL_SITE_ACTIONS = actionsOf(researchCallRoutes);

const bearer = (header: unknown) => (typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : '');

/**
 * The needs check's site-facing routes skip Strapi's own auth (so a missing token is a 401, not the public role's
 * 403) and this policy accepts only a valid, unexpired content-API token that holds the route's action (config
 * `action`) — the site's token — or has full access. Everyone else, the preview token included, gets 401.
 */
export default async (policyContext: Core.PolicyContext, config: { action?: string } | undefined, { strapi }: { strapi: Core.Strapi }): Promise<boolean> => {
  const token = bearer(policyContext.request.header.authorization);
  if (!token) throw new errors.UnauthorizedError('This route is for the site’s server: send its API token.');
  const tokens = strapi.service('admin::api-token-content-api');
  const stored = (await tokens.getByAccessKey(tokens.hash(token))) as StoredToken | null;
  const expired = stored?.expiresAt != null && new Date(stored.expiresAt).getTime() < Date.now();
  if (!stored || (stored.kind != null && stored.kind !== 'content-api') || expired) {
    throw new errors.UnauthorizedError('Invalid or expired API token.');
  }
  const allowed = stored.type === 'full-access' || (stored.type === 'custom' && !!config?.action && (stored.permissions ?? []).includes(config.action));
  if (!allowed) throw new errors.UnauthorizedError('This API token may not call this route.');
  return true;
};
