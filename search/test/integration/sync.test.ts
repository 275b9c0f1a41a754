import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaskFailedError } from '../../src/errors.ts';
import { indexUid } from '../../src/indexes.ts';
import { toSearchDocument } from '../../src/map/index.ts';
import { parseSearchInput, search } from '../../src/query.ts';
import { deleteDocuments, upsertDocuments } from '../../src/sync.ts';
import { waitForSuccess } from '../../src/tasks.ts';
import { corpus } from '../fixtures/corpus.ts';
import { bookingSv } from '../fixtures/strapi/guides.ts';
import { adminClient, dropIndexes, uniquePrefix } from '../support/meili.ts';

let client: Meilisearch;
const prefix = uniquePrefix('sync');

beforeAll(() => {
  client = adminClient();
});
afterAll(() => dropIndexes(client, prefix));

describe('upsertDocuments / deleteDocuments', () => {
  it('creates a missing index with its settings, indexes and waits for success', async () => {
    const task = await upsertDocuments({ client, locale: 'sv', prefix, documents: corpus('sv') });
    expect(task.status).toBe('succeeded');
    expect((await client.index(indexUid('sv', prefix)).getSettings()).localizedAttributes?.[0]?.locales).toEqual(['swe']);
    expect((await search(client, parseSearchInput({ q: 'får', crossLanguage: false }), { prefix })).hits[0]?.url).toBe('/guider/sa-far-du-fler-bokningar');
  });

  it('replaces a re-published document instead of duplicating it', async () => {
    const result = toSearchDocument('guide', { ...bookingSv, title: 'Fler bokningar med onlinebokning', updatedAt: '2025-07-01T08:00:00.000Z' });
    if (result.kind !== 'document') throw new Error('expected a document');
    await upsertDocuments({ client, locale: 'sv', prefix, documents: [result.document] });
    const { results } = await client.index(indexUid('sv', prefix)).getDocuments({ limit: 100, fields: ['id', 'title'] });
    expect(results.filter((doc) => doc.id === result.document.id)).toEqual([{ id: result.document.id, title: 'Fler bokningar med onlinebokning' }]);
  });

  it('deletes by id, ignoring ids that are not there', async () => {
    const id = 'guide-b0o1k2i3n4g5e6x7p8e9r0i1-sv';
    const task = await deleteDocuments({ client, locale: 'sv', prefix, ids: [id, 'guide-neverindexed-sv'] });
    expect(task?.status).toBe('succeeded');
    expect((await search(client, parseSearchInput({ q: 'bokningar', crossLanguage: false }), { prefix })).hits.map((hit) => hit.id)).not.toContain(id);
  });

  it('enqueues no task when none of the ids is in the index (a draft never published)', async () => {
    const before = (await client.tasks.getTasks({ indexUids: [indexUid('sv', prefix)], limit: 1 })).results[0]?.uid;
    expect(await deleteDocuments({ client, locale: 'sv', prefix, ids: ['guide-neverindexed-sv'] })).toBeNull();
    expect((await client.tasks.getTasks({ indexUids: [indexUid('sv', prefix)], limit: 1 })).results[0]?.uid).toBe(before);
  });

  it('still deletes a document whose upsert is pending when the delete is planned', async () => {
    const doc = corpus('sv')[1];
    if (!doc) throw new Error('corpus: expected two documents');
    await deleteDocuments({ client, locale: 'sv', prefix, ids: [doc.id] });
    // Meilisearch runs one batch at a time: a large task on another index keeps the upsert enqueued (a one-document
    // batch alone can finish before the delete is planned, and then the other branch would be tested).
    const blocker = client.index(`${prefix}_blocker`).addDocuments(Array.from({ length: 2000 }, (_, i) => ({ id: i, text: `${doc.body} ${i}` })));
    await blocker;
    const pending = await client.index(indexUid('sv', prefix)).addDocuments([doc]);
    const deleted = await deleteDocuments({ client, locale: 'sv', prefix, ids: [doc.id] });
    const upsert = await client.tasks.waitForTask(pending.taskUid, { timeout: 60_000 });
    await blocker.waitTask({ timeout: 60_000 });
    await client.deleteIndex(`${prefix}_blocker`).waitTask();
    expect(new Date(upsert.startedAt ?? 0).getTime()).toBeGreaterThan(new Date(deleted?.enqueuedAt ?? Number.NaN).getTime());
    const { results } = await client.index(indexUid('sv', prefix)).getDocuments({ ids: [doc.id], fields: ['id'] });
    expect(results).toEqual([]);
  });

  it('rejects a document of another locale before sending anything', async () => {
    await expect(upsertDocuments({ client, locale: 'sv', prefix, documents: corpus('en').slice(0, 1) })).rejects.toThrow(/is en, not sv/);
  });

  it('throws TaskFailedError when Meilisearch rejects the task', async () => {
    await expect(waitForSuccess(client.index(indexUid('sv', prefix)).addDocuments([{ id: 'not valid!' }]))).rejects.toThrow(TaskFailedError);
  });
});
