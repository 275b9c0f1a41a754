import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, request } from '../helpers/api';
import { sql, sqlBool } from '../helpers/database';
import { effortDraft, insertPairs, scoresOf, type SyntheticPair } from '../helpers/impact';

const round1 = (v: number) => Math.round(v * 10) / 10;
const get = async (path: string) => request('GET', path, { token: await adminToken('kn-coordinator') });

/** Skellefteå's five firms in effort 1, computed by hand below. */
const SKELLEFTEA: Array<Pick<SyntheticPair, 'before' | 'after'>> = [
  { before: scoresOf({ strategy: 20, tools: 10, skills: 50 }), after: scoresOf({ strategy: 30, tools: 0, skills: 40, data_security: 51 }) },
  { before: scoresOf({ strategy: 30, tools: 10, skills: 50 }), after: scoresOf({ strategy: 35, tools: 10, skills: 45, data_security: 51 }) },
  { before: scoresOf({ strategy: 40, tools: 10, skills: 50 }), after: scoresOf({ strategy: 40, tools: 20, skills: 50, data_security: 51 }) },
  { before: scoresOf({ strategy: 50, tools: 10, skills: 50 }), after: scoresOf({ strategy: 70, tools: 30, skills: null, data_security: 51 }) },
  { before: scoresOf({ strategy: 60, tools: 10, skills: 50 }), after: scoresOf({ strategy: 60, tools: 40, skills: 55, data_security: 51 }) },
];
// By hand: strategy 40 → 47 (+7); tools 10 → 20 (+10); skills, the four pairs with both answers: 50 → 47.5 (−2.5);
// data_security 50 → 51 (+1); automation_ai and sustainability 50 → 50 (0).
const SKELLEFTEA_BY_HAND = {
  strategy: { n: 5, before: 40, after: 47, change: 7 },
  tools: { n: 5, before: 10, after: 20, change: 10 },
  skills: { n: 4, before: 50, after: 47.5, change: -2.5 },
  data_security: { n: 5, before: 50, after: 51, change: 1 },
  automation_ai: { n: 5, before: 50, after: 50, change: 0 },
  sustainability: { n: 5, before: 50, after: 50, change: 0 },
};

const rising = (i: number): Pick<SyntheticPair, 'before' | 'after'> => ({ before: scoresOf({ strategy: 30 + i, tools: 20 }), after: scoresOf({ strategy: 40 + 2 * i, tools: 25 }) });

describe('before/after (paired needs-responses, k-anonymous)', () => {
  let e1: string;
  let e2: string;
  let umeaE1: SyntheticPair[];
  let umeaNone: SyntheticPair[];

  beforeAll(async () => {
    e1 = await effortDraft(['umea', 'skelleftea']);
    e2 = await effortDraft(['lycksele']);
    umeaE1 = Array.from({ length: 6 }, (_, i) => ({ municipality: 'umea', industry: 'food', efforts: [e1], ...rising(i) }));
    umeaNone = Array.from({ length: 5 }, (_, i) => ({ municipality: 'umea', industry: 'tourism', efforts: [], ...rising(10 + i) }));
    await insertPairs([
      ...umeaE1,
      ...SKELLEFTEA.map((p) => ({ municipality: 'skelleftea', industry: 'food', efforts: [e1], ...p })),
      ...umeaNone,
      ...Array.from({ length: 3 }, (_, i) => ({ municipality: 'lycksele', industry: 'crafts_design', efforts: [e2], ...rising(i) })),
      ...Array.from({ length: 2 }, (_, i) => ({ municipality: 'arvidsjaur', industry: 'crafts_design', efforts: [e2], ...rising(i) })),
    ]);
  });

  const byDimension = (dims: Array<{ dimension: string; n: number; before: number; after: number; change: number }>) =>
    Object.fromEntries(dims.map(({ dimension, n, before, after, change }) => [dimension, { n, before, after, change }]));

  it('an effort by municipality: the figures equal the hand computation', async () => {
    const res = await get(`/kn-impact/before-after?source=synthetic&groupBy=municipality&effort=${e1}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ k: 5, suppressed: false, total: 11, hidden: 0 });
    const skelleftea = res.body.groups.find((g: { key: string }) => g.key === 'skelleftea');
    expect(skelleftea.n).toBe(5);
    expect(byDimension(skelleftea.dimensions)).toEqual(SKELLEFTEA_BY_HAND);
    // Umeå: strategy (30+i) → (40+2i) for i = 0…5: means 32.5 → 45, change 12.5; tools 20 → 25.
    const umea = byDimension(res.body.groups.find((g: { key: string }) => g.key === 'umea').dimensions);
    expect(umea.strategy).toEqual({ n: 6, before: 32.5, after: 45, change: 12.5 });
    expect(umea.tools).toEqual({ n: 6, before: 20, after: 25, change: 5 });
  });

  it('per effort across the region: the effort’s pairs are the follow-ups naming it', async () => {
    const res = await get('/kn-impact/before-after?source=synthetic&groupBy=effort');
    const keys = res.body.groups.map((g: { key: string }) => g.key);
    expect(keys).toEqual(expect.arrayContaining([e1, e2, 'none']));
    const effort1 = res.body.groups.find((g: { key: string }) => g.key === e1);
    expect(effort1.n).toBe(11);
    const strategy = [...umeaE1.map((p) => [p.before.strategy!, p.after.strategy!]), ...SKELLEFTEA.map((p) => [p.before.strategy!, p.after.strategy!])];
    const before = strategy.reduce((s, [b]) => s + b, 0) / 11;
    const after = strategy.reduce((s, [, a]) => s + a, 0) / 11;
    expect(byDimension(effort1.dimensions).strategy).toEqual({ n: 11, before: round1(before), after: round1(after), change: round1(after - before) });
  });

  it('withholds groups under 5, and enough others that none can be worked out from the total', async () => {
    const effort2 = await get(`/kn-impact/before-after?source=synthetic&groupBy=municipality&effort=${e2}`);
    expect(effort2.body).toMatchObject({ suppressed: false, total: 5, groups: [], hidden: 2 });
    const lycksele = await get('/kn-impact/before-after?source=synthetic&groupBy=all&municipality=lycksele');
    expect(lycksele.body).toMatchObject({ suppressed: true, total: null, groups: [], dimensions: [] });
    const region = await get('/kn-impact/before-after?source=synthetic&groupBy=municipality');
    for (const g of region.body.groups) expect(g.n).toBeGreaterThanOrEqual(5);
    expect(region.body.groups.map((g: { key: string }) => g.key)).not.toContain('lycksele');
    expect(region.body.groups.map((g: { key: string }) => g.key)).not.toContain('arvidsjaur');
    const withheld = region.body.total - region.body.groups.reduce((s: number, g: { n: number }) => s + g.n, 0);
    expect(withheld === 0 || withheld >= 5).toBe(true);
  });

  it('refuses a bad query with a 400 naming the parameter', async () => {
    const res = await get('/kn-impact/before-after?groupBy=industry');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/groupBy/);
  });

  it('the needs overview counts each firm once: follow-ups are left out of it', async () => {
    const [{ n }] = await sql(`SELECT COUNT(*) AS n FROM needs_responses WHERE synthetic = ${sqlBool(true)} AND (wave IS NULL OR wave <> 'follow_up')`);
    const res = await get('/kn-needs/overview?source=synthetic');
    expect(res.body.total).toBe(Number(n));
  });

  it('never hands out the pseudonymous pair keys', async () => {
    const keys = (await sql(`SELECT pair_key FROM needs_responses WHERE wave = 'follow_up' AND pair_key IS NOT NULL`)).map((r) => String(r.pair_key));
    expect(keys.length).toBeGreaterThanOrEqual(21);
    const body = JSON.stringify((await get('/kn-impact/before-after?source=synthetic&groupBy=effort')).body);
    for (const key of keys) expect(body).not.toContain(key);
  });
});
