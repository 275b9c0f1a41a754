import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, contentManager } from '../helpers/api';
import { ARTICLE, articleData, AUTHOR, connect, PATH, pathData, publishedDocumentId, unique } from '../helpers/fixtures';

describe('editorial roles', () => {
  let researcher: ReturnType<typeof contentManager>;
  let coordinator: ReturnType<typeof contentManager>;
  let articleId: string;

  beforeAll(async () => {
    researcher = contentManager(await adminToken('kn-researcher'));
    coordinator = contentManager(await adminToken('kn-coordinator'));
    articleId = await publishedDocumentId('research-articles');
  });

  it('a researcher creates and publishes a research article', async () => {
    const created = await researcher.create(ARTICLE, articleData());
    expect(created.status).toBe(201);
    expect((await researcher.publish(ARTICLE, created.body.data.documentId)).status).toBe(200);
  });

  it('a researcher cannot create or publish a learning path', async () => {
    expect((await researcher.create(PATH, pathData([{ article: connect(articleId) }]))).status).toBe(403);
    const byCoordinator = await coordinator.create(PATH, pathData([{ article: connect(articleId) }]));
    expect(byCoordinator.status).toBe(201);
    expect((await researcher.publish(PATH, byCoordinator.body.data.documentId)).status).toBe(403);
  });

  it('a researcher edits their own author profile but not another one', async () => {
    const own = await researcher.create(AUTHOR, { name: 'Rut Forskare', slug: unique('rut') });
    expect(own.status).toBe(201);
    expect((await researcher.update(AUTHOR, own.body.data.documentId, { bio: 'Forskar om glesbygd.' })).status).toBe(200);
    const seededAuthor = await publishedDocumentId('authors');
    expect((await researcher.update(AUTHOR, seededAuthor, { bio: 'Inte min profil.' })).status).toBe(403);
  });

  it('a coordinator builds and publishes a path but cannot write articles', async () => {
    const created = await coordinator.create(PATH, pathData([{ article: connect(articleId) }]));
    expect(created.status).toBe(201);
    expect((await coordinator.publish(PATH, created.body.data.documentId)).status).toBe(200);
    expect((await coordinator.create(ARTICLE, articleData())).status).toBe(403);
  });

  it('both roles read everything', async () => {
    for (const cm of [researcher, coordinator]) {
      for (const uid of [ARTICLE, PATH, 'api::guide.guide', 'api::course-module.course-module', 'api::topic.topic']) {
        expect((await cm.find(uid, 'locale=sv')).status, uid).toBe(200);
      }
    }
  });
});
