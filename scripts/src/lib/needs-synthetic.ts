import fs from 'node:fs';
import path from 'node:path';
import { CMS_DIR } from './paths.ts';

interface DevUser {
  role: string;
  email: string;
  password: string;
}

/**
 * Loads `count` deterministic synthetic needs-check responses into a running development CMS (replacing earlier
 * synthetic ones), as its development super admin, through POST /kn-needs/synthetic. For stacks that start Strapi
 * as a process of its own (the site's e2e stack); `npm run seed -- --needs-synthetic N` does the same in-process.
 */
export async function loadSyntheticResponses(cmsUrl: string, count = 400): Promise<{ deleted: number; created: number }> {
  const devUsers: DevUser[] = JSON.parse(fs.readFileSync(path.join(CMS_DIR, 'src/bootstrap/dev-users.json'), 'utf8'));
  const admin = devUsers.find((u) => u.role === 'strapi-super-admin');
  if (!admin) throw new Error('no development super admin in cms/src/bootstrap/dev-users.json');
  const login = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  });
  if (!login.ok) throw new Error(`admin login failed: ${login.status} ${await login.text()}`);
  const { data } = (await login.json()) as { data: { token: string } };
  const res = await fetch(`${cmsUrl}/kn-needs/synthetic`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${data.token}` },
    body: JSON.stringify({ count }),
  });
  if (!res.ok) throw new Error(`loading synthetic responses failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { deleted: number; created: number };
}
