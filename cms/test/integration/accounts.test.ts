import { describe, expect, inject, it } from 'vitest';
import { adminToken, request } from '../helpers/api';
import { unique } from '../helpers/fixtures';

const USERS = 'plugin::users-permissions.user';
const userCount = async () => (await request('GET', `/content-manager/collection-types/${USERS}?pageSize=1`, { token: await adminToken('strapi-super-admin') })).body.pagination.total;
const is4xx = (status: number) => status >= 400 && status < 500;

describe('no public accounts (users-permissions closed)', () => {
  it('register, login, forgot/reset password and e-mail confirmation are 4xx for everyone and create nothing', async () => {
    const before = await userCount();
    const email = `${unique('intrang')}@example.com`;
    const calls: [string, string, unknown][] = [
      ['POST', '/api/auth/local/register', { username: unique('u'), email, password: 'Hemligt-lösen-123' }],
      ['POST', '/api/auth/local', { identifier: email, password: 'Hemligt-lösen-123' }],
      ['POST', '/api/auth/forgot-password', { email: 'admin@kunskapsnavet.example' }],
      ['POST', '/api/auth/reset-password', { code: 'x', password: 'a-B-1-c-D-2', passwordConfirmation: 'a-B-1-c-D-2' }],
      ['GET', '/api/auth/email-confirmation?confirmation=x', undefined],
      ['POST', '/api/auth/send-email-confirmation', { email }],
      ['POST', '/api/auth/change-password', { currentPassword: 'x', password: 'y', passwordConfirmation: 'y' }],
    ];
    for (const token of [undefined, inject('siteToken')]) {
      for (const [method, path, body] of calls) {
        const res = await request(method, path, { body, token });
        expect(is4xx(res.status), `${method} ${path} → ${res.status}`).toBe(true);
        expect(JSON.stringify(res.body ?? '')).not.toMatch(/"jwt"/);
      }
    }
    expect(await userCount()).toBe(before);
  });

  it('registration is off in the advanced settings', async () => {
    const res = await request('GET', '/users-permissions/advanced', { token: await adminToken('strapi-super-admin') });
    expect(res.status).toBe(200);
    expect(res.body.settings.allow_register).toBe(false);
  });

  it('the public and authenticated roles hold nothing but published reads', async () => {
    const token = await adminToken('strapi-super-admin');
    const roles = (await request('GET', '/users-permissions/roles', { token })).body.roles as { id: number; type: string }[];
    for (const role of roles.filter((r) => r.type === 'public' || r.type === 'authenticated')) {
      const detail = (await request('GET', `/users-permissions/roles/${role.id}`, { token })).body.role;
      const granted: string[] = [];
      for (const [plugin, { controllers }] of Object.entries(detail.permissions as Record<string, { controllers: Record<string, Record<string, { enabled: boolean }>> }>)) {
        for (const [controller, actions] of Object.entries(controllers)) {
          for (const [action, { enabled }] of Object.entries(actions)) if (enabled) granted.push(`${plugin}.${controller}.${action}`);
        }
      }
      if (role.type === 'authenticated') expect(granted).toEqual([]);
      else expect(granted.every((a) => a.startsWith('api::') && /\.(find|findOne)$/.test(a)), granted.join()).toBe(true);
    }
  });

  it('the site token reads content, never users or uploads', async () => {
    const site = inject('siteToken');
    expect((await request('GET', '/api/topics?locale=sv', { token: site })).status).toBe(200);
    for (const path of ['/api/users', '/api/users/me', '/api/users/1', '/api/users-permissions/roles', '/api/upload/files', '/api/i18n/locales']) {
      const res = await request('GET', path, { token: site });
      expect([401, 403, 404], `${path} → ${res.status}`).toContain(res.status);
      expect(JSON.stringify(res.body ?? '')).not.toMatch(/@/);
    }
    expect(is4xx((await request('POST', '/api/topics', { token: site, body: { data: { name: 'x', slug: unique('x') } } })).status)).toBe(true);
  });

  it('the site token is a custom token with find/findOne and the needs, sign-up and research-answer routes only', async () => {
    const tokens = (await request('GET', '/admin/api-tokens', { token: await adminToken('strapi-super-admin') })).body.data as { name: string; type: string; id: number }[];
    const site = tokens.find((t) => t.name === 'site-read-only');
    expect(site?.type).toBe('custom');
    const detail = (await request('GET', `/admin/api-tokens/${site?.id}`, { token: await adminToken('strapi-super-admin') })).body.data;
    const actions: string[] = detail.permissions;
    expect(actions.every((a) => /^api::[a-z-]+\.[a-z-]+\.(find|findOne)$/.test(a) || a.startsWith('api::needs.needs.') || a.startsWith('api::signups.signups.') || a.startsWith('api::research-call-answers.research-call-answers.')), actions.join()).toBe(true);
  });
});
