import { GraphQLClient } from 'graphql-request';
import { describe, expect, it } from 'vitest';
import { adminToken, cmsUrl, contentManager } from '../helpers/api';
import { siteCall, siteToken } from '../helpers/needs';
import { connect, publishedDocumentId } from '../helpers/fixtures';
import { sql } from '../helpers/database';
import { centreId, OCCASION, occasionData } from '../helpers/occasions';

const gql = () => new GraphQLClient(`${cmsUrl()}/graphql`, { headers: { authorization: `Bearer ${siteToken()}` } });
const HOUR = 3_600_000;

describe('occasions and municipalities: seeded content and the rules of a write', () => {
  it('seeds 29 municipalities (14 + 15) with seat coordinates, population and their centres', async () => {
    const { municipalities } = await gql().request<{ municipalities: { slug: string; county: string; seatLat: number; population: number; populationYear: number; learningCentres: { slug: string }[] }[] }>(
      '{ municipalities(locale: "sv", pagination: { limit: 100 }) { slug county seatLat population populationYear learningCentres { slug } } }',
    );
    expect(municipalities).toHaveLength(29);
    expect(municipalities.filter((m) => m.county === 'norrbotten')).toHaveLength(14);
    expect(municipalities.every((m) => m.seatLat > 63 && m.population > 1000)).toBe(true);
    expect(municipalities.find((m) => m.slug === 'overkalix')?.learningCentres).toEqual([{ slug: 'overkalix' }]);
  });

  it('seeds at least 16 upcoming occasions over the 4 centres, and past ones with attendance', async () => {
    const now = new Date().toISOString();
    const { occasions } = await gql().request<{ occasions: { startsAt: string; learningCentre: { slug: string } | null }[] }>(
      `{ occasions(locale: "en", filters: { startsAt: { gt: "${now}" } }, pagination: { limit: 100 }) { startsAt learningCentre { slug } } }`,
    );
    expect(occasions.length).toBeGreaterThanOrEqual(16);
    expect(new Set(occasions.map((o) => o.learningCentre?.slug).filter(Boolean))).toEqual(new Set(['overkalix', 'arjeplog', 'storuman', 'vilhelmina']));
    const attended = await sql("SELECT COUNT(*) AS n FROM occasion_signups WHERE signup_status = 'attended'");
    expect(Number(attended[0].n)).toBeGreaterThanOrEqual(20);
  });

  it('the featured beginner path no longer sends an Överkalix owner to Arjeplog: its on-site module runs at Överkalix too', async () => {
    const { learningPaths } = await gql().request<{ learningPaths: { steps: { module: { format: string; learningCentres: { slug: string }[]; occasions: { learningCentre: { slug: string } | null }[] } | null }[] }[] }>(
      '{ learningPaths(locale: "sv", filters: { featured: { eq: true }, level: { eq: "beginner" } }, pagination: { limit: 5 }) { steps { module { format learningCentres(pagination: { limit: 5 }) { slug } occasions(filters: { learningCentre: { slug: { eq: "overkalix" } } }, pagination: { limit: 5 }) { learningCentre { slug } } } } } }',
    );
    const onSite = learningPaths.flatMap((p) => p.steps.map((s) => s.module)).filter((m) => m && m.format !== 'self_paced');
    expect(onSite.length).toBeGreaterThan(0);
    for (const module of onSite) {
      expect(module?.learningCentres.map((c) => c.slug)).toContain('overkalix');
      expect(module?.occasions.some((o) => o.learningCentre?.slug === 'overkalix')).toBe(true);
    }
  });

  it('a municipality page gets the needs picture only under k-anonymity (site token); an unknown slug is 404', async () => {
    const res = await siteCall('GET', '/api/needs/picture?municipality=overkalix');
    expect(res.status).toBe(200);
    expect(typeof res.body.suppressed).toBe('boolean');
    if (res.body.suppressed) expect(res.body).toEqual({ suppressed: true, total: null, dimensions: [] });
    else expect(res.body.total).toBeGreaterThanOrEqual(5);
    expect((await siteCall('GET', '/api/needs/picture?municipality=stockholm')).status).toBe(404);
    expect((await siteCall('GET', '/api/needs/picture?municipality=overkalix', undefined, { token: null })).status).toBe(401);
  });

  const broken: [string, (d: ReturnType<typeof occasionData>) => object, string][] = [
    ['an end before the start', (d) => ({ ...d, endsAt: new Date(Date.parse(d.startsAt) - HOUR).toISOString() }), 'The occasion must end after it starts.'],
    ['a deadline after the start', (d) => ({ ...d, signupDeadline: new Date(Date.parse(d.startsAt) + HOUR).toISOString() }), 'The sign-up deadline must be before the start.'],
    ['an on-site occasion of a module without a centre', (d) => ({ ...d, learningCentre: undefined }), 'An on-site occasion of a course module must be at a learning centre.'],
  ];

  it.each(broken)('refuses %s with a 400 and a message; nothing is stored', async (_what, change, message) => {
    const cm = contentManager(await adminToken('strapi-super-admin'));
    const module = await publishedDocumentId('course-modules');
    const data = { ...change({ ...occasionData({ centre: await centreId('arjeplog') }), courseModule: connect(module) } as ReturnType<typeof occasionData>) } as { slug: string };
    const res = await cm.create(OCCASION, data);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
    expect(await sql('SELECT id FROM occasions WHERE slug = ?', [data.slug])).toEqual([]);
  });

  it('refuses 0 seats, and publishing an online occasion without its link', async () => {
    const cm = contentManager(await adminToken('strapi-super-admin'));
    expect((await cm.create(OCCASION, { ...occasionData(), format: 'online', seats: 0 })).status).toBe(400);
    const draft = await cm.create(OCCASION, occasionData({ format: 'online' }));
    expect(draft.status).toBe(201);
    const published = await cm.publish(OCCASION, draft.body.data.documentId);
    expect(published.status).toBe(400);
    expect(published.body.error.message).toContain('needs its online link');
  });
});
