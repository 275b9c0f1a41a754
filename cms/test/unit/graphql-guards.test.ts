import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryCost } from '../../src/graphql/complexity';
import { draftArgumentsIn } from '../../src/graphql/publication-args';

const schema = buildSchema(`
  input PaginationArg { limit: Int pageSize: Int }
  enum PublicationStatus { DRAFT PUBLISHED }
  type Topic { name: String articles(pagination: PaginationArg): [Article] }
  type Article { title: String topics(pagination: PaginationArg): [Topic] }
  type ArticleEntityResponseCollection { nodes: [Article] }
  type Query {
    topics(pagination: PaginationArg, status: PublicationStatus, hasPublishedVersion: Boolean): [Topic]
    articles_connection(pagination: PaginationArg): ArticleEntityResponseCollection
  }
`);
const LIMITS = { budget: 1000, defaultLimit: 25, maxLimit: 100 };
const cost = (q: string, v: Record<string, unknown> = {}) => queryCost(schema, parse(q), v, LIMITS);

describe('queryCost', () => {
  it('scalars are free; each list multiplies what is below it', () => {
    expect(cost('{ topics { name } }')).toBe(1);
    expect(cost('{ topics { articles { title } } }')).toBe(1 + 25 * 1);
    expect(cost('{ topics(pagination: { limit: 2 }) { articles(pagination: { limit: 3 }) { topics { name } } } }')).toBe(1 + 2 * (1 + 3 * 1));
  });
  it('aliases add up, limits are capped at maxLimit and read from variables', () => {
    expect(cost('{ a: topics { articles { title } } b: topics { articles { title } } }')).toBe(2 * 26);
    expect(cost('{ topics(pagination: { limit: 100000 }) { articles { title } } }')).toBe(1 + 100 * 1);
    expect(cost('query ($p: PaginationArg) { topics(pagination: $p) { articles { title } } }', { p: { limit: 4 } })).toBe(1 + 4);
  });
  it('a connection is counted by its own limit, not again by nodes', () => {
    expect(cost('{ articles_connection(pagination: { limit: 10 }) { nodes { topics { name } } } }')).toBe(1 + 10 * (1 + 1));
  });
});

describe('draftArgumentsIn', () => {
  it('allows no status and status PUBLISHED, literal or variable', () => {
    expect(draftArgumentsIn(parse('{ topics { name } }'), {})).toEqual([]);
    expect(draftArgumentsIn(parse('{ topics(status: PUBLISHED) { name } }'), {})).toEqual([]);
    expect(draftArgumentsIn(parse('query ($s: PublicationStatus) { topics(status: $s) { name } }'), { s: 'PUBLISHED' })).toEqual([]);
  });
  it('refuses everything else, in fragments too', () => {
    expect(draftArgumentsIn(parse('{ topics(status: DRAFT) { name } }'), {})).toEqual(['status']);
    expect(draftArgumentsIn(parse('query ($s: PublicationStatus) { topics(status: $s) { name } }'), { s: 'DRAFT' })).toEqual(['status']);
    expect(draftArgumentsIn(parse('{ topics(hasPublishedVersion: false) { name } }'), {})).toEqual(['hasPublishedVersion']);
    expect(draftArgumentsIn(parse('{ ...F } fragment F on Query { topics(status: DRAFT) { name } }'), {})).toEqual(['status']);
  });
});
