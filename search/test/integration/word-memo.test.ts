import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { searchHelp, type WordHelp } from '../../src/query/help.ts';
import type { WordKnowledge } from '../../src/query/understand/known-words.ts';
import type { WordMemo } from '../../src/query/word-memo.ts';
import { parseSearchInput, search } from '../../src/query.ts';
import { adminClient, dropIndexes, seedCorpus, uniquePrefix } from '../support/meili.ts';

let client: Meilisearch;
const prefix = uniquePrefix('memo');

/** A memo over a Map: what a caller keeps between searches (the site's forgets it on every publish). */
function mapMemo<T>(): WordMemo<T> & { size: () => number } {
  const store = new Map<string, T>();
  return {
    size: () => store.size,
    read: (keys) => ({ found: new Map(keys.flatMap((key) => (store.has(key) ? [[key, store.get(key) as T] as const] : []))), keep: (key, value) => { store.set(key, value); } }),
  };
}

beforeAll(async () => {
  client = adminClient();
  await seedCorpus(client, prefix);
});
afterAll(() => dropIndexes(client, prefix));

describe('remembered words (against Meilisearch)', () => {
  it('a new query of remembered words costs one search, with the same answer as without the memo', async () => {
    const memo = mapMemo<WordKnowledge>();
    const probes = vi.spyOn(client, 'multiSearch');
    const ask = (q: string, wordMemo?: WordMemo<WordKnowledge>) => search(client, parseSearchInput({ q, crossLanguage: false }), { prefix, wordMemo });
    await ask('villkor webbutik', memo);
    expect(probes).toHaveBeenCalledTimes(1);
    expect(memo.size()).toBeGreaterThanOrEqual(2);
    probes.mockClear();
    const remembered = await ask('webbutik villkor', memo);
    expect(probes).not.toHaveBeenCalled();
    const asked = await ask('webbutik villkor');
    expect(probes).toHaveBeenCalledTimes(1);
    expect(remembered.hits.map((hit) => hit.url)).toEqual(asked.hits.map((hit) => hit.url));
    expect(remembered.total).toBe(asked.total);
    probes.mockRestore();
  });

  it('"did you mean" and the topics come from remembered words without asking again', async () => {
    const memo = mapMemo<WordHelp>();
    const first = await searchHelp(client, 'webbutk villkor', 'sv', prefix, memo);
    const probes = vi.spyOn(client, 'multiSearch');
    const again = await searchHelp(client, 'webbutk villkor', 'sv', prefix, memo);
    expect(probes).not.toHaveBeenCalled();
    probes.mockRestore();
    expect(again).toEqual(first);
    expect(again).toEqual(await searchHelp(client, 'webbutk villkor', 'sv', prefix));
    expect(first.didYouMean).toBe('webbutik villkor');
  });
});
