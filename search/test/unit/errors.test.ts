import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { invalidInput, SearchError, toSearchError } from '../../src/errors.ts';

const apiError = (status: number, code: string) =>
  new MeilisearchApiError(new Response(null, { status }), { message: code, code, type: 'invalid_request', link: '' });

describe('toSearchError', () => {
  it('passes a SearchError through', () => {
    const error = new SearchError(400, 'InvalidQuery', 'q: must be text');
    expect(toSearchError(error)).toBe(error);
  });

  it.each([
    ['connection refused', new MeilisearchRequestError('http://127.0.0.1:1', new TypeError('fetch failed'))],
    ['a request timeout', new MeilisearchRequestTimeOutError(5000, {})],
    ['a missing index', apiError(404, 'index_not_found')],
    ['a rejected key', apiError(403, 'invalid_api_key')],
    ['an internal error', apiError(500, 'internal')],
    ['an answer in an unexpected shape', new z.ZodError([])],
  ])('turns %s into a 503 SearchUnavailable, keeping the cause', (_name, cause) => {
    const error = toSearchError(cause);
    expect(error).toMatchObject({ status: 503, code: 'SearchUnavailable', message: 'Search is temporarily unavailable' });
    expect(error.cause).toBe(cause);
  });

  it('rethrows programming errors instead of hiding them as 503', () => {
    const bug = new TypeError('x is not a function');
    expect(() => toSearchError(bug)).toThrow(bug);
  });
});

describe('invalidInput', () => {
  const Schema = z.strictObject({ q: z.string().max(3), level: z.enum(['a', 'b']).optional(), n: z.number().optional() });

  it.each([
    ['a too long q', { q: 'abcd' }, 'QueryTooLong', /^q: /],
    ['an enum value', { q: '', level: 'c' }, 'UnknownValue', /^level: /],
    ['a wrong type', { q: '', n: 'x' }, 'InvalidQuery', /^n: /],
    ['an unknown key', { q: '', extra: 1 }, 'InvalidQuery', /extra/],
  ])('reports %s as 400 with the field named', (_name, input, code, message) => {
    const result = Schema.safeParse(input);
    if (result.success) throw new Error('expected a validation error');
    const error = invalidInput(result.error);
    expect(error).toMatchObject({ status: 400, code });
    expect(error.message).toMatch(message);
  });
});
