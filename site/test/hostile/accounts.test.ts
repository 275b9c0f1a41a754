import crypto from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, inject, it } from 'vitest';
import { bearer, cmsUrl, request, siteToken } from './helpers/stack.ts';

/** End-user accounts (users-permissions) in the stack's CMS database with this e-mail. */
function usersWithEmail(email: string): number {
  const db = new DatabaseSync(inject('cmsDatabase'), { readOnly: true });
  try {
    return Number(db.prepare('select count(*) as n from up_users where email = ?').get(email)?.n ?? 0);
  } finally {
    db.close();
  }
}

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('no public sign-up (row 2)', () => {
  it('POST /api/auth/local/register is refused and creates no account', async () => {
    const email = `hostile-${crypto.randomBytes(4).toString('hex')}@example.com`;
    const answer = await request(`${cmsUrl()}/api/auth/local/register`, json({ username: email.split('@')[0], email, password: 'Hostile-pass-1234' }));
    console.log(`register: HTTP ${answer.status}, accounts with that e-mail: ${usersWithEmail(email)}, JWT in answer: ${answer.text.includes('"jwt"')}`);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.text).not.toContain('"jwt"');
    expect(usersWithEmail(email)).toBe(0);
  });

  it('POST /api/auth/forgot-password is refused (nobody can make the CMS send mail)', async () => {
    const answer = await request(`${cmsUrl()}/api/auth/forgot-password`, json({ email: 'someone@example.com' }));
    console.log(`forgot-password: HTTP ${answer.status} ${answer.text.slice(0, 80)}`);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });
});

describe("the site's token reads content only, never users (row 3)", () => {
  it('the token itself works: it reads published topics', async () => {
    expect((await request(`${cmsUrl()}/api/topics?locale=sv`, { headers: bearer(siteToken()) })).status).toBe(200);
  });

  const routes = ['/api/users', '/api/users/me', '/api/users/count', '/api/users/1', '/api/users-permissions/roles'];
  it.each(routes)('GET %s with the site token is 401/403 and names no account', async (route) => {
    const answer = await request(`${cmsUrl()}${route}`, { headers: bearer(siteToken()) });
    console.log(`site token GET ${route}: HTTP ${answer.status} ${answer.text.slice(0, 80)}`);
    expect([401, 403]).toContain(answer.status);
    expect(answer.text).not.toMatch(/"email"/);
  });
});
