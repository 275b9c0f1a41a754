import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface StoredToken {
  kind?: string | null;
  expiresAt?: string | number | null;
}

const bearer = (header: unknown) => (typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : '');

/**
 * The needs check's site-facing routes are actions, which Strapi's read-only token type may not call; yet only the
 * site's server (holding that token) should. So these routes skip Strapi's own auth and this policy accepts any
 * valid, unexpired content-API token (read-only, custom or full access) and refuses everyone else with 401.
 */
export default async (policyContext: Core.PolicyContext, _config: unknown, { strapi }: { strapi: Core.Strapi }): Promise<boolean> => {
  const token = bearer(policyContext.request.header.authorization);
  if (!token) throw new errors.UnauthorizedError('This route is for the site’s server: send its API token.');
  const tokens = strapi.service('admin::api-token-content-api');
  const stored = (await tokens.getByAccessKey(tokens.hash(token))) as StoredToken | null;
  const expired = stored?.expiresAt != null && new Date(stored.expiresAt).getTime() < Date.now();
  if (!stored || (stored.kind != null && stored.kind !== 'content-api') || expired) {
    throw new errors.UnauthorizedError('Invalid or expired API token.');
  }
  return true;
};
