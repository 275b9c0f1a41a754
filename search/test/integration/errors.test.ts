import { describe, expect, inject, it } from 'vitest';
import { createClient } from '../../src/client.ts';
import { SearchError } from '../../src/errors.ts';
import { parseSearchInput, search } from '../../src/query.ts';
import { freePort } from '../../src/server.ts';

async function errorOf(promise: Promise<unknown>): Promise<SearchError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof SearchError)) throw new Error(`expected a SearchError, got ${String(error)}`);
  return error;
}

describe('search() when Meilisearch cannot answer', () => {
  it('is a 503 SearchUnavailable when nothing listens (Meilisearch down or stopped)', async () => {
    const client = createClient({ url: `http://127.0.0.1:${await freePort()}`, apiKey: 'x', timeoutMs: 1000 });
    const error = await errorOf(search(client, parseSearchInput({ q: 'webbutik' })));
    expect(error).toMatchObject({ status: 503, code: 'SearchUnavailable' });
  });

  it('is a 503 when the indexes do not exist yet', async () => {
    const client = createClient({ url: inject('meiliUrl'), apiKey: inject('meiliMasterKey') });
    const error = await errorOf(search(client, parseSearchInput({ q: 'webbutik' }), { prefix: 'never_created' }));
    expect(error).toMatchObject({ status: 503, code: 'SearchUnavailable' });
  });

  it('is a 503 when the key is rejected', async () => {
    const client = createClient({ url: inject('meiliUrl'), apiKey: 'not-a-key' });
    expect(await errorOf(search(client, parseSearchInput({ q: 'webbutik' })))).toMatchObject({ status: 503 });
  });

  it('is still a 400 for bad input, which is checked first', async () => {
    const client = createClient({ url: 'http://127.0.0.1:1', apiKey: 'x', timeoutMs: 500 });
    expect(await errorOf((async () => search(client, parseSearchInput({ q: 'x'.repeat(201) })))())).toMatchObject({ status: 400, code: 'QueryTooLong' });
  });
});
