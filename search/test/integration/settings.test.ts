import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexUid } from '../../src/indexes.ts';
import { applySettings, ensureIndexes, indexSettings } from '../../src/settings.ts';
import { adminClient, dropIndexes, uniquePrefix } from '../support/meili.ts';

let client: Meilisearch;
const prefix = uniquePrefix('settings');

beforeAll(() => {
  client = adminClient();
});
afterAll(() => dropIndexes(client, prefix));

describe('ensureIndexes / applySettings', () => {
  it('creates both live indexes with their settings, and is idempotent', async () => {
    await ensureIndexes(client, { prefix });
    const first = await client.index(indexUid('sv', prefix)).getSettings();
    await ensureIndexes(client, { prefix });
    await applySettings(client, indexUid('sv', prefix), 'sv');
    const second = await client.index(indexUid('sv', prefix)).getSettings();
    expect(second).toEqual(first);
    const { results } = await client.getRawIndexes({ limit: 1000 });
    expect(results.filter((index) => index.uid.startsWith(`${prefix}_`)).map((index) => index.uid).sort()).toEqual([`${prefix}_en`, `${prefix}_sv`]);
  });

  it.each(['sv', 'en'] as const)('stores the %s settings as written', async (locale) => {
    const stored = await client.index(indexUid(locale, prefix)).getSettings();
    const wanted = indexSettings(locale);
    expect(stored.searchableAttributes).toEqual(wanted.searchableAttributes);
    expect(stored.sortableAttributes?.slice().sort()).toEqual(wanted.sortableAttributes?.slice().sort());
    expect(stored.filterableAttributes?.slice().sort()).toEqual(wanted.filterableAttributes?.slice().sort());
    expect(stored.localizedAttributes).toEqual(wanted.localizedAttributes);
    expect(stored.pagination).toEqual(wanted.pagination);
    expect(stored.stopWords?.slice().sort()).toEqual(wanted.stopWords?.slice().sort());
    // Facet search is unused and cost most of a one-document task; prefix search serves search-as-you-type.
    expect(stored.facetSearch).toBe(false);
    expect(stored.prefixSearch).toBe('indexingTime');
    expect(Object.keys(stored.synonyms ?? {}).length).toBeGreaterThanOrEqual(60);
  });

  it('puts back a setting changed by hand', async () => {
    const uid = indexUid('en', prefix);
    await client.index(uid).updateSearchableAttributes(['body']).waitTask();
    await applySettings(client, uid, 'en');
    expect((await client.index(uid).getSettings()).searchableAttributes).toEqual(indexSettings('en').searchableAttributes);
  });
});
