import { describe, expect, it } from 'vitest';
import { createClient } from '../../../src/client.ts';
import { SearchError } from '../../../src/errors.ts';
import { parseSearchInput, search } from '../../../src/query.ts';
import { MAX_QUERY_LENGTH, SearchInputSchema } from '../../../src/query/input.ts';

// Nothing listens on port 1: a test that reached Meilisearch would fail with 503, not 400.
const unreachable = createClient({ url: 'http://127.0.0.1:1', apiKey: 'unused', timeoutMs: 500 });

async function errorOf(input: unknown): Promise<SearchError> {
  const error = await (async () => search(unreachable, parseSearchInput(input)))().then(() => null, (e: unknown) => e);
  if (!(error instanceof SearchError)) throw new Error(`expected a SearchError, got ${String(error)}`);
  return error;
}

describe('search() input validation (400 before any request)', () => {
  it.each<[string, unknown, string, RegExp]>([
    [`q longer than ${MAX_QUERY_LENGTH}`, { q: 'a'.repeat(MAX_QUERY_LENGTH + 1) }, 'QueryTooLong', /q: must be at most 200 characters/],
    ['q not text', { q: 42 }, 'InvalidQuery', /q: must be text/],
    ['an unknown locale', { locale: 'fi' }, 'UnknownValue', /locale: unknown value "fi"; allowed: sv, en/],
    ['an unknown type', { type: ['page'] }, 'UnknownValue', /type: unknown value "page"; allowed: research-article, guide, course-module, learning-path/],
    ['an unknown level among good ones', { level: ['beginner', 'expert'] }, 'UnknownValue', /level: unknown value "expert"; allowed: beginner, intermediate, advanced/],
    ['an unknown industry', { industry: 'mining' }, 'UnknownValue', /industry: unknown value "mining"; allowed: tourism/],
    ['an unknown format', { format: 'online' }, 'UnknownValue', /format: unknown value "online"; allowed: self_paced, on_site, hybrid/],
    ['an unknown business model', { businessModel: 'ads' }, 'UnknownValue', /businessModel: unknown value "ads"/],
    ['an unknown sort', { sort: 'popular' }, 'UnknownValue', /sort: unknown value "popular"; allowed: relevance, newest, oldest, title/],
    ['a filter-like topic', { topic: ['" OR type = "x'] }, 'InvalidQuery', /topic: not a topic slug/],
    ['page 0', { page: 0 }, 'InvalidQuery', /page: must be 1 or more/],
    ['page not a number', { page: 'two' }, 'InvalidQuery', /page: must be a whole number/],
    ['page a fraction', { page: 1.5 }, 'InvalidQuery', /page: must be a whole number/],
    ['too many hits per page', { hitsPerPage: 500 }, 'InvalidQuery', /hitsPerPage: must be at most 50/],
    ['a non-boolean crossLanguage', { crossLanguage: 'maybe' }, 'UnknownValue', /crossLanguage/],
    ['an unknown parameter', { topics: 'e-handel' }, 'InvalidQuery', /Unrecognized key: "topics"/],
    ['too many filter values', { municipality: Array.from({ length: 21 }, (_, i) => `m${i}`) }, 'InvalidQuery', /at most 20 values/],
    ['not an object', 'webbutik', 'InvalidQuery', /./],
  ])('rejects %s', async (_name, input, code, message) => {
    const error = await errorOf(input);
    expect(error).toMatchObject({ status: 400, code });
    expect(error.message).toMatch(message);
  });
});

describe('SearchInputSchema', () => {
  it('fills defaults', () => {
    expect(SearchInputSchema.parse({})).toEqual({
      q: '', locale: 'sv', type: [], topic: [], level: [], industry: [], businessModel: [], format: [], municipality: [],
      page: 1, hitsPerPage: 10, sort: 'relevance', crossLanguage: true,
    });
  });

  it('accepts query-string shapes: single values, numeric text, boolean text, padded q', () => {
    expect(SearchInputSchema.parse({ q: '  får  ', level: 'beginner', page: '3', hitsPerPage: '20', crossLanguage: 'false' })).toMatchObject({
      q: 'får', level: ['beginner'], page: 3, hitsPerPage: 20, crossLanguage: false,
    });
  });

  it('accepts any municipality text, quotes included (filters.ts escapes it)', () => {
    expect(SearchInputSchema.parse({ municipality: ['" OR type = "x'] }).municipality).toEqual(['" OR type = "x']);
  });
});
