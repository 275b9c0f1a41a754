import { GraphQLClient } from 'graphql-request';
import { describe, expect, it } from 'vitest';
import { adminToken, cmsUrl, contentManager, request } from '../helpers/api';
import { sql } from '../helpers/database';
import { connect, unique } from '../helpers/fixtures';
import { siteCall, siteToken } from '../helpers/needs';

const EFFORT = 'api::effort.effort';
const PARTNER = 'api::partner.partner';
const gql = () => new GraphQLClient(`${cmsUrl()}/graphql`, { headers: { authorization: `Bearer ${siteToken()}` } });

const effortData = (over: Record<string, unknown> = {}) => {
  const slug = unique('test-insats');
  return { title: `Testinsats ${slug}`, slug, pitch: 'En insats för test.', needDimensions: ['strategy'], industries: ['retail'], effortStatus: 'planned', startsOn: '2027-01-10', endsOn: '2027-03-10', ...over };
};

describe('efforts and partners: seeded content and the rules of a write', () => {
  it('seeds published efforts in sv and en with their path, modules, occasions and example partners', async () => {
    const query = '{ efforts(locale: "en", pagination: { limit: 50 }) { slug needDimensions effortStatus learningPath { slug } courseModules { slug } occasions { slug } partners { slug isExample } } }';
    const { efforts } = await gql().request<{ efforts: { slug: string; needDimensions: string[]; occasions: { slug: string }[]; partners: { isExample: boolean }[] }[] }>(query);
    const seeded = efforts.filter((e) => !e.slug.startsWith('test-') && !e.slug.startsWith('insats-'));
    expect(seeded.length).toBeGreaterThanOrEqual(4);
    expect(seeded.some((e) => e.occasions.length > 0)).toBe(true);
    expect(seeded.every((e) => e.partners.length > 0 && e.partners.every((p) => p.isExample))).toBe(true);
    const sv = await gql().request<{ efforts: { slug: string }[] }>('{ efforts(locale: "sv", pagination: { limit: 50 }) { slug } }');
    expect(new Set(sv.efforts.map((e) => e.slug))).toEqual(new Set(efforts.map((e) => e.slug)));
  });

  const broken: [string, Record<string, unknown>, string][] = [
    ['no need dimension', { needDimensions: [] }, 'Need dimensions must be a non-empty list'],
    ['an unknown need dimension', { needDimensions: ['marketing'] }, 'Need dimensions must be a non-empty list'],
    ['dimensions that are not a list', { needDimensions: 'strategy' }, 'Need dimensions must be a non-empty list'],
    ['an unknown industry', { industries: ['mining'] }, 'Industries must be a list'],
    ['an end before the start', { startsOn: '2027-03-10', endsOn: '2027-03-09' }, 'must not end before it starts'],
  ];
  it.each(broken)('refuses %s with a 400 and a message; nothing is stored', async (_what, over, message) => {
    const cm = contentManager(await adminToken('kn-coordinator'));
    const data = effortData(over);
    const res = await cm.create(EFFORT, data);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
    expect(await sql('SELECT id FROM efforts WHERE slug = ?', [data.slug])).toEqual([]);
  });

  it('an effort may end on the day it starts; publishing waits for its unpublished occasion, then works', async () => {
    const cm = contentManager(await adminToken('kn-coordinator'));
    expect((await cm.create(EFFORT, effortData({ startsOn: '2027-02-01', endsOn: '2027-02-01' }))).status).toBe(201);
    const partner = await cm.create(PARTNER, { name: 'Testpartner', slug: unique('test-partner'), kind: 'other', isExample: true });
    expect(partner.status).toBe(201);
    const effort = await cm.create(EFFORT, { ...effortData(), partners: connect(partner.body.data.documentId) });
    const refused = await cm.publish(EFFORT, effort.body.data.documentId);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('The partner "Testpartner" is not published in sv');
    expect((await cm.publish(PARTNER, partner.body.data.documentId)).status).toBe(200);
    expect((await cm.publish(EFFORT, effort.body.data.documentId)).status).toBe(200);
  });

  it('researchers read efforts and partners but cannot create them', async () => {
    const cm = contentManager(await adminToken('kn-researcher'));
    expect((await cm.find(EFFORT)).status).toBe(200);
    expect((await cm.find(PARTNER)).status).toBe(200);
    expect((await cm.create(EFFORT, effortData())).status).toBe(403);
    expect((await cm.create(PARTNER, { name: 'X', slug: unique('test-partner'), kind: 'other' })).status).toBe(403);
  });
});

describe('start an effort from a needs-overview selection', () => {
  const contact = (municipality: string) => ({ locale: 'sv', name: 'Test Testsson', email: `${unique('t')}@firma.example`, municipality, consentText: 'Jag samtycker till att bli kontaktad.' });

  it('counts the consented contact requests of the selection’s municipality, equal to the database', async () => {
    const token = await adminToken('kn-coordinator');
    for (const m of ['sorsele', 'sorsele', 'mala']) expect((await siteCall('POST', '/api/needs/contacts', contact(m))).status).toBe(201);
    const res = await request('GET', '/kn-efforts/selection?dimension=tools&municipality=sorsele&industry=retail', { token });
    expect(res.status).toBe(200);
    const rows = await sql("SELECT COUNT(*) AS n FROM needs_contacts WHERE municipality = 'sorsele' AND consented_at IS NOT NULL AND unsubscribed_at IS NULL");
    expect(res.body).toEqual({ selection: { dimension: 'tools', municipality: 'sorsele', industry: 'retail' }, consentedContacts: Number(rows[0].n) });
    expect(res.body.consentedContacts).toBeGreaterThanOrEqual(2);
    const all = await request('GET', '/kn-efforts/selection?dimension=tools', { token });
    const total = await sql('SELECT COUNT(*) AS n FROM needs_contacts WHERE consented_at IS NOT NULL AND unsubscribed_at IS NULL');
    expect(all.body.consentedContacts).toBe(Number(total[0].n));
  });

  it('a partner reads no contact count and starts drafts only for its own municipalities', async () => {
    const token = await adminToken('kn-partner');
    expect((await request('GET', '/kn-efforts/selection?dimension=tools&municipality=sorsele', { token })).status).toBe(403);
    // Sorsele is never one of the dev partner's municipalities (impact-roles may give it Umeå).
    const res = await request('POST', '/kn-efforts/start', { token, body: { dimension: 'tools', municipality: 'sorsele' } });
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).not.toContain('consentedContacts');
  });

  it('creates a draft effort carrying the selection and answers where to edit it', async () => {
    const token = await adminToken('kn-coordinator');
    const res = await request('POST', '/kn-efforts/start', { token, body: { dimension: 'data_security', municipality: 'sorsele', industry: 'tourism', title: 'Ny insats: IT-säkerhet × Sorsele × Turism' } });
    expect(res.status).toBe(201);
    expect(res.body.editPath).toBe(`/content-manager/collection-types/${EFFORT}/${res.body.documentId}?plugins[i18n][locale]=sv`);
    const draft = await request('GET', `/content-manager/collection-types/${EFFORT}/${res.body.documentId}?locale=sv`, { token });
    expect(draft.status).toBe(200);
    const data = draft.body.data;
    expect(data).toMatchObject({ title: 'Ny insats: IT-säkerhet × Sorsele × Turism', needDimensions: ['data_security'], industries: ['tourism'], effortStatus: 'planned', publishedAt: null });
    const municipalities = await sql('SELECT m.slug FROM efforts e JOIN efforts_municipalities_lnk l ON l.effort_id = e.id JOIN municipalities m ON m.id = l.municipality_id WHERE e.document_id = ?', [res.body.documentId]);
    expect(municipalities.map((r) => r.slug)).toEqual(['sorsele']);
    // Never public until a coordinator publishes it.
    expect((await request('GET', `/api/efforts?filters[documentId][$eq]=${res.body.documentId}`)).body.data).toEqual([]);
  });

  it('refuses a bad selection with a 400 that names what is allowed, and other roles with a 403', async () => {
    const token = await adminToken('kn-coordinator');
    const bad = await request('POST', '/kn-efforts/start', { token, body: { dimension: 'marketing' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('dimension must be one of: strategy');
    expect((await request('GET', '/kn-efforts/selection?dimension=tools&size=1', { token })).status).toBe(400);
    const researcher = await adminToken('kn-researcher');
    expect((await request('POST', '/kn-efforts/start', { token: researcher, body: { dimension: 'tools' } })).status).toBe(403);
    expect((await request('GET', '/kn-efforts/selection?dimension=tools')).status).toBe(401);
  });
});
