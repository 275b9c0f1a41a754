import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CMS_DIR } from '../../../../scripts/src/lib/paths.ts';

const DevUsers = z.array(z.object({ role: z.string(), email: z.string(), password: z.string() }));

export type AdminRole = 'strapi-super-admin' | 'kn-researcher' | 'kn-coordinator';

/** An admin session of one of the CMS's development users (cms/src/bootstrap/dev-users.json). */
export async function adminLogin(cmsUrl: string, role: AdminRole): Promise<string> {
  const users = DevUsers.parse(JSON.parse(fs.readFileSync(path.join(CMS_DIR, 'src', 'bootstrap', 'dev-users.json'), 'utf8')));
  const user = users.find((u) => u.role === role);
  if (!user) throw new Error(`no development user with role ${role}`);
  const res = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: user.email, password: user.password }),
  });
  const body = z.object({ data: z.object({ token: z.string() }) }).safeParse(await res.json().catch(() => null));
  if (!body.success) throw new Error(`admin login as ${role}: HTTP ${res.status}`);
  return body.data.data.token;
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
