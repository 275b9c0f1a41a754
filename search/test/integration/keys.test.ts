import { MeilisearchApiError, type Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient } from '../../src/client.ts';
import { indexUid } from '../../src/indexes.ts';
import { ensureSearchKey } from '../../src/keys.ts';
import { parseSearchInput, search } from '../../src/query.ts';
import { adminClient, dropIndexes, seedCorpus, uniquePrefix } from '../support/meili.ts';

let admin: Meilisearch;
const prefix = uniquePrefix('keys');

beforeAll(async () => {
  admin = adminClient();
  await seedCorpus(admin, prefix);
});
afterAll(() => dropIndexes(admin, prefix));

async function statusOf(promise: Promise<unknown>): Promise<number | undefined> {
  const error = await promise.then(() => null, (e: unknown) => e);
  return error instanceof MeilisearchApiError ? error.response.status : undefined;
}

describe('ensureSearchKey', () => {
  it('returns the same key on every call', async () => {
    const first = await ensureSearchKey(admin, { prefix });
    const second = await ensureSearchKey(admin, { prefix });
    expect(second).toEqual(first);
    expect(first.indexes).toEqual([`${prefix}_*`]);
    expect(first.key).not.toBe(inject('meiliMasterKey'));
  });

  it('gives a key that can search the content indexes and nothing else', async () => {
    const { key } = await ensureSearchKey(admin, { prefix });
    const client = createClient({ url: inject('meiliUrl'), apiKey: key });
    expect((await search(client, parseSearchInput({ q: 'webbutik' }), { prefix })).total).toBeGreaterThan(0);
    expect(await statusOf(client.index(indexUid('sv', prefix)).addDocuments([{ id: 'x' }]))).toBe(403);
    expect(await statusOf(client.index(indexUid('sv', prefix)).getSettings())).toBe(403);
    expect(await statusOf(client.index('other_index').search('x'))).toBe(403);
    expect(await statusOf(client.getKeys())).toBe(403);
  });

  it('replaces a key whose rights were changed by hand', async () => {
    const { uid } = await ensureSearchKey(admin, { prefix });
    await admin.deleteKey(uid);
    await admin.createKey({ uid, actions: ['search', 'documents.add'], indexes: ['*'], expiresAt: null });
    const repaired = await ensureSearchKey(admin, { prefix });
    const stored = await admin.getKey(repaired.uid);
    expect(stored.actions).toEqual(['search']);
    expect(stored.indexes).toEqual([`${prefix}_*`]);
  });
});
