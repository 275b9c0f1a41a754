import type { Core } from '@strapi/strapi';
import devUsers from './dev-users.json';

export interface DevUser {
  label: string;
  role: string;
  email: string;
  password: string;
  firstname: string;
  lastname: string;
}

/**
 * Development-only accounts, one per editorial role, with known passwords (printed by `npm start`, listed in the README).
 * Never created when NODE_ENV=production. The list is JSON so `npm start` can print it without loading the CMS.
 */
export const DEV_USERS: readonly DevUser[] = devUsers;

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
