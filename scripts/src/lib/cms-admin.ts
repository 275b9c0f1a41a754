import fs from 'node:fs';
import path from 'node:path';
import { CMS_DIR } from './paths.ts';

/**
 * The CMS's admin API as its development users reach it: a login, one call, and an editor's actions on research
 * articles. For the site benchmark and the e2e and hostile suites (their helpers re-export these).
 */
interface DevUser { role: string; email: string; password: string }
const isDevUser = (u: unknown): u is DevUser =>
  typeof u === 'object' && u !== null && 'role' in u && typeof u.role === 'string' && 'email' in u && typeof u.email === 'string' && 'password' in u && typeof u.password === 'string';

export type AdminRole = 'strapi-super-admin' | 'kn-researcher' | 'kn-coordinator';

/** An admin session of one of the CMS's development users (cms/src/bootstrap/dev-users.json). */
export async function adminLogin(cmsUrl: string, role: AdminRole): Promise<string> {
  const users: unknown = JSON.parse(fs.readFileSync(path.join(CMS_DIR, 'src', 'bootstrap', 'dev-users.json'), 'utf8'));
  const user = (Array.isArray(users) ? users.filter(isDevUser) : []).find((u) => u.role === role);
  if (!user) throw new Error(`no development user with role ${role}`);
  const res = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: user.email, password: user.password }),
  });
  const body: unknown = await res.json().catch(() => null);
  const data = typeof body === 'object' && body !== null && 'data' in body ? body.data : null;
  const token = typeof data === 'object' && data !== null && 'token' in data ? data.token : null;
  if (typeof token !== 'string') throw new Error(`admin login as ${role}: HTTP ${res.status}`);
  return token;
}

/** One admin API call; answers the status and the `data` of the JSON envelope (null when there is none). */
export async function adminCall(cmsUrl: string, token: string, method: string, route: string, body?: unknown | FormData) {
  const form = body instanceof FormData;
  const res = await fetch(`${cmsUrl}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined || form ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let json: unknown = null;
  try { json = JSON.parse(text); } catch { /* not JSON: the status says enough */ }
  // Most admin routes wrap their answer in `{ data }`; the media library's do not.
  const data = typeof json === 'object' && json !== null && !Array.isArray(json) && 'data' in json ? json.data : json;
  return { status: res.status, data, text };
}

const ARTICLE = '/content-manager/collection-types/api::research-article.research-article';

/** A research article as an editor writes it in the admin (the fields its content rules require). */
export function articleFields(title: string, slug: string) {
  return {
    title, slug, summary: 'En sammanfattning för sidcachens test.', evidence: 'survey', readingMinutes: 3,
    body: [{ type: 'paragraph', children: [{ type: 'text', text: `Brödtext för ${title}.` }] }],
    // An article is published only with the study it summarises (cms content rules).
    originalStudy: { authors: [{ name: 'Exempel, E.' }], year: 2024, title: 'En exempelstudie', url: 'https://example.org/studie', openAccess: true },
  };
}

/** An editor's actions on research articles through the admin API (content manager), as the super admin. */
export async function articleEditor(cmsUrl: string) {
  const token = await adminLogin(cmsUrl, 'strapi-super-admin');
  const call = async (method: string, route: string, body?: unknown) => {
    const res = await adminCall(cmsUrl, token, method, `${ARTICLE}${route}`, body);
    if (res.status >= 300) throw new Error(`${method} ${route}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
    return res.data;
  };
  return {
    async create(title: string, slug: string): Promise<string> {
      const data: unknown = await call('POST', '?locale=sv', articleFields(title, slug));
      if (typeof data !== 'object' || data === null || !('documentId' in data) || typeof data.documentId !== 'string') throw new Error('no documentId');
      return data.documentId;
    },
    edit: (id: string, fields: Record<string, unknown>) => call('PUT', `/${id}?locale=sv`, fields),
    publish: (id: string) => call('POST', `/${id}/actions/publish?locale=sv`, {}),
    unpublish: (id: string) => call('POST', `/${id}/actions/unpublish?locale=sv`, {}),
    remove: (id: string) => call('DELETE', `/${id}?locale=sv`),
  };
}
