import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { indexUid } from '../../src/indexes.ts';
import type { WordKnowledge } from '../../src/query/understand/known-words.ts';
import { wordKey, type WordMemo } from '../../src/query/word-memo.ts';
import { parseSearchInput, search, type SearchResult } from '../../src/query.ts';
import { adminClient, dropIndexes, seedCorpus, uniquePrefix } from '../support/meili.ts';

let client: Meilisearch;
const prefix = uniquePrefix('query');
const find = (input: Record<string, unknown>) => search(client, parseSearchInput(input), { prefix });
const urls = (result: SearchResult) => result.hits.map((hit) => hit.url);

beforeAll(async () => {
  client = adminClient();
  await seedCorpus(client, prefix);
});
afterAll(() => dropIndexes(client, prefix));

describe('Swedish matching', () => {
  it('keeps å/ä/ö distinct: "får" and "far" find different documents', async () => {
    const far = await find({ q: 'far', crossLanguage: false });
    const faar = await find({ q: 'får', crossLanguage: false });
    expect(urls(far)).toContain('/artiklar/entreprenorskap-i-glesbygd');
    expect(urls(far)).not.toContain('/guider/sa-far-du-fler-bokningar');
    expect(urls(faar)).toContain('/guider/sa-far-du-fler-bokningar');
    expect(urls(faar)).not.toContain('/artiklar/entreprenorskap-i-glesbygd');
  });

  it('matches words with å/ä/ö as written', async () => {
    expect(urls(await find({ q: 'paketskåp' }))[0]).toBe('/artiklar/sa-saljer-du-pa-natet-fran-landsbygden');
    expect(urls(await find({ q: 'Överkalix' }))).toContain('/kurser/workshop-starta-din-webbutik');
  });

  it('forgives a typo', async () => {
    expect(urls(await find({ q: 'webbutk' }))).toContain('/guider/starta-en-webbutik');
  });

  it.each([
    ['nätbutik (å/ä/ö, only in synonymTerms)', 'nätbutik', '/guider/starta-en-webbutik'],
    ['webshop (Meilisearch synonym)', 'webshop', '/guider/starta-en-webbutik'],
    ['bokföring (å/ä/ö; the text says "redovisning")', 'bokföring', '/kurser/redovisning-och-e-faktura'],
    ['artificiell intelligens (multi-word; the text says "AI")', 'artificiell intelligens', '/artiklar/generativ-ai-i-smaforetag'],
  ])('finds a synonym: %s', async (_name, q, url) => {
    expect(urls(await find({ q, crossLanguage: false }))).toContain(url);
  });

  it('ranks a literal title match above a synonym-only match', async () => {
    const result = await find({ q: 'webbutik' });
    expect(result.hits[0]?.title).toMatch(/webbutik/i);
  });
});

describe('results', () => {
  it('returns hits with url, locale and HTML-safe snippets', async () => {
    const result = await find({ q: 'villkor', type: 'guide' });
    const hit = result.hits.find((h) => h.url === '/guider/starta-en-webbutik');
    expect(hit).toMatchObject({ type: 'guide', locale: 'sv', title: 'Starta en webbutik', otherLanguage: false });
    expect(hit?.snippets.body).toContain('<mark>villkor</mark>');
    expect(hit?.snippets.body).toContain('&amp;');
    expect(hit?.snippets.body).toContain('&lt;script&gt;');
    expect(hit?.snippets.body?.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('gives no body snippet when only the title matched', async () => {
    const result = await find({ q: 'paketskåp', crossLanguage: false });
    const hit = result.hits.find((h) => h.url === '/artiklar/sa-saljer-du-pa-natet-fran-landsbygden');
    expect(hit?.snippets.title).toContain('<mark>paketskåp</mark>');
    expect(hit?.snippets.body).toBeNull();
  });

  it('counts facet values for the query', async () => {
    const result = await find({ q: '' });
    expect(result.total).toBe(8);
    expect(result.facets.type).toEqual({ 'research-article': 3, guide: 2, 'course-module': 2, 'learning-path': 1 });
    expect(result.facets.municipality).toEqual({ Överkalix: 1 });
    expect(result.facets.level['beginner']).toBe(5);
  });

  it('lists the newest content for an empty query', async () => {
    const result = await find({ q: '', hitsPerPage: 50 });
    const dates = result.hits.map((hit) => hit.publishedAt);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(result.crossLanguage).toBe(false);
  });

  it('sorts by title in Swedish alphabetical order (å/ä/ö after z)', async () => {
    const titles = (await find({ q: '', sort: 'title', hitsPerPage: 50 })).hits.map((hit) => hit.title);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('sv').compare));
    expect(titles.indexOf('Starta en webbutik')).toBeLessThan(titles.indexOf('Så får du fler bokningar med onlinebokning'));
  });

  it('sorts oldest first', async () => {
    const dates = (await find({ q: '', sort: 'oldest', hitsPerPage: 50 })).hits.map((hit) => hit.publishedAt);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  it('pages, and answers a page past the end with no hits instead of an error', async () => {
    const first = await find({ q: '', hitsPerPage: 3 });
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: 8 });
    expect(first.hits).toHaveLength(3);
    expect((await find({ q: '', hitsPerPage: 3, page: 3 })).hits).toHaveLength(2);
    for (const page of [4, 999, 1_000_000_000]) {
      const beyond = await find({ q: '', hitsPerPage: 3, page });
      expect(beyond).toMatchObject({ hits: [], total: 8, page });
    }
  });
});

describe('filters', () => {
  it.each([
    ['types', { type: ['guide'] }, 2],
    ['several types', { type: ['guide', 'learning-path'] }, 3],
    ['topic', { topic: 'e-handel' }, 4],
    ['level and format', { level: 'beginner', format: 'on_site' }, 1],
    ['industries', { industry: 'tourism' }, 1],
    ['businessModel', { businessModel: 'e_commerce' }, 1],
    ['municipality with å/ä/ö', { municipality: 'Överkalix' }, 1],
  ])('filters by %s', async (_name, filters, total) => {
    expect((await find({ q: '', ...filters })).total).toBe(total);
  });

  it.each([
    '" OR type = "guide',
    'Överkalix" OR municipality = "Överkalix',
    '\\" OR type EXISTS OR \\"',
    '\\',
    '"',
    'AND',
    'OR',
    'TO',
    'EXISTS',
    'NOT',
    'x) OR (type = guide',
    'type IN [guide, research-article]',
    '0 TO 99999999999',
  ])('treats %j as a plain value: no match, no error', async (value) => {
    const result = await find({ q: '', municipality: value });
    expect(result.total).toBe(0);
  });
});

describe('cross-language fallback', () => {
  it('adds other-language hits, marked, when the language has too few', async () => {
    const result = await find({ q: 'parcel lockers', locale: 'sv' });
    expect(result.crossLanguage).toBe(true);
    expect(result.hits[0]).toMatchObject({ locale: 'en', otherLanguage: true, url: '/en/articles/selling-online-from-rural-places' });
  });

  it('works from English towards Swedish too', async () => {
    const result = await find({ q: 'paketskåp', locale: 'en' });
    expect(result.hits.some((hit) => hit.otherLanguage && hit.locale === 'sv')).toBe(true);
  });

  it('lists own-language hits first and pages through both without gaps or repeats', async () => {
    const all = await find({ q: 'Överkalix', locale: 'en' });
    expect(all.crossLanguage).toBe(true);
    expect(all.hits.map((hit) => hit.locale)).toEqual(['en', 'en', 'sv', 'sv']);
    const pages = await Promise.all([1, 2, 3, 4, 5].map((page) => find({ q: 'Överkalix', locale: 'en', hitsPerPage: 1, page })));
    expect(pages.map((page) => page.hits[0]?.id)).toEqual([...all.hits.map((hit) => hit.id), undefined]);
    expect(pages.every((page) => page.total === 4 && page.pageCount === 4)).toBe(true);
  });

  it('asks the other language at once when the index\'s word counts already say too few, with the same page', async () => {
    // One English document names Shopify (one Swedish does too), and no document has the other word: too few hits.
    const input = { q: 'Shopify xqzvw', locale: 'en' };
    const original = client.index.bind(client);
    let running = 0;
    let most = 0;
    const spy = vi.spyOn(client, 'index').mockImplementation((uid: string) => {
      const index = original(uid);
      const ask = index.search.bind(index);
      index.search = (async (...args: Parameters<typeof ask>) => {
        most = Math.max(most, (running += 1));
        try {
          return await ask(...args);
        } finally {
          running -= 1;
        }
      }) as typeof index.search;
      return index;
    });
    try {
      const early = await find(input);
      expect(most).toBe(2);
      most = 0;
      // The same query when the counts say "enough" (a memo claiming many documents): the two searches one after the other.
      const many: WordKnowledge = { exact: true, close: true, loose: true, documents: 99 };
      const shopify = wordKey(indexUid('en', prefix), 'shopify');
      const wordMemo: WordMemo<WordKnowledge> = { read: (keys) => ({ found: new Map(keys.includes(shopify) ? [[shopify, many]] : []), keep: () => undefined }) };
      const sequential = await search(client, parseSearchInput(input), { prefix, wordMemo });
      expect(most).toBe(1);
      expect(early.crossLanguage).toBe(true);
      expect(early.hits.map((hit) => [hit.id, hit.otherLanguage])).toEqual(sequential.hits.map((hit) => [hit.id, hit.otherLanguage]));
      expect(early.total).toBe(sequential.total);
      expect(early.hits.map((hit) => hit.locale)).toEqual(['en', 'sv']);
      // Asked early, the other language's answer is cut to the room the page has left after the own hits.
      const oneHit = await find({ ...input, hitsPerPage: 1 });
      expect(oneHit.hits.map((hit) => hit.locale)).toEqual(['en']);
      expect(oneHit).toMatchObject({ total: 2, pageCount: 2 });
    } finally {
      spy.mockRestore();
    }
  });

  it('stays in the chosen language when it has enough hits, or when turned off', async () => {
    const plenty = await find({ q: 'e-handel' });
    expect(plenty.crossLanguage).toBe(false);
    expect(plenty.hits.every((hit) => hit.locale === 'sv')).toBe(true);
    const off = await find({ q: 'parcel lockers', crossLanguage: 'false' });
    expect(off).toMatchObject({ crossLanguage: false, total: 0, hits: [] });
  });
});
