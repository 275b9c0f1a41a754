import { errors } from '@strapi/utils';

interface AdminPolicyContext {
  state: { user?: { roles?: Array<{ code?: string }> } };
}

/**
 * After admin::isAuthenticatedAdmin: the admin user must hold one of `config.roles` (role codes), else 403.
 * Used as { name: 'global::admin-role', config: { roles: [...] } }.
 */
export default (policyContext: AdminPolicyContext, config: { roles?: string[] }): boolean => {
  const allowed = config.roles ?? [];
  const roles = policyContext.state.user?.roles ?? [];
  if (roles.some((role) => role.code && allowed.includes(role.code))) return true;
  throw new errors.ForbiddenError(`This route is for: ${allowed.join(', ')}.`);
};
