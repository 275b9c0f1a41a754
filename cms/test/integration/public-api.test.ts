import { GraphQLClient, ClientError } from 'graphql-request';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminToken, cmsUrl, contentManager, request } from '../helpers/api';
import { ARTICLE, articleData, unique } from '../helpers/fixtures';

const graphql = (token?: string) => new GraphQLClient(`${cmsUrl()}/graphql`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('public REST and GraphQL', () => {
  let draftSlug: string;
  let draftId: string;

  beforeAll(async () => {
    const cm = contentManager(await adminToken('strapi-super-admin'));
    draftSlug = unique('utkast');
    const res = await cm.create(ARTICLE, articleData(draftSlug));
    expect(res.status).toBe(201);
    draftId = res.body.data.documentId;
  });

  it.each(['sv', 'en'])('REST returns published items in %s only', async (locale) => {
    const res = await request('GET', `/api/research-articles?locale=${locale}&pagination[pageSize]=100`);
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    expect(new Set(res.body.data.map((a: { locale: string }) => a.locale))).toEqual(new Set([locale]));
    expect(res.body.data.every((a: { publishedAt: string | null }) => a.publishedAt)).toBe(true);
  });

  it.each(['sv', 'en'])('GraphQL returns published items in %s only', async (locale) => {
    const data = await graphql().request<{ researchArticles: { locale: string; title: string }[] }>(
      'query ($locale: I18NLocaleCode) { researchArticles(locale: $locale, pagination: { limit: 100 }) { locale title } }',
      { locale },
    );
    expect(data.researchArticles.length).toBeGreaterThan(0);
    expect(new Set(data.researchArticles.map((a) => a.locale))).toEqual(new Set([locale]));
  });

  it('never lists or serves a draft', async () => {
    const list = await request('GET', `/api/research-articles?locale=sv&filters[slug][$eq]=${draftSlug}`);
    expect(list.body.data).toEqual([]);
    expect((await request('GET', `/api/research-articles/${draftId}?locale=sv`)).status).toBe(404);
  });

  it.each([
    ['public', undefined],
    ['the site’s read-only token', 'site'],
  ])('refuses status=draft for %s (REST)', async (_who, who) => {
    const token = who === 'site' ? inject('siteToken') : undefined;
    const res = await request('GET', `/api/research-articles?locale=sv&status=draft`, { token });
    expect(res.status).toBe(403);
    expect(res.body.data).toBeFalsy();
  });

  it('refuses status: DRAFT (GraphQL)', async () => {
    const query = `{ researchArticles(locale: "sv", status: DRAFT) { title } }`;
    const error = await graphql(inject('siteToken')).request(query).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect(JSON.stringify((error as ClientError).response.errors)).toMatch(/Drafts are not readable/);
  });

  it('a full-access token (the site’s draft preview) reads drafts', async () => {
    const created = await request('POST', '/admin/api-tokens', {
      token: await adminToken('strapi-super-admin'),
      body: { name: unique('preview'), type: 'full-access', lifespan: null, kind: 'content-api' },
    });
    expect(created.status).toBe(201);
    const res = await request('GET', `/api/research-articles?locale=sv&status=draft&filters[slug][$eq]=${draftSlug}`, { token: created.body.data.accessKey });
    expect(res.status).toBe(200);
    expect(res.body.data.map((a: { documentId: string }) => a.documentId)).toEqual([draftId]);
  });

  it('the site token reads published content', async () => {
    const res = await request('GET', '/api/research-articles?locale=sv', { token: inject('siteToken') });
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
  });

  it('refuses public REST mutations and stores nothing', async () => {
    const before = (await request('GET', '/api/topics?locale=sv')).body.meta.pagination.total;
    const post = await request('POST', '/api/topics', { body: { data: { name: 'Intrång', slug: unique('intrang') } } });
    expect([403, 404, 405]).toContain(post.status);
    const someTopic = (await request('GET', '/api/topics?locale=sv')).body.data[0].documentId;
    expect([403, 404, 405]).toContain((await request('PUT', `/api/topics/${someTopic}`, { body: { data: { name: 'x' } } })).status);
    expect([403, 404, 405]).toContain((await request('DELETE', `/api/topics/${someTopic}`)).status);
    expect((await request('GET', '/api/topics?locale=sv')).body.meta.pagination.total).toBe(before);
  });

  it('refuses public GraphQL mutations', async () => {
    const error = await graphql()
      .request(`mutation { createTopic(data: { name: "Intrång", slug: "${unique('intrang')}" }) { documentId } }`)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
  });

  it('caps page sizes', async () => {
    const res = await request('GET', '/api/topics?pagination[pageSize]=10000');
    expect(res.body.meta.pagination.pageSize).toBeLessThanOrEqual(100);
  });

});
