import { indexUid, searchDocumentId } from '@kunskapsnavet/search';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { adminToken, contentManager, request } from '../helpers/api';
import { sql, sqlWrite } from '../helpers/database';
import { ARTICLE, articleData, unique } from '../helpers/fixtures';
import { eventually, indexed, meili } from '../helpers/search-index';

const BATCH = 25;
/** A timestamp as each database stores Strapi's datetimes (SQLite: epoch ms, PostgreSQL: timestamp). */
const at = (ms: number) => (inject('cmsEnv').DATABASE_CLIENT === 'postgres' ? new Date(ms).toISOString() : ms);

describe('search outbox: one poison document never blocks a batch', () => {
  let poison = '';
  let original = '';
  afterAll(async () => {
    // Leave the database as other files expect it: the article gets its id back, its dead letter goes.
    if (poison) await sqlWrite('UPDATE research_articles SET document_id = ? WHERE document_id = ?', [original, poison]);
    if (poison) await sqlWrite('DELETE FROM search_outbox WHERE target_document_id = ?', [poison]);
  });

  it(`a batch of ${BATCH} with one poison entry: the other ${BATCH - 1} become searchable, the poison a dead letter`, async () => {
    const cm = contentManager(await adminToken('strapi-super-admin'));
    const word = unique('giftfri').replace('-', '');
    const ids: string[] = [];
    for (let i = 0; i < BATCH; i += 1) {
      const created = await cm.create(ARTICLE, { ...articleData(), title: `Parti ${word} nummer ${i}` });
      expect(created.status).toBe(201);
      expect((await cm.publish(ARTICLE, created.body.data.documentId)).status).toBe(200);
      ids.push(created.body.data.documentId);
    }
    await eventually(async () => (await Promise.all(ids.map((id) => indexed('research-article', id, 'sv')))).every(Boolean), 90_000);
    const queued = () => sql(`SELECT id FROM search_outbox WHERE target_document_id IN (${ids.map(() => '?').join(', ')})`, ids);
    await eventually(async () => (await queued()).length === 0);

    // The poison: a published article whose search id breaks the index's rules (a dot), so mapping it fails.
    [original] = ids;
    poison = `poison.${original.slice(0, 12)}`;
    await sqlWrite('UPDATE research_articles SET document_id = ? WHERE document_id = ?', [poison, original]);
    // The healthy 24 leave the index, and all 25 are queued at once (the poison first), as one batch of the worker.
    const healthy = ids.slice(1);
    await meili().index(indexUid('sv')).deleteDocuments(healthy.map((id) => searchDocumentId('research-article', id, 'sv'))).waitTask({ timeout: 60_000 });
    expect(await indexed('research-article', healthy[0], 'sv')).toBeNull();
    const now = Date.now();
    const rows = [poison, ...healthy].map((id, i) => [`${id.slice(-10)}${i}x`.padEnd(24, 'x'), ARTICLE, id, at(now - (i === 0 ? 1000 : 0))]);
    await sqlWrite(
      `INSERT INTO search_outbox (document_id, target_uid, target_document_id, version, attempts, available_at, created_at, updated_at, published_at)
       VALUES ${rows.map(() => '(?, ?, ?, 1, 0, ?, ?, ?, ?)').join(', ')}
       ON CONFLICT (target_uid, target_document_id) DO UPDATE SET available_at = excluded.available_at, claimed_until = NULL`,
      rows.flatMap(([documentId, uid, target, time]) => [documentId, uid, target, time, time, time, time]),
    );

    const started = Date.now();
    await eventually(async () => (await Promise.all(healthy.map((id) => indexed('research-article', id, 'sv')))).every(Boolean), 90_000);
    console.log(`poison batch: ${healthy.length} healthy entries searchable ${Date.now() - started} ms after they were queued`);
    const [letter] = await eventually(() => sql('SELECT dead_at, attempts, last_error FROM search_outbox WHERE target_document_id = ? AND dead_at IS NOT NULL', [poison]).then((r) => (r.length ? r : null)));
    expect(String(letter.last_error)).toMatch(/invalid research-article entry/);
    // The healthy entries are done and gone; only the poison's dead letter stays.
    await eventually(async () => (await queued()).length === 0);

    // The coordinators' page counts it (the needs overview's backlog API).
    const backlog = await request('GET', '/kn-needs/backlog', { token: await adminToken('kn-coordinator') });
    expect(backlog.status).toBe(200);
    expect(backlog.body.searchSync.dead).toBeGreaterThanOrEqual(1);
  }, 240_000);

  it('one row per document: the unique key refuses a second one', async () => {
    const before = await sql('SELECT COUNT(*) AS n FROM search_outbox WHERE target_document_id = ?', [poison]);
    expect(Number(before[0].n)).toBe(1);
    await expect(
      sqlWrite('INSERT INTO search_outbox (document_id, target_uid, target_document_id, version, attempts, available_at) VALUES (?, ?, ?, 1, 0, ?)', ['dup'.padEnd(24, 'y'), ARTICLE, poison, at(Date.now() + 3_600_000)]),
    ).rejects.toThrow(/unique|UNIQUE/);
  });
});
