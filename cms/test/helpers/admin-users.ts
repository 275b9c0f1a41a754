import { adminToken, request } from './api';
import { unique } from './fixtures';

/**
 * A fresh admin user holding one role (e.g. Strapi's own Editor or Author), registered through the admin API as
 * the super admin invites people, and logged in: returns its session token.
 */
export async function tokenForNewUser(roleCode: string): Promise<string> {
  const superAdmin = await adminToken('strapi-super-admin');
  const roles = await request('GET', '/admin/roles', { token: superAdmin });
  const role = roles.body.data.find((r: { code: string }) => r.code === roleCode);
  if (!role) throw new Error(`no admin role ${roleCode}`);
  const email = `${unique(roleCode)}@kunskapsnavet.example`;
  const created = await request('POST', '/admin/users', { token: superAdmin, body: { firstname: 'Test', lastname: roleCode, email, roles: [role.id] } });
  if (created.status !== 201) throw new Error(`create ${roleCode} user: ${created.status} ${JSON.stringify(created.body)}`);
  const password = 'Kunskapsnavet-test-1';
  const registered = await request('POST', '/admin/register', {
    body: { registrationToken: created.body.data.registrationToken, userInfo: { firstname: 'Test', lastname: roleCode, password } },
  });
  if (registered.status !== 200) throw new Error(`register ${roleCode} user: ${registered.status} ${JSON.stringify(registered.body)}`);
  return registered.body.data.token;
}
