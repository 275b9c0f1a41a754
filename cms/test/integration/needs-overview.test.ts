import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminToken, cmsUrl, request } from '../helpers/api';
import { countRows, sql, sqlBool } from '../helpers/database';
import { siteCall } from '../helpers/needs';
import { loadSyntheticResponses } from '../../../scripts/src/lib/needs-synthetic.ts';

const K = 5;
const SYNTHETIC = 400;

async function asRole(role: 'strapi-super-admin' | 'kn-coordinator' | 'kn-researcher' | null, path: string) {
  return request('GET', path, { token: role ? await adminToken(role) : undefined });
}

/** Every group shown has at least k responses, and what is withheld can not be derived from the total. */
function expectAnonymous(body: { suppressed: boolean; total: number | null; groups: Array<{ n: number }>; hidden: number | null }) {
  if (body.suppressed) {
    expect(body.total).toBeNull();
    expect(body.groups).toEqual([]);
    return;
  }
  expect(body.total).toBeGreaterThanOrEqual(K);
  for (const group of body.groups) expect(group.n).toBeGreaterThanOrEqual(K);
  const withheld = (body.total ?? 0) - body.groups.reduce((sum, g) => sum + g.n, 0);
  expect(withheld === 0 || withheld >= K).toBe(true);
  if (body.hidden === 1) expect(withheld).toBe(0);
}

describe('needs overview (coordinators, k-anonymous)', () => {
  beforeAll(async () => {
    // What the site's e2e stack calls.
    const result = await loadSyntheticResponses(cmsUrl(), SYNTHETIC, { adminToken: await adminToken('strapi-super-admin') });
    expect(result.created).toBe(SYNTHETIC);
  });

  it('loading synthetic responses again replaces them (deterministic, marked synthetic)', async () => {
    const before = await sql(`SELECT municipality, industry, scores, submitted_at FROM needs_responses WHERE synthetic = ${sqlBool(true)} ORDER BY id`);
    const res = await request('POST', '/kn-needs/synthetic', { token: await adminToken('strapi-super-admin'), body: { count: SYNTHETIC } });
    expect(res.body).toEqual({ deleted: SYNTHETIC, created: SYNTHETIC });
    const after = await sql(`SELECT municipality, industry, scores, submitted_at FROM needs_responses WHERE synthetic = ${sqlBool(true)} ORDER BY id`);
    expect(after).toEqual(before);
    expect(new Set(after.map((r) => r.municipality)).size).toBeGreaterThan(20);
  });

  it.each([
    ['anonymous', null, 401],
    ['a researcher', 'kn-researcher', 403],
  ] as const)('refuses %s', async (_who, role, status) => {
    expect((await asRole(role, '/kn-needs/overview?source=synthetic')).status).toBe(status);
    expect((await asRole(role, '/kn-needs/overview.csv?source=synthetic')).status).toBe(status);
  });

  it('refuses the site token and the synthetic loader for a coordinator', async () => {
    expect((await siteCall('GET', '/kn-needs/overview?source=synthetic')).status).toBe(401);
    const res = await request('POST', '/kn-needs/synthetic', { token: await adminToken('kn-coordinator'), body: { count: 5 } });
    expect(res.status).toBe(403);
  });

  it('gives a coordinator the aggregates of the synthetic responses, never mixed with real ones', async () => {
    const res = await asRole('kn-coordinator', '/kn-needs/overview?source=synthetic&groupBy=municipality');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ k: K, source: 'synthetic', groupBy: 'municipality', suppressed: false, total: SYNTHETIC });
    expect(res.body.dimensions.map((d: { dimension: string }) => d.dimension)).toEqual(['strategy', 'tools', 'skills', 'data_security', 'automation_ai', 'sustainability']);
    expect(res.body.groups.length).toBeGreaterThan(3);
    expect(res.body.hidden).toBeGreaterThan(0);
    expectAnonymous(res.body);
    const real = await asRole('kn-coordinator', '/kn-needs/overview');
    expect(real.body.source).toBe('real');
    expect(real.body.total === null || real.body.total < SYNTHETIC).toBe(true);
  });

  it('the real source has only the few test submissions: fewer than k means nothing but suppressed', async () => {
    const realCount = Number((await sql(`SELECT COUNT(*) AS n FROM needs_responses WHERE synthetic = ${sqlBool(false)}`))[0].n);
    const res = await asRole('kn-coordinator', '/kn-needs/overview?source=real&groupBy=municipality');
    if (realCount < K) expect(res.body).toMatchObject({ suppressed: true, total: null, groups: [], dimensions: [], hidden: null });
    expectAnonymous(res.body);
  });

  describe('crafted filter combinations never show a group below k', () => {
    const combos = [
      'groupBy=all',
      'groupBy=municipality',
      'groupBy=industry',
      'groupBy=size',
      'groupBy=period',
      'groupBy=industry&municipality=umea',
      'groupBy=size&municipality=arjeplog',
      'groupBy=all&municipality=bjurholm',
      'groupBy=all&municipality=bjurholm&industry=food',
      'groupBy=period&municipality=lulea&size=sole',
      'groupBy=municipality&industry=tourism&size=10_49',
      'groupBy=all&from=2026-10&to=2026-10',
      'groupBy=municipality&from=2026-01&to=2026-03',
      'groupBy=industry&municipality=overkalix&from=2026-06&to=2026-06',
      'groupBy=size&industry=creative&municipality=asele',
    ];
    it.each(combos)('%s', async (query) => {
      const res = await asRole('kn-coordinator', `/kn-needs/overview?source=synthetic&${query}`);
      expect(res.status).toBe(200);
      expectAnonymous(res.body);
      // Nor by comparing with the same query without one of its filters.
      const params = new URLSearchParams(query);
      for (const filter of [...params.keys()].filter((key) => key !== 'groupBy')) {
        const wider = new URLSearchParams(params);
        wider.delete(filter);
        const wide = await asRole('kn-coordinator', `/kn-needs/overview?source=synthetic&${wider}`);
        const wideN = new Map(wide.body.groups.map((g: { key: string; n: number }) => [g.key, g.n]));
        for (const group of res.body.groups) {
          const difference = Number(wideN.get(group.key) ?? group.n) - group.n;
          expect(difference === 0 || difference >= K, `${query} without ${filter}: ${group.key}`).toBe(true);
        }
      }
    });

    it('a municipality with fewer than k synthetic responses is suppressed as a whole', async () => {
      const rows = await sql(`SELECT municipality, COUNT(*) AS n FROM needs_responses WHERE synthetic = ${sqlBool(true)} GROUP BY municipality`);
      const small = rows.find((r) => Number(r.n) < K && Number(r.n) > 0);
      expect(small, 'the generator leaves some municipalities small').toBeTruthy();
      const res = await asRole('kn-coordinator', `/kn-needs/overview?source=synthetic&municipality=${small!.municipality}`);
      expect(res.body).toMatchObject({ suppressed: true, total: null, groups: [] });
    });
  });

  it.each([
    ['groupBy=city', /groupBy must be one of: all, municipality, industry, size, period/],
    ['source=both', /source must be one of: real, synthetic/],
    ['municipality=stockholm', /municipality must be one of: arjeplog/],
    ['from=2026-13', /YYYY-MM/],
    ['from=2026-05&to=2026-01', /from must not be after to/],
    ['limit=1', /unknown parameter limit/],
  ])('refuses %s with a 400 naming what is allowed', async (query, message) => {
    const res = await asRole('kn-coordinator', `/kn-needs/overview?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('exports the shown groups as CSV: a header and one row per shown group, none for withheld ones', async () => {
    const token = await adminToken('kn-coordinator');
    const json = await request('GET', '/kn-needs/overview?source=synthetic&groupBy=municipality', { token });
    const res = await fetch(`${cmsUrl()}/kn-needs/overview.csv?source=synthetic&groupBy=municipality`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="needs-overview_synthetic_municipality\.csv"/);
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('group,n,need_share_strategy,need_share_tools,need_share_skills,need_share_data_security,need_share_automation_ai,need_share_sustainability,mean_score_strategy,mean_score_tools,mean_score_skills,mean_score_data_security,mean_score_automation_ai,mean_score_sustainability');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(json.body.groups.map((g: { key: string }) => g.key));
    for (const line of lines.slice(1)) expect(Number(line.split(',')[1])).toBeGreaterThanOrEqual(K);
  });

  it('a suppressed CSV has the header only', async () => {
    const res = await fetch(`${cmsUrl()}/kn-needs/overview.csv?source=synthetic&municipality=bjurholm&industry=food`, { headers: { authorization: `Bearer ${await adminToken('kn-coordinator')}` } });
    expect((await res.text()).trim().split('\r\n')).toHaveLength(1);
  });

  it('the backlog lists each need with the content behind it (sustainability now has its topic) and a logged search miss', async () => {
    expect((await siteCall('POST', '/api/needs/search-misses', { q: 'Klimatkalkyl för turistföretag', locale: 'sv' })).status).toBe(204);
    const before = await countRows('needs_responses');
    const res = await asRole('kn-coordinator', '/kn-needs/backlog?source=synthetic');
    expect(res.status).toBe(200);
    const sustainability = res.body.needs.find((n: { dimension: string }) => n.dimension === 'sustainability');
    expect(sustainability.topics).toContainEqual({ slug: 'hallbarhet', locale: 'sv', published: expect.any(Number) });
    expect(sustainability.share).toBeGreaterThan(0);
    const security = res.body.needs.find((n: { dimension: string }) => n.dimension === 'data_security');
    expect(security.topics).toContainEqual({ slug: 'it-sakerhet-och-dataskydd', locale: 'sv', published: expect.any(Number) });
    expect(security.publishedTotal).toBeGreaterThan(0);
    expect(res.body.searchMisses).toContainEqual({ query: 'klimatkalkyl för turistföretag', locale: 'sv', count: 1, lastSeenAt: expect.any(String) });
    expect(await countRows('needs_responses')).toBe(before);
    expect((await asRole('kn-researcher', '/kn-needs/backlog')).status).toBe(200);
    expect((await asRole(null, '/kn-needs/backlog')).status).toBe(401);
  });

  it('npm run seed -- --needs-synthetic N replaces the synthetic responses (real ones untouched)', async () => {
    const real = await countRows('needs_responses') - SYNTHETIC;
    const root = path.resolve(__dirname, '../../..');
    const env = { ...process.env, ...inject('cmsEnv') };
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'scripts/src/seed.ts'), '--quiet', '--needs-synthetic', '40'], { env, cwd: root, timeout: 120_000 });
    expect(stdout).toMatch(/Synthetic needs-check responses: 400 removed, 40 created/);
    const [row] = await sql(`SELECT COUNT(*) AS n FROM needs_responses WHERE synthetic = ${sqlBool(true)}`);
    expect(Number(row.n)).toBe(40);
    expect(await countRows('needs_responses')).toBe(real + 40);
  }, 150_000);
});
