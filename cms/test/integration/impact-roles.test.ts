import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, contentManager, request } from '../helpers/api';
import { tokenForNewUser } from '../helpers/admin-users';
import { unique } from '../helpers/fixtures';
import { EFFORT, effortDraft, PARTNER, partnerFor } from '../helpers/impact';
import { siteCall } from '../helpers/needs';

type Who = 'anonymous' | 'researcher' | 'editor' | 'author' | 'coordinator' | 'partner' | 'superAdmin';

/** Every role against every figure route: 401 without a session, 403 for roles without a part in it. */
describe('impact and overview: role boundaries', () => {
  const tokens: Partial<Record<Who, string>> = {};
  let umea: string;
  let lycksele: string;
  const routes = () => [
    '/kn-impact/before-after?source=synthetic&municipality=umea',
    '/kn-impact/efforts',
    `/kn-impact/efforts/${umea}/report`,
    `/kn-impact/efforts/${umea}/report.csv`,
    '/kn-needs/overview?source=synthetic&municipality=umea',
    '/kn-needs/overview.csv?source=synthetic&municipality=umea',
    '/kn-needs/backlog',
  ];
  // Status per route, in the order of routes().
  const EXPECTED: Record<Who, number[]> = {
    anonymous: [401, 401, 401, 401, 401, 401, 401],
    researcher: [403, 403, 403, 403, 403, 403, 200],
    editor: [403, 403, 403, 403, 403, 403, 403],
    author: [403, 403, 403, 403, 403, 403, 403],
    coordinator: [200, 200, 200, 200, 200, 200, 200],
    partner: [200, 200, 200, 200, 200, 200, 403],
    superAdmin: [200, 200, 200, 200, 200, 200, 200],
  };

  beforeAll(async () => {
    umea = await effortDraft(['umea']);
    lycksele = await effortDraft(['lycksele']);
    await partnerFor(['umea']);
    tokens.researcher = await adminToken('kn-researcher');
    tokens.coordinator = await adminToken('kn-coordinator');
    tokens.partner = await adminToken('kn-partner');
    tokens.superAdmin = await adminToken('strapi-super-admin');
    tokens.editor = await tokenForNewUser('strapi-editor');
    tokens.author = await tokenForNewUser('strapi-author');
  });

  it.each(Object.keys(EXPECTED) as Who[])('%s', async (who) => {
    const statuses = [];
    for (const path of routes()) statuses.push((await request('GET', path, { token: tokens[who] })).status);
    expect(statuses).toEqual(EXPECTED[who]);
  });

  it('the site token reaches none of them', async () => {
    for (const path of routes()) expect((await siteCall('GET', path)).status, path).toBe(401);
  });

  it('a partner sees only its own municipalities and their efforts', async () => {
    const as = (path: string) => request('GET', path, { token: tokens.partner });
    expect((await as('/kn-impact/before-after?source=synthetic')).status).toBe(403);
    expect((await as('/kn-impact/before-after?source=synthetic&municipality=lycksele')).status).toBe(403);
    expect((await as('/kn-needs/overview?source=synthetic')).status).toBe(403);
    expect((await as('/kn-needs/overview?source=synthetic&groupBy=municipality&municipality=lycksele')).status).toBe(403);
    expect((await as(`/kn-impact/efforts/${lycksele}/report`)).status).toBe(403);
    expect((await as(`/kn-impact/efforts/${lycksele}/report.csv`)).status).toBe(403);
    const listed = (await as('/kn-impact/efforts')).body.efforts.map((e: { documentId: string }) => e.documentId);
    expect(listed).toContain(umea);
    expect(listed).not.toContain(lycksele);
    const all = (await request('GET', '/kn-impact/efforts', { token: tokens.coordinator })).body.efforts.map((e: { documentId: string }) => e.documentId);
    expect(all).toEqual(expect.arrayContaining([umea, lycksele]));
  });

  it('a partner proposes an effort as a draft but cannot publish it nor edit another’s', async () => {
    const cm = contentManager(tokens.partner!);
    const slug = unique('partner-insats');
    const created = await cm.create(EFFORT, { title: `Förslag ${slug}`, slug, pitch: 'Ett förslag.', needDimensions: ['skills'], effortStatus: 'planned', startsOn: '2027-01-01', endsOn: '2027-06-30' });
    expect(created.status).toBe(201);
    expect(created.body.data.publishedAt).toBeNull();
    expect((await cm.update(EFFORT, created.body.data.documentId, { pitch: 'Ett bättre förslag.' })).status).toBe(200);
    expect((await cm.publish(EFFORT, created.body.data.documentId)).status).toBe(403);
    expect((await cm.update(EFFORT, umea, { pitch: 'Inte mitt.' })).status).toBe(403);
    expect((await cm.remove(EFFORT, created.body.data.documentId)).status).toBe(403);
  });

  it('a partner reads no contact request, sign-up, tally or partner membership', async () => {
    const cm = contentManager(tokens.partner!);
    for (const uid of ['api::needs-contact.needs-contact', 'api::occasion-signup.occasion-signup', 'api::occasion-tally.occasion-tally', 'api::needs-response.needs-response', 'api::search-miss.search-miss']) {
      expect([403, 404], uid).toContain((await cm.find(uid)).status);
    }
    const partners = await cm.find(PARTNER, 'locale=sv&page=1&pageSize=50');
    expect(partners.status).toBe(200);
    // The members (who belongs to which organisation) stay hidden; createdBy is Strapi's own field on every type.
    expect(JSON.stringify(partners.body)).not.toMatch(/"members"|partner@kunskapsnavet\.example/);
  });

  it('a researcher cannot create efforts', async () => {
    const slug = unique('nej');
    const res = await contentManager(tokens.researcher!).create(EFFORT, { title: `Nej ${slug}`, slug, pitch: 'x', needDimensions: ['skills'], effortStatus: 'planned', startsOn: '2027-01-01', endsOn: '2027-06-30' });
    expect(res.status).toBe(403);
  });
});
