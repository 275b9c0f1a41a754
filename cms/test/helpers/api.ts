import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { DEV_USERS } from '../../src/bootstrap/dev-users';

export const cmsUrl = () => inject('cmsUrl');

export interface JsonResponse {
  status: number;
  // Tests assert on arbitrary JSON from the API; the shape is what is under test.
  body: any;
}

export async function request(method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<JsonResponse> {
  const res = await fetch(`${cmsUrl()}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  const isJson = (res.headers.get('content-type') ?? '').includes('json');
  return { status: res.status, body: isJson && text ? JSON.parse(text) : text || null };
}

type Role = 'strapi-super-admin' | 'kn-researcher' | 'kn-coordinator' | 'kn-partner';

/**
 * Admin sessions are shared by every test file of a run (a file beside the run's other throw-away state): Strapi
 * allows 5 logins per e-mail in 5 minutes, and more files than that log in as the super admin.
 */
const tokenCache = () => path.join(path.dirname(inject('cmsEnv').SITE_TOKEN_FILE), 'admin-tokens.json');
const cachedTokens = (): Partial<Record<Role, string>> => (fs.existsSync(tokenCache()) ? JSON.parse(fs.readFileSync(tokenCache(), 'utf8')) : {});

/** Logs in as the development user of a role through the admin API (cached for the whole run). */
export async function adminToken(role: Role): Promise<string> {
  const cached = cachedTokens()[role];
  if (cached) return cached;
  const user = DEV_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no dev user for ${role}`);
  const res = await request('POST', '/admin/login', { body: { email: user.email, password: user.password } });
  if (res.status !== 200) throw new Error(`login as ${role} failed: ${res.status} ${JSON.stringify(res.body)}`);
  fs.writeFileSync(tokenCache(), JSON.stringify({ ...cachedTokens(), [role]: res.body.data.token }), { mode: 0o600 });
  return res.body.data.token;
}

const CM = '/content-manager/collection-types';

/** The admin's content-manager API, as the admin panel itself calls it. */
export function contentManager(token: string) {
  return {
    create: (uid: string, data: unknown, locale = 'sv') => request('POST', `${CM}/${uid}?locale=${locale}`, { token, body: data }),
    update: (uid: string, documentId: string, data: unknown, locale = 'sv') => request('PUT', `${CM}/${uid}/${documentId}?locale=${locale}`, { token, body: data }),
    publish: (uid: string, documentId: string, locale = 'sv') => request('POST', `${CM}/${uid}/${documentId}/actions/publish?locale=${locale}`, { token, body: {} }),
    find: (uid: string, query = '') => request('GET', `${CM}/${uid}?${query}`, { token }),
    remove: (uid: string, documentId: string, locale = 'sv') => request('DELETE', `${CM}/${uid}/${documentId}?locale=${locale}`, { token }),
  };
}
