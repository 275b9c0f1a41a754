import type { Core } from '@strapi/strapi';
import { ALL_CONTENT_TYPES } from '../lib/content-types';

const PUBLIC_ACTIONS = ['find', 'findOne'] as const;

/** Exactly what the public (unauthenticated) role may do: read published content. */
export const PUBLIC_PERMISSIONS: readonly string[] = ALL_CONTENT_TYPES.flatMap((uid) => PUBLIC_ACTIONS.map((action) => `${uid}.${action}`));

/**
 * The hub has no end-user accounts: the `authenticated` role gets nothing, and the public role may read published
 * content and nothing else — no register, login, forgot-password, reset-password or e-mail confirmation (the
 * plugin::users-permissions.auth.* actions), no users, no uploads. Anything else found on either role (a slip in the
 * admin, a plugin default) is removed at every start.
 */
export async function ensurePublicReadOnly(strapi: Core.Strapi): Promise<void> {
  await alignRole(strapi, 'public', PUBLIC_PERMISSIONS);
  await alignRole(strapi, 'authenticated', []);
  await closeRegistration(strapi);
}

async function alignRole(strapi: Core.Strapi, type: string, wantedActions: readonly string[]): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
  if (!role) throw new Error(`users-permissions ${type} role is missing`);
  const wanted = new Set(wantedActions);
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const existing: { id: number; action: string }[] = await permissions.findMany({ where: { role: role.id } });
  for (const permission of existing) {
    if (!wanted.has(permission.action)) await permissions.delete({ where: { id: permission.id } });
  }
  const have = new Set(existing.map((p) => p.action));
  for (const action of wanted) {
    if (!have.has(action)) await permissions.create({ data: { action, role: role.id } });
  }
}

/** users-permissions' advanced settings: no sign-up, no confirmation or reset links pointing anywhere. */
async function closeRegistration(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  await store.set({
    key: 'advanced',
    value: { ...advanced, allow_register: false, email_confirmation: false, email_reset_password: null, email_confirmation_redirection: null },
  });
}
