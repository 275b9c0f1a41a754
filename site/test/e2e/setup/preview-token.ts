import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CMS_DIR } from '../../../../scripts/src/lib/paths.ts';

const DevUsersSchema = z.array(z.object({ role: z.string(), email: z.string(), password: z.string() }));

function superAdmin() {
  const users = DevUsersSchema.parse(JSON.parse(fs.readFileSync(path.join(CMS_DIR, 'src', 'bootstrap', 'dev-users.json'), 'utf8')));
  const found = users.find((u) => u.role === 'strapi-super-admin');
  if (!found) throw new Error('no super admin among the CMS development users');
  return found;
}

async function json(res: Response, what: string): Promise<Record<string, unknown>> {
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
  const body: unknown = await res.json();
  const data = typeof body === 'object' && body !== null && 'data' in body ? body.data : null;
  if (typeof data !== 'object' || data === null) throw new Error(`${what}: unexpected answer`);
  return Object.fromEntries(Object.entries(data));
}

/**
 * A full-access API token for the draft preview, created through the admin API with the development super admin
 * (as an operator would in the admin panel): drafts are refused to the site's read-only token by design.
 */
export async function createPreviewToken(cmsUrl: string): Promise<string> {
  const { email, password } = superAdmin();
  const login = await json(await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) }), 'admin login');
  const token = await json(await fetch(`${cmsUrl}/admin/api-tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${String(login.token)}` },
    body: JSON.stringify({ name: 'site-preview', description: 'Draft preview of the site (e2e)', type: 'full-access', lifespan: null }),
  }), 'create preview token');
  if (typeof token.accessKey !== 'string') throw new Error('create preview token: no access key');
  return token.accessKey;
}
