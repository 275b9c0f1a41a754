import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readEnvFile } from '../../../scripts/src/lib/env-file.ts';
import { adminToken, contentManager, request } from '../helpers/api';
import { ARTICLE, articleData, unique } from '../helpers/fixtures';
import { graphqlPost } from '../helpers/graphql';
import { siteCall } from '../helpers/needs';

const previewToken = () => readEnvFile(inject('cmsEnv').SITE_TOKEN_FILE).STRAPI_PREVIEW_TOKEN ?? '';

describe('draft preview', () => {
  let draftId: string;
  beforeAll(async () => {
    const cm = contentManager(await adminToken('strapi-super-admin'));
    draftId = (await cm.create(ARTICLE, articleData(unique('forhandsvisning')))).body.data.documentId;
  });

  it('the admin’s Preview button gets a link signed for one document that expires in minutes, with no secret in it', async () => {
    const res = await request('GET', `/content-manager/preview/url/${ARTICLE}?documentId=${draftId}&locale=sv&status=draft`, { token: await adminToken('strapi-super-admin') });
    expect(res.status).toBe(200);
    const url = new URL(res.body.data.url);
    expect(url.pathname).toBe('/forhandsvisning');
    expect(url.searchParams.get('documentId')).toBe(draftId);
    expect(url.searchParams.get('signature')).toMatch(/^[0-9a-f]{64}$/);
    const expiresIn = Number(url.searchParams.get('expires')) - Date.now() / 1000;
    expect(expiresIn).toBeGreaterThan(500);
    expect(expiresIn).toBeLessThanOrEqual(600);
    expect(url.search).not.toContain(inject('cmsEnv').NUXT_PREVIEW_SECRET);
    expect(url.searchParams.has('secret')).toBe(false);
  });

  it('the find-only preview token reads drafts (REST and GraphQL)', async () => {
    const rest = await request('GET', `/api/research-articles/${draftId}?locale=sv&status=draft`, { token: previewToken() });
    expect(rest.status).toBe(200);
    expect(rest.body.data.documentId).toBe(draftId);
    const gql = await graphqlPost(`{ researchArticle(documentId: "${draftId}", locale: "sv", status: DRAFT) { documentId } }`, {}, previewToken());
    expect(gql.status).toBe(200);
    expect(gql.body.data.researchArticle.documentId).toBe(draftId);
  });

  it('the preview token can do nothing else: no writes, no users, no needs routes, no mutations', async () => {
    const token = previewToken();
    expect([401, 403, 404, 405]).toContain((await request('POST', '/api/topics', { token, body: { data: { name: 'x', slug: unique('x') } } })).status);
    expect([401, 403]).toContain((await request('GET', '/api/users', { token })).status);
    expect((await siteCall('GET', '/api/needs/check?locale=sv', undefined, { token })).status).toBe(401);
    const mutation = await graphqlPost(`mutation { deleteResearchArticle(documentId: "${draftId}", locale: "sv") { documentId } }`, {}, token);
    expect(JSON.stringify(mutation.body.errors ?? [])).toMatch(/Forbidden|FORBIDDEN|not allowed|Cannot query/i);
    expect((await request('GET', `/api/research-articles/${draftId}?locale=sv&status=draft`, { token })).status).toBe(200);
  });
});
