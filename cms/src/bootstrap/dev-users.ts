import type { Core } from '@strapi/strapi';

/**
 * Development-only accounts, one per editorial role, with known passwords (printed by `npm start`, listed in the README).
 * Never created when NODE_ENV=production.
 */
export const DEV_USERS = [
  { email: 'admin@kunskapsnavet.example', password: 'Kunskapsnavet-dev-1', firstname: 'Ada', lastname: 'Admin', role: 'strapi-super-admin' },
  { email: 'forskare@kunskapsnavet.example', password: 'Kunskapsnavet-dev-1', firstname: 'Rut', lastname: 'Forskare', role: 'kn-researcher' },
  { email: 'samordnare@kunskapsnavet.example', password: 'Kunskapsnavet-dev-1', firstname: 'Sam', lastname: 'Samordnare', role: 'kn-coordinator' },
] as const;

export async function ensureDevUsers(strapi: Core.Strapi): Promise<void> {
  const users = strapi.service('admin::user');
  const roles = strapi.service('admin::role');
  for (const user of DEV_USERS) {
    if (await users.exists({ email: user.email })) continue;
    const role = await roles.findOne({ code: user.role });
    if (!role) throw new Error(`admin role ${user.role} is missing`);
    await users.create({
      email: user.email,
      firstname: user.firstname,
      lastname: user.lastname,
      password: user.password,
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
  }
}
