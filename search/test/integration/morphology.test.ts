import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/document.ts';
import { indexUid } from '../../src/indexes.ts';
import { toSearchDocument } from '../../src/map/index.ts';
import { parseSearchInput, search } from '../../src/query.ts';
import { reindex } from '../../src/reindex.ts';
import { upsertDocuments } from '../../src/sync.ts';
import { corpusSource } from '../fixtures/corpus.ts';
import { p } from '../fixtures/strapi/blocks.ts';
import { logisticsSv } from '../fixtures/strapi/research-articles.ts';
import { adminClient, dropIndexes, uniquePrefix } from '../support/meili.ts';

let client: Meilisearch;
const prefix = uniquePrefix('morphology');
const find = (q: string) => search(client, parseSearchInput({ q, crossLanguage: false }), { prefix });
const urls = async (q: string) => (await find(q)).hits.map((hit) => hit.url);

function article(documentId: string, slug: string, title: string, text: string): SearchDocument {
  const entry = { ...logisticsSv, documentId, slug, title, summary: text, body: [p(text)], takeaways: [], evidenceNote: null, topics: [] };
  const result = toSearchDocument('research-article', entry);
  if (result.kind !== 'document') throw new Error('expected a document');
  return result.document;
}

/** The document of the issue: its words are all inside compounds or inflected. */
const compounds = article('m0rph0l0gy0c0mp0und000001', 'digitalisering-i-smaforetag', 'Digitaliseringsprojekt för småföretag',
  'Kompetensförsörjning och affärsmodeller för mikroföretag i inlandet.');
/** The same topic with the plain word in its title. */
const plain = article('m0rph0l0gy0p1a1n000000002', 'foretag-i-inlandet', 'Företag i inlandet',
  'Om att driva ett litet företag långt från kusten.');

beforeAll(async () => {
  client = adminClient();
  await reindex({ client, prefix, locales: ['sv'], source: corpusSource(20, { sv: [compounds, plain] }) });
});
afterAll(() => dropIndexes(client, prefix));

describe('Swedish compounds and inflections (a full reindex)', () => {
  it.each([
    ['företag', 'inside "småföretag" and "mikroföretag"'],
    ['försörjning', 'inside "kompetensförsörjning"'],
    ['projekt', 'inside "digitaliseringsprojekt"'],
    ['modeller', 'the plural of the "modell" inside "affärsmodeller"'],
    ['affärsmodellen', 'the definite form of "affärsmodeller"'],
    ['kompetens försörjning', 'both parts, as two words'],
  ])('finds "%s" (%s)', async (q) => {
    expect(await urls(q)).toContain('/artiklar/digitalisering-i-smaforetag');
  });

  it('ranks a plain word in the title above the same word inside a compound', async () => {
    const found = await urls('företag');
    expect(found.indexOf('/artiklar/foretag-i-inlandet')).toBeLessThan(found.indexOf('/artiklar/digitalisering-i-smaforetag'));
  });

  it('never returns the derived fields', async () => {
    const { hits } = await client.index(indexUid('sv', prefix)).search('försörjning');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit).not.toHaveProperty('compoundParts');
      expect(hit).not.toHaveProperty('stems');
    }
  });
});

describe('Swedish compounds (live sync)', () => {
  it('makes an upserted document findable by its parts at once', async () => {
    const synced = article('m0rph0l0gy0synced00000003', 'fisketurism', 'Fisketurism i fjällen', 'Guidade turer för fiskeentusiaster.');
    await upsertDocuments({ client, locale: 'sv', prefix, documents: [synced] });
    expect(await urls('entusiaster')).toContain('/artiklar/fisketurism');
    expect(await urls('turism fiske')).toContain('/artiklar/fisketurism');
  });
});
