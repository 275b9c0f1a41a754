import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/document.ts';
import { indexUid } from '../../src/indexes.ts';
import { parseSearchInput, search } from '../../src/query.ts';
import { reindex, type ReindexProgress } from '../../src/reindex.ts';
import type { Locale } from '../../src/vocabulary.ts';
import { corpus, corpusSource } from '../fixtures/corpus.ts';
import { adminClient, dropIndexes, uniquePrefix } from '../support/meili.ts';

let client: Meilisearch;
const prefix = uniquePrefix('reindex');
const live = (locale: Locale) => indexUid(locale, prefix);

async function indexNames(): Promise<string[]> {
  return (await client.getRawIndexes({ limit: 1000 })).results.map((index) => index.uid).filter((uid) => uid.startsWith(`${prefix}_`)).sort();
}

async function documentIds(locale: Locale): Promise<string[]> {
  const { results } = await client.index(live(locale)).getDocuments({ limit: 1000, fields: ['id'] });
  return results.map((doc) => String(doc.id)).sort();
}

/** A document that only exists in the second reindex, to see when the swap happened. */
const added: SearchDocument = { ...corpus('sv')[0]!, id: 'guide-addedlater0000000000000-sv', documentId: 'addedlater0000000000000', title: 'Nyhet om kassasystem', titleSort: 'nyhet om kassasystem' };

beforeAll(() => {
  client = adminClient();
});
afterAll(() => dropIndexes(client, prefix));

describe('reindex', () => {
  it('builds the live indexes on first run (by renaming) and reports progress', async () => {
    const progress: ReindexProgress[] = [];
    const report = await reindex({ client, prefix, source: corpusSource(3), onProgress: (p) => progress.push(p) });
    expect(report.indexes).toEqual([
      { locale: 'sv', uid: live('sv'), documents: 8 },
      { locale: 'en', uid: live('en'), documents: 7 },
    ]);
    expect(await indexNames()).toEqual([live('en'), live('sv')]);
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['prepare', 'load', 'verify', 'swap', 'cleanup', 'done']));
    expect((await client.index(live('sv')).getSettings()).localizedAttributes).toEqual([{ attributePatterns: ['*'], locales: ['swe'] }]);
  });

  it('answers every search while it swaps in new indexes', async () => {
    let running = true;
    const answers: number[] = [];
    const failures: unknown[] = [];
    const searcher = async () => {
      while (running) {
        await search(client, parseSearchInput({ q: 'frakt' }), { prefix }).then((r) => answers.push(r.total), (e: unknown) => failures.push(e));
      }
    };
    const searchers = [searcher(), searcher()];
    await reindex({ client, prefix, source: corpusSource(2, { sv: [added] }) });
    running = false;
    await Promise.all(searchers);
    expect(failures).toEqual([]);
    expect(answers.length).toBeGreaterThan(5);
    expect(answers.every((total) => total > 0)).toBe(true);
    expect(await documentIds('sv')).toContain(added.id);
    expect(await indexNames()).toEqual([live('en'), live('sv')]);
  });

  it('leaves the live indexes untouched and removes the new ones when the source fails', async () => {
    const before = { sv: await documentIds('sv'), en: await documentIds('en') };
    async function* failing(locale: Locale): AsyncIterable<SearchDocument[]> {
      yield corpus(locale).slice(0, 2);
      if (locale === 'en') throw new Error('Strapi went away');
    }
    await expect(reindex({ client, prefix, source: failing })).rejects.toThrow('Strapi went away');
    expect(await indexNames()).toEqual([live('en'), live('sv')]);
    expect(await documentIds('sv')).toEqual(before.sv);
    expect(await documentIds('en')).toEqual(before.en);
  });

  it('stops on abort with the live indexes intact', async () => {
    const before = await documentIds('sv');
    const controller = new AbortController();
    async function* slow(locale: Locale): AsyncIterable<SearchDocument[]> {
      yield corpus(locale).slice(0, 1);
      controller.abort();
      yield corpus(locale).slice(1);
    }
    await expect(reindex({ client, prefix, source: slow, signal: controller.signal })).rejects.toThrow(/abort/i);
    expect(await indexNames()).toEqual([live('en'), live('sv')]);
    expect(await documentIds('sv')).toEqual(before);
  });

  it.each([
    // `as never` on purpose: a JavaScript caller or a bad mapping can hand over what types forbid.
    ['an invalid document', async function* () { yield [{ id: 'x' }] as never; }, /invalid/i],
    ['a document of the wrong locale', async function* (locale: Locale) { yield corpus(locale === 'sv' ? 'en' : 'sv'); }, /source returned/],
    ['an empty source', async function* () { /* nothing */ }, /refusing to empty/],
  ])('refuses %s before the swap', async (_name, source, message) => {
    const before = await documentIds('sv');
    await expect(reindex({ client, prefix, source })).rejects.toThrow(message);
    expect(await documentIds('sv')).toEqual(before);
    expect(await indexNames()).toEqual([live('en'), live('sv')]);
  });

  it('removes temp indexes left by an interrupted run', async () => {
    await client.createIndex(`${live('sv')}__tmp_1`).waitTask();
    await reindex({ client, prefix, source: corpusSource(8) });
    expect(await indexNames()).toEqual([live('en'), live('sv')]);
  });
});
