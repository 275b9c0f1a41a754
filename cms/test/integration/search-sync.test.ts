import fs from 'node:fs';
import { startMeilisearch } from '@kunskapsnavet/search';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminToken, contentManager, request } from '../helpers/api';
import { ARTICLE, articleData, TOPIC, unique } from '../helpers/fixtures';
import { eventually, findInIndex, indexed, meili } from '../helpers/search-index';

type CM = ReturnType<typeof contentManager>;

/** A published article in sv and en with a word no other item has. */
async function publishedArticle(cm: CM, word: string) {
  const sv = await cm.create(ARTICLE, { ...articleData(), title: `Forskning om ${word} i glesbygden` });
  expect(sv.status).toBe(201);
  const documentId: string = sv.body.data.documentId;
  const en = await cm.update(ARTICLE, documentId, { ...articleData(unique('test-article')), title: `Research on ${word} in rural areas` }, 'en');
  expect(en.status).toBe(200);
  expect((await cm.publish(ARTICLE, documentId, 'sv')).status).toBe(200);
  expect((await cm.publish(ARTICLE, documentId, 'en')).status).toBe(200);
  return documentId;
}

describe('search sync', () => {
  let cm: CM;
  beforeAll(async () => {
    cm = contentManager(await adminToken('strapi-super-admin'));
  });

  it('the demo content is indexed in both languages', async () => {
    const total = (await request('GET', '/api/research-articles?locale=sv')).body.meta.pagination.total;
    // The first indexing of the whole demo content takes several seconds on a loaded machine.
    await eventually(async () => (await findInIndex('sv', '')).length >= total, 30_000);
    await eventually(async () => (await findInIndex('en', '')).length >= total, 30_000);
  });

  it('a published article is searchable, also with a Swedish typo', async () => {
    const word = `renskötsel${Date.now() % 100000}`;
    const documentId = await publishedArticle(cm, word);
    await eventually(() => indexed('research-article', documentId, 'sv'));
    await eventually(async () => (await findInIndex('sv', word.replace('sk', 'ks'))).some((h) => h.documentId === documentId));
    await eventually(async () => (await indexed('research-article', documentId, 'en'))?.title.startsWith('Research on'));
  });

  it('unpublishing one locale removes exactly that locale; deleting one removes only it', async () => {
    const documentId = await publishedArticle(cm, unique('fjällturism'));
    await eventually(() => indexed('research-article', documentId, 'en'));
    const unpublish = await request('POST', `/content-manager/collection-types/${ARTICLE}/${documentId}/actions/unpublish?locale=en`, { token: await adminToken('strapi-super-admin'), body: {} });
    expect(unpublish.status).toBe(200);
    await eventually(async () => (await indexed('research-article', documentId, 'en')) === null);
    expect(await indexed('research-article', documentId, 'sv')).not.toBeNull();

    const again = await publishedArticle(cm, unique('kustfiske'));
    await eventually(() => indexed('research-article', again, 'sv'));
    await eventually(() => indexed('research-article', again, 'en'));
    expect((await cm.remove(ARTICLE, again, 'sv')).status).toBe(200);
    await eventually(async () => (await indexed('research-article', again, 'sv')) === null);
    expect(await indexed('research-article', again, 'en')).not.toBeNull();
  });

  it('drafts never reach the index', async () => {
    const draft = await cm.create(ARTICLE, articleData());
    const draftId: string = draft.body.data.documentId;
    await cm.update(ARTICLE, draftId, { summary: 'Ändrad sammanfattning i ett utkast som aldrig publiceras.' });
    // A later publish is processed after the draft's changes: once it is visible, the draft's turn has passed.
    const later = await publishedArticle(cm, unique('sentinel'));
    await eventually(() => indexed('research-article', later, 'sv'));
    expect(await indexed('research-article', draftId, 'sv')).toBeNull();
    expect(await indexed('research-article', draftId, 'en')).toBeNull();
  });

  it('a change to a shared (non-localized) field reaches both locales', async () => {
    const documentId = await publishedArticle(cm, unique('skogsbruk'));
    await eventually(() => indexed('research-article', documentId, 'en'));
    await cm.update(ARTICLE, documentId, { readingMinutes: 42 }, 'sv');
    await cm.publish(ARTICLE, documentId, 'sv');
    await eventually(async () => (await indexed('research-article', documentId, 'en'))?.minutes === 42);
    await eventually(async () => (await indexed('research-article', documentId, 'sv'))?.minutes === 42);
  });

  it('renaming a topic re-indexes the articles that carry it', async () => {
    const topics = await cm.find(TOPIC, 'locale=sv&filters[slug][$eq]=e-handel');
    const topic = topics.body.results[0];
    const newName = `E-handel och näthandel ${unique('x')}`;
    expect((await cm.update(TOPIC, topic.documentId, { name: newName }, 'sv')).status).toBe(200);
    expect((await cm.publish(TOPIC, topic.documentId, 'sv')).status).toBe(200);
    await eventually(async () => (await findInIndex('sv', newName)).some((h) => h.topics.includes(newName)), 15_000);
  });

  it('nothing is lost when Meilisearch is down during 50 publishes', async () => {
    const port = Number(new URL(inject('meiliUrl')).port);
    const health = await meili().health();
    expect(health.status).toBe('available');
    // Kill the running Meilisearch (the one the test setup started; its pid is the only one listening on port).
    process.kill(findMeiliPid(port), 'SIGKILL');
    await expect(meili().health()).rejects.toThrow();

    const ids: string[] = [];
    const word = `stormkök${Date.now() % 100000}`;
    for (let i = 0; i < 50; i += 1) {
      const created = await cm.create(ARTICLE, { ...articleData(), title: `Avbrott ${word} nummer ${i}` });
      expect(created.status).toBe(201);
      expect((await cm.publish(ARTICLE, created.body.data.documentId)).status).toBe(200);
      ids.push(created.body.data.documentId);
    }

    const restarted = await startMeilisearch({ dataDir: inject('meiliDataDir'), masterKey: inject('meiliMasterKey'), env: 'development', port });
    fs.writeFileSync(inject('meiliPidFile'), String(restarted.pid));
    const found = await eventually(async () => {
      const present = await Promise.all(ids.map((id) => indexed('research-article', id, 'sv')));
      return present.every(Boolean) ? present : null;
    }, 60_000);
    expect(found).toHaveLength(50);
  }, 120_000);
});

/** The pid of the process whose command line holds `--http-addr 127.0.0.1:<port>`. */
function findMeiliPid(port: number): number {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (cmdline.some((arg) => arg.endsWith('meilisearch')) && cmdline.includes(`127.0.0.1:${port}`)) return Number(entry);
    } catch {
      // process ended while we looked
    }
  }
  throw new Error(`no meilisearch process on port ${port}`);
}
