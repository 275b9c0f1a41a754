import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, contentManager, request } from '../helpers/api';
import { ARTICLE, articleData, STUDY, unique } from '../helpers/fixtures';

type CM = ReturnType<typeof contentManager>;
const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../fixtures/references', name), 'utf8');
const articleCount = async (cm: CM) => (await cm.find(ARTICLE, 'locale=sv&pageSize=1')).body.pagination.total as number;
const importAs = (token: string, text: string) => request('POST', '/kn-research/import', { token, body: { text } });

describe('original study: validated inside the write', () => {
  let cm: CM;
  beforeAll(async () => {
    cm = contentManager(await adminToken('strapi-super-admin'));
  });

  it.each([
    ['a bare domain instead of the study', { ...STUDY, doi: null, url: 'https://www.oecd.org' }, /home page/],
    ['no authors', { ...STUDY, authors: [] }, /has no authors/],
    ['neither DOI nor link', { ...STUDY, doi: null, url: null }, /DOI or a link/],
  ])('refuses %s with a message in both languages, storing nothing', async (_case, originalStudy, message) => {
    const data = { ...articleData(), originalStudy };
    const res = await cm.create(ARTICLE, data);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
    expect(res.body.error.message).toMatch(/Originalstudien|Länken/);
    expect((await cm.find(ARTICLE, `locale=sv&filters[slug][$eq]=${data.slug}`)).body.pagination.total).toBe(0);
  });

  it('accepts a deep link, and refuses to publish an article without a study', async () => {
    const ok = await cm.create(ARTICLE, { ...articleData(), originalStudy: { ...STUDY, doi: null, url: 'https://www.oecd.org/en/publications/x.html' } });
    expect(ok.status).toBe(201);
    const bare = await cm.create(ARTICLE, { ...articleData(), originalStudy: null });
    expect(bare.status).toBe(201);
    const res = await cm.publish(ARTICLE, bare.body.data.documentId);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/needs its original study/);
    const after = await cm.find(ARTICLE, `locale=sv&filters[documentId][$eq]=${bare.body.data.documentId}`);
    expect(after.body.results[0].status).toBe('draft');
  });
});

describe('bring a paper in: POST /kn-research/import', () => {
  let cm: CM;
  let researcher: string;
  beforeAll(async () => {
    cm = contentManager(await adminToken('strapi-super-admin'));
    researcher = await adminToken('kn-researcher');
  });

  it('creates drafts with the original study filled in from BibTeX, RIS and CSL-JSON', async () => {
    const before = await articleCount(cm);
    const reports = [];
    for (const file of ['new-works.bib', 'new-works.ris', 'new-works.json']) {
      const res = await importAs(researcher, fixture(file));
      expect(res.status, file).toBe(200);
      reports.push(res.body);
    }
    expect(reports.map((r) => [r.parsed, r.created.length, r.rejected.length])).toEqual([[1, 1, 0], [1, 1, 0], [1, 1, 0]]);
    expect(await articleCount(cm)).toBe(before + 3);
    const stored = await cm.find(ARTICLE, `locale=sv&filters[documentId][$eq]=${reports[1].created[0].documentId}`);
    const draft = stored.body.results[0];
    expect(draft).toMatchObject({ status: 'draft', title: 'Business model innovation: Opportunities and barriers', slug: 'business-model-innovation-opportunities-and-barriers' });
    const full = await request('GET', `/content-manager/collection-types/${ARTICLE}/${draft.documentId}?locale=sv`, { token: researcher });
    expect(full.body.data.originalStudy).toMatchObject({
      authors: [{ name: 'Henry Chesbrough' }], year: 2010, doi: '10.1016/j.lrp.2009.07.010', venue: 'Long Range Planning 43(2), 354–363', openAccess: false,
    });
  });

  it('rejects the 12 cited works as already there, creating nothing', async () => {
    const before = await articleCount(cm);
    for (const file of ['cited-works.bib', 'cited-works.ris']) {
      const res = await importAs(researcher, fixture(file));
      expect(res.status).toBe(400);
      expect(res.body.error.details).toMatchObject({ code: 'nothing_imported', parsed: 12, created: [] });
      expect(res.body.error.details.rejected.map((r: { problems: { code: string }[] }) => r.problems[0]!.code)).toEqual(Array(12).fill('duplicate'));
    }
    expect(await articleCount(cm)).toBe(before);
  });

  it.each([
    ['broken.bib', 4, ['missing_authors', 'missing_year', 'bare_domain', 'unreadable']],
    ['broken.ris', 2, ['missing_authors', 'missing_title']],
    ['dois.txt', 2, ['missing_authors', 'missing_authors']],
  ])('rejects every entry of %s, saying what is missing, and stores nothing', async (file, parsed, firstCodes) => {
    const before = await articleCount(cm);
    const res = await importAs(researcher, fixture(file));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^Inget importerades \/ Nothing imported/);
    expect(res.body.error.details.parsed).toBe(parsed);
    expect(res.body.error.details.rejected.map((r: { problems: { code: string }[] }) => r.problems[0]!.code)).toEqual(firstCodes);
    expect(await articleCount(cm)).toBe(before);
  });

  it('imports the complete entries of a mixed paste and reports the rest', async () => {
    const text = `${fixture('broken.bib').split('@book{baredomain')[0]}\n@article{${unique('ok')}, author={Henry Chesbrough}, title={${unique('Open innovation note')}}, journal={Research-Technology Management}, year={2003}, url={https://example.org/papers/chesbrough-2003}}`;
    const res = await importAs(researcher, text);
    expect(res.status).toBe(200);
    expect([res.body.parsed, res.body.created.length, res.body.rejected.length]).toEqual([3, 1, 2]);
  });

  it('is for researchers: a coordinator gets 403, no session 401', async () => {
    expect((await importAs(await adminToken('kn-coordinator'), fixture('new-works.bib'))).status).toBe(403);
    expect((await request('POST', '/kn-research/import', { body: { text: 'x' } })).status).toBe(401);
  });
});

describe('review list: GET /kn-research/review-due', () => {
  it('lists a guide whose last review is older than its interval, not the freshly reviewed seed guides', async () => {
    const cm = contentManager(await adminToken('strapi-super-admin'));
    const guides = await cm.find('api::guide.guide', 'locale=sv&pageSize=1');
    const target = guides.body.results[0];
    const coordinator = await adminToken('kn-coordinator');
    const before = await request('GET', '/kn-research/review-due', { token: coordinator });
    expect(before.status).toBe(200);
    expect(before.body.items.map((i: { documentId: string }) => i.documentId)).not.toContain(target.documentId);
    expect((await cm.update('api::guide.guide', target.documentId, { lastReviewed: '2024-01-15', reviewIntervalMonths: 12 })).status).toBe(200);
    const after = await request('GET', '/kn-research/review-due', { token: coordinator });
    expect(after.body.items).toContainEqual(expect.objectContaining({ documentId: target.documentId, lastReviewed: '2024-01-15', dueOn: '2025-01-15' }));
    await cm.update('api::guide.guide', target.documentId, { lastReviewed: '2026-12-02', reviewIntervalMonths: 12 });
  });

  it('refuses a bad window with a clear message', async () => {
    const res = await request('GET', '/kn-research/review-due?withinDays=9999', { token: await adminToken('kn-researcher') });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/withinDays/);
  });
});
