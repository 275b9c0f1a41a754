import { describe, expect, it } from 'vitest';
import { BlocksSchema } from '#shared/schemas/blocks';
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
