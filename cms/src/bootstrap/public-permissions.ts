import type { Core } from '@strapi/strapi';
import { ALL_CONTENT_TYPES } from '../lib/content-types';

const PUBLIC_ACTIONS = ['find', 'findOne'] as const;

/**
 * The public (unauthenticated) role may read published content and nothing else.
 * Any other permission found on the role is removed, so a slip in the admin is undone at the next start.
 */
export async function ensurePublicReadOnly(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('users-permissions public role is missing');
  const wanted = new Set(ALL_CONTENT_TYPES.flatMap((uid) => PUBLIC_ACTIONS.map((action) => `${uid}.${action}`)));
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const existing: { id: number; action: string }[] = await permissions.findMany({ where: { role: role.id } });
  for (const permission of existing) {
    if (permission.action.startsWith('api::') && !wanted.has(permission.action)) {
      await permissions.delete({ where: { id: permission.id } });
    }
  }
  const have = new Set(existing.map((p) => p.action));
  for (const action of wanted) {
    if (!have.has(action)) await permissions.create({ data: { action, role: role.id } });
  }
}
