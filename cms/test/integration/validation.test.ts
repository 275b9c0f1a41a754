import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, contentManager } from '../helpers/api';
import { ARTICLE, articleData, blocks, connect, MODULE, PATH, pathData, publishedDocumentId, TOPIC, unique } from '../helpers/fixtures';

type CM = ReturnType<typeof contentManager>;

async function countBySlug(cm: CM, uid: string, slug: string, locale = 'sv'): Promise<number> {
  const res = await cm.find(uid, `locale=${locale}&filters[slug][$eq]=${encodeURIComponent(slug)}`);
  return res.body.pagination.total;
}

describe('validation: clear errors, nothing stored', () => {
  let cm: CM;
  let articleId: string;
  let guideId: string;

  beforeAll(async () => {
    cm = contentManager(await adminToken('strapi-super-admin'));
    articleId = await publishedDocumentId('research-articles');
    guideId = await publishedDocumentId('guides');
  });

  it('a path step with no target', async () => {
    const data = pathData([{ article: connect(articleId) }, { note: 'tomt steg' }]);
    const res = await cm.create(PATH, data);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Step 2 has no target/);
    expect(await countBySlug(cm, PATH, data.slug)).toBe(0);
  });

  it('a path step with two targets', async () => {
    const data = pathData([{ article: connect(articleId), guide: connect(guideId) }]);
    const res = await cm.create(PATH, data);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Step 1 points to 2 items/);
    expect(await countBySlug(cm, PATH, data.slug)).toBe(0);
  });

  it('a valid path is stored with its total time derived from the steps', async () => {
    const data = pathData([{ article: connect(articleId) }, { guide: connect(guideId) }]);
    const res = await cm.create(PATH, { ...data, totalMinutes: 99999 });
    expect(res.status).toBe(201);
    expect(res.body.data.totalMinutes).not.toBe(99999);
    const stored = await cm.find(PATH, `locale=sv&filters[slug][$eq]=${data.slug}`);
    expect(stored.body.results[0].totalMinutes).toBeGreaterThan(0);
    expect(stored.body.results[0].totalMinutes).not.toBe(99999);
  });

  it('publishing a path whose step points to an unpublished item', async () => {
    const draft = await cm.create(ARTICLE, articleData());
    expect(draft.status).toBe(201);
    const data = pathData([{ article: connect(draft.body.data.documentId) }]);
    const created = await cm.create(PATH, data);
    expect(created.status).toBe(201);
    const res = await cm.publish(PATH, created.body.data.documentId);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/not published in sv: publish it first/);
    const after = await cm.find(PATH, `locale=sv&filters[slug][$eq]=${data.slug}`);
    expect(after.body.results[0].status).toBe('draft');
  });

  it('an over-long summary', async () => {
    const data = { ...articleData(), summary: 'x'.repeat(601) };
    const res = await cm.create(ARTICLE, data);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toMatch(/summary/);
    expect(await countBySlug(cm, ARTICLE, data.slug)).toBe(0);
  });

  it('a missing required field blocks publishing (drafts may be incomplete)', async () => {
    const { title: _title, ...data } = articleData();
    const draft = await cm.create(ARTICLE, data);
    expect(draft.status).toBe(201);
    const res = await cm.publish(ARTICLE, draft.body.data.documentId);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toMatch(/title/);
    const after = await cm.find(ARTICLE, `locale=sv&filters[slug][$eq]=${data.slug}`);
    expect(after.body.results[0].status).toBe('draft');
  });

  it('a slug used twice in one locale, but allowed across locales', async () => {
    const slug = unique('dubblett');
    expect((await cm.create(TOPIC, { name: 'Ett ämne', slug })).status).toBe(201);
    const clash = await cm.create(TOPIC, { name: 'Ett annat ämne', slug });
    expect(clash.status).toBe(400);
    expect(JSON.stringify(clash.body.error)).toMatch(/slug/i);
    expect(await countBySlug(cm, TOPIC, slug)).toBe(1);
    expect((await cm.create(TOPIC, { name: 'A topic', slug }, 'en')).status).toBe(201);
  });

  it('a knowledge check with two correct options', async () => {
    const slug = unique('modul');
    const data = {
      title: 'Testmodul', slug, summary: 'En modul som bara finns i testerna, med en trasig kunskapskontroll.', durationMinutes: 30, level: 'beginner', format: 'self_paced',
      learningObjectives: [{ text: 'Mål' }],
      sections: [
        { __component: 'sections.text', body: blocks('Text') },
        { __component: 'sections.knowledge-check', question: 'Vilket?', options: [{ text: 'A', correct: true }, { text: 'B', correct: true }] },
      ],
    };
    const res = await cm.create(MODULE, data);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/exactly one correct option, it has 2/);
    expect(await countBySlug(cm, MODULE, slug)).toBe(0);
  });
});
