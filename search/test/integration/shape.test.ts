import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexUid } from '../../src/indexes.ts';
import { ensureIndexes } from '../../src/settings.ts';
import { REQUIRED_FIELDS, staleIndexes } from '../../src/shape.ts';
import { corpus } from '../fixtures/corpus.ts';
import { adminClient, dropIndexes, uniquePrefix } from '../support/meili.ts';

let client: Meilisearch;
const prefix = uniquePrefix('shape');

beforeAll(async () => {
  client = adminClient();
  await ensureIndexes(client, { prefix });
});
afterAll(() => dropIndexes(client, prefix));

describe('staleIndexes: documents written in an older shape', () => {
  it('the required fields include the renamed facets and the sort key', () => {
    expect(REQUIRED_FIELDS).toEqual(expect.arrayContaining(['id', 'topic', 'industry', 'municipality', 'levelOrder']));
    expect(REQUIRED_FIELDS).not.toContain('studyAuthors'); // has a default: older documents without it still read
  });

  it('an empty index is not stale; one of today\'s documents is not stale', async () => {
    expect(await staleIndexes(client, prefix)).toEqual([]);
    await client.index(indexUid('sv', prefix)).addDocuments(corpus('sv').slice(0, 2)).waitTask();
    expect(await staleIndexes(client, prefix)).toEqual([]);
  });

  it('a document with the old facet names is reported with what it lacks', async () => {
    const current = corpus('en')[0];
    if (!current) throw new Error('the fixture corpus has no English document');
    const { topic, industry, municipality, levelOrder, ...rest } = current;
    const old = { ...rest, topicSlugs: topic, industries: industry, municipalities: municipality };
    await client.index(indexUid('en', prefix)).addDocuments([old]).waitTask();
    const stale = await staleIndexes(client, prefix);
    expect(stale.map((s) => s.uid)).toEqual([indexUid('en', prefix)]);
    expect(stale[0]?.missing.slice().sort()).toEqual(['industry', 'levelOrder', 'municipality', 'topic']);
  });
});
