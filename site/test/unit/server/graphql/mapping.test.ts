import { describe, expect, it } from 'vitest';
import { BlocksSchema } from '#shared/schemas/blocks';
import { ArticleResponseSchema, toArticleView } from '../../../../server/graphql/article';
import { AuthorResponseSchema, CentreResponseSchema, toAuthorView, toCentreView } from '../../../../server/graphql/listings';
import { ModuleResponseSchema, toModuleView } from '../../../../server/graphql/module';
import { relatedItems } from '../../../../server/graphql/related';

describe('BlocksSchema', () => {
  it.each([
    ['null body', null, 0],
    ['known blocks kept', [{ type: 'paragraph', children: [{ type: 'text', text: 'a', bold: true }] }, { type: 'heading', level: 2, children: [] }], 2],
    ['unknown block dropped, rest kept', [{ type: 'paragraph', children: [] }, { type: 'mystery', children: [] }], 1],
    ['nested lists', [{ type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [] }, { type: 'list', format: 'unordered', children: [] }] }], 1],
  ])('%s', (_, input, count) => {
    expect(BlocksSchema.parse(input)).toHaveLength(count);
  });
});

describe('relatedItems', () => {
  const ref = (id: string) => ({ documentId: id, title: id, slug: id, summary: null, minutes: 5 });
  const topics = [
    { name: 'A', slug: 'a', researchArticles: [ref('self'), ref('art1')], guides: [ref('g1')], courseModules: [ref('m1')] },
    { name: 'B', slug: 'b', researchArticles: [ref('art1')], guides: [ref('g2')], courseModules: [] },
  ];
  it.each([
    [10, ['g1', 'm1', 'art1', 'g2']],
    [2, ['g1', 'm1']],
  ])('limit %i: distinct, self left out', (limit, ids) => {
    expect(relatedItems(topics, 'sv', 'self', limit).map((i) => i.documentId)).toEqual(ids);
  });
});

describe('course module mapping', () => {
  const raw = {
    items: [{
      documentId: 'm1', title: 'T', slug: 't', summary: 'S', durationMinutes: 30, level: 'beginner', format: 'on_site',
      learningCentres: [{ name: 'Lärcentrum Överkalix', slug: 'overkalix', municipality: 'Överkalix' }],
      sections: [
        { __typename: 'ComponentSectionsText', id: '1', heading: null, body: [] },
        { __typename: 'ComponentSectionsKnowledgeCheck', id: '2', question: 'Q?', explanation: null, options: [{ text: 'a', correct: true }] },
        { __typename: 'ComponentSectionsFutureThing', id: '3' },
      ],
      topics: [], localizations: [{ locale: 'en', slug: 't-en' }],
    }],
  };
  it('names sections by kind, skips unknown ones and links the learning centre', () => {
    const item = ModuleResponseSchema.parse(raw).items[0];
    expect(item).toBeDefined();
    if (!item) return;
    const view = toModuleView(item, 'sv');
    expect(view.sections.map((s) => s.kind)).toEqual(['text', 'quiz']);
    expect(view.centres[0]?.url).toBe('/larcentrum/overkalix');
    expect(view.alternates).toEqual({ sv: '/kurser/t', en: '/en/modules/t-en' });
  });
});

describe('CMS URLs reach an href only when safe', () => {
  const hostile = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' JaVaScRiPt:alert(1)', '//evil.example'];

  it.each(hostile)('a video section with url %j links nowhere', (url) => {
    const item = ModuleResponseSchema.parse({
      items: [{
        documentId: 'm1', title: 'T', slug: 't', summary: 'S', durationMinutes: 30, level: 'beginner', format: 'on_site', learningCentres: [],
        sections: [{ __typename: 'ComponentSectionsVideo', id: '1', title: 'V', url, minutes: 3, description: null }],
        topics: [], localizations: [],
      }],
    }).items[0];
    if (!item) throw new Error('no item');
    expect(toModuleView(item, 'sv').sections[0]).toMatchObject({ kind: 'video', url: null });
  });

  it.each(hostile)('a centre website %j is dropped', (url) => {
    const raw = CentreResponseSchema.parse({ items: [{ documentId: 'c', name: 'C', slug: 'c', municipality: 'M', region: 'R', url }] }).items[0];
    if (!raw) throw new Error('no item');
    expect(toCentreView(raw, 'sv').website).toBeNull();
  });

  it('keeps a centre website over https', () => {
    const raw = CentreResponseSchema.parse({ items: [{ documentId: 'c', name: 'C', slug: 'c', municipality: 'M', region: 'R', url: 'https://larcentrum.example' }] }).items[0];
    if (!raw) throw new Error('no item');
    expect(toCentreView(raw, 'sv').website).toBe('https://larcentrum.example');
  });

  it.each([
    ['0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['0000-0002-1825-009X', '0000-0002-1825-009X'],
    ['x/../../evil', null],
    ['0000-0002-1825-0097?x=javascript:', null],
  ])('an ORCID iD %j → %j', (orcid, expected) => {
    const raw = AuthorResponseSchema.parse({ items: [{ documentId: 'a', name: 'A', slug: 'a', orcid }] }).items[0];
    if (!raw) throw new Error('no item');
    expect(toAuthorView(raw, 'sv').orcid).toBe(expected);
  });
});

describe('an article original study link', () => {
  const article = (originalStudy: Record<string, string | null>) => {
    const raw = ArticleResponseSchema.parse({
      items: [{ documentId: 'a1', title: 'T', slug: 't', summary: 'S', body: [], readingMinutes: 3, evidence: 'strong', originalStudy: { title: 'P', authors: [{ name: 'A' }], ...originalStudy }, authors: [], localizations: [] }],
    }).items[0];
    if (!raw) throw new Error('no item');
    return toArticleView(raw, 'sv').study?.link;
  };

  it.each([
    [{ url: 'javascript:alert(1)', doi: null }, null],
    [{ url: 'data:text/html,x', doi: '10.1000/182' }, null],
    [{ url: 'https://journal.example/a', doi: null }, 'https://journal.example/a'],
    [{ url: null, doi: '10.1000/182' }, 'https://doi.org/10.1000/182'],
    [{ url: null, doi: null }, null],
  ])('%j → %j', (publication, expected) => expect(article(publication)).toBe(expected));
});
