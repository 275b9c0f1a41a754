import { describe, expect, it } from 'vitest';
import { request } from '../helpers/api';
import { sql } from '../helpers/database';
import { siteCall } from '../helpers/needs';

const rate = (client: string, token?: string | null) => siteCall('POST', '/api/needs/rate', { bucket: 'needs-check', client }, { token });

/** The site's needs-check limit, counted by the CMS in its database (rate-limiter-flexible): 20 per 10 minutes by default. */
describe('POST /api/needs/rate: the needs-check limit shared by every site replica', () => {
  it('a classroom: 15 checks from one address within minutes all get through', async () => {
    const client = `classroom-${Date.now()}`;
    const statuses = [];
    for (let i = 0; i < 15; i += 1) statuses.push((await rate(client)).status);
    expect(statuses).toEqual(Array(15).fill(204));
  });

  it('a flood of 100 from one address: 20 get through, the rest 429 with code rate_limited and Retry-After', async () => {
    const client = `flood-${Date.now()}`;
    const answers = [];
    for (let i = 0; i < 100; i += 1) answers.push(await rate(client));
    const refused = answers.filter((a) => a.status === 429);
    console.log(`needs-check flood through the CMS: ${100 - refused.length} allowed, ${refused.length} refused`);
    expect(100 - refused.length).toBe(20);
    expect(refused[0].body.error.details).toMatchObject({ code: 'rate_limited', retryAfterS: expect.any(Number) });
    expect(refused[0].body.error.details.retryAfterS).toBeGreaterThan(500);
    // Another client is not affected.
    expect((await rate(`other-${Date.now()}`)).status).toBe(204);
  });

  it('the count lives in the CMS database, so it survives restarts and is shared by replicas', async () => {
    const client = `stored-${Date.now()}`;
    await rate(client);
    await rate(client);
    const rows = await sql('SELECT points FROM kn_rate_limits WHERE key = ?', [`needs-check:${client}`]);
    expect(rows.map((r) => Number(r.points))).toEqual([2]);
  });

  it('only the site token may ask; a bad body is a 400', async () => {
    expect((await rate('someone-12345', null)).status).toBe(401);
    expect((await request('POST', '/api/needs/rate', { body: { bucket: 'needs-check', client: 'someone-12345' } })).status).toBe(401);
    expect((await siteCall('POST', '/api/needs/rate', { bucket: 'responses', client: 'someone-12345' })).status).toBe(400);
    expect((await siteCall('POST', '/api/needs/rate', { bucket: 'needs-check' })).status).toBe(400);
  });
});
