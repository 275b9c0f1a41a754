import { describe, expect, it } from 'vitest';
import { ARTICLE_LEVEL, CatalogueResponseSchema, toCatalogue, toCentres, toTopicNames } from '../../../../server/graphql/catalogue';

const topics = (...slugs: string[]) => slugs.map((slug) => ({ slug }));
const raw = {
  paths: [{
    documentId: 'path1', title: 'Sälj på nätet', slug: 'salj-pa-natet', level: 'beginner', totalMinutes: 120, topics: topics('e-handel'),
    steps: [{ guide: { documentId: 'g1' } }, { article: null, guide: null, module: null }, { module: { documentId: 'm1' } }, { article: { documentId: 'a1' } }],
  }],
  guides: [{ documentId: 'g1', title: 'Guide', slug: 'guide', level: 'intermediate', minutes: 20, topics: topics('e-handel', 'marknadsforing') }],
  modules: [{ documentId: 'm1', title: 'Kurs', slug: 'kurs', level: 'advanced', format: 'on_site', minutes: null, topics: [] }],
  articles: [
    { documentId: 'a1', title: 'Artikel', slug: 'artikel', minutes: 7 },
    { documentId: 'a2', title: 'Teori', slug: 'teori', level: 'advanced', minutes: 5 },
  ],
  centres: [{ name: 'Lärcentrum Arjeplog', slug: 'arjeplog', municipality: 'Arjeplog' }],
  topicNames: [{ name: 'E-handel', slug: 'e-handel' }],
};

describe('toCatalogue', () => {
  const sv = toCatalogue(CatalogueResponseSchema.parse(raw), 'sv');

  it('maps a path with its step ids in order, leaving out steps with no published item', () => {
    expect(sv.paths).toEqual([{ documentId: 'path1', title: 'Sälj på nätet', url: '/larstigar/salj-pa-natet', level: 'beginner', topics: ['e-handel'], steps: ['g1', 'm1', 'a1'], totalMinutes: 120 }]);
  });

  it.each([
    ['g1', { type: 'guide', url: '/guider/guide', level: 'intermediate', topics: ['e-handel', 'marknadsforing'], minutes: 20 }],
    ['m1', { type: 'course-module', url: '/kurser/kurs', level: 'advanced', topics: [], minutes: null }],
    ['a1', { type: 'research-article', url: '/artiklar/artikel', level: ARTICLE_LEVEL, topics: [], minutes: 7 }],
    ['a2', { type: 'research-article', url: '/artiklar/teori', level: 'advanced', topics: [], minutes: 5 }],
  ])('maps item %s with type, site URL, level, topics and minutes', (id, expected) => {
    expect(sv.items.find((i) => i.documentId === id)).toMatchObject(expected);
  });

  it('gives English URLs in English', () => {
    const en = toCatalogue(CatalogueResponseSchema.parse(raw), 'en');
    expect(en.paths[0]?.url).toBe('/en/learning-paths/salj-pa-natet');
    expect(en.items.map((i) => i.url)).toEqual(['/en/guides/guide', '/en/modules/kurs', '/en/articles/artikel', '/en/articles/teori']);
  });

  it('refuses an unknown level rather than guessing', () => {
    expect(CatalogueResponseSchema.safeParse({ ...raw, guides: [{ ...raw.guides[0], level: 'expert' }] }).success).toBe(false);
  });
});

describe('toCentres', () => {
  it('links each learning centre with its municipality', () => {
    expect(toCentres(CatalogueResponseSchema.parse(raw), 'en')).toEqual([{ name: 'Lärcentrum Arjeplog', municipality: 'Arjeplog', url: '/en/learning-centres/arjeplog' }]);
  });
});

describe('toTopicNames', () => {
  it('names topics by slug', () => {
    expect(toTopicNames(CatalogueResponseSchema.parse(raw))).toEqual({ 'e-handel': 'E-handel' });
  });
});
