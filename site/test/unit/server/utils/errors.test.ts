import { SearchError } from '@kunskapsnavet/search';
import { ClientError } from 'graphql-request';
import { createError } from 'h3';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { badRequest, notFound, toHttpError, UPSTREAM_MESSAGES } from '../../../../server/utils/errors';

vi.spyOn(console, 'error').mockImplementation(() => {});

const zodError = z.object({ a: z.string() }).safeParse({}).error;
const clientError = (status: number) => new ClientError({ status, headers: new Headers(), body: '' }, { query: '{ x }' });
const timeout = Object.assign(new Error('timed out'), { name: 'TimeoutError' });

describe('toHttpError (the error funnel)', () => {
  it.each([
    ['search input rejected', new SearchError(400, 'UnknownValue', 'level: unknown value "x"'), 400, 'level: unknown value "x"'],
    ['search down', new SearchError(503, 'SearchUnavailable', 'Search is temporarily unavailable'), 503, UPSTREAM_MESSAGES.searchDown],
    ['CMS refused the token', clientError(401), 502, UPSTREAM_MESSAGES.cmsRefused],
    ['CMS GraphQL error', clientError(400), 502, UPSTREAM_MESSAGES.cmsShape],
    ['CMS refused a query (GraphQL FORBIDDEN)', new ClientError({ status: 200, headers: new Headers(), body: '', errors: [{ message: 'Drafts are not readable', extensions: { code: 'FORBIDDEN' } }] }, { query: '{ x }' }), 502, UPSTREAM_MESSAGES.cmsRefused],
    ['unexpected CMS shape', zodError, 502, UPSTREAM_MESSAGES.cmsShape],
    ['CMS not reachable', new TypeError('fetch failed'), 503, UPSTREAM_MESSAGES.cmsDown],
    ['CMS too slow', timeout, 503, UPSTREAM_MESSAGES.cmsDown],
    ['anything else', new RangeError('bug'), 500, UPSTREAM_MESSAGES.internal],
  ])('%s → %i', (_, error, status, message) => {
    const out = toHttpError(error);
    expect(out.statusCode).toBe(status);
    expect(out.message).toBe(message);
  });

  it('passes H3 errors through unchanged', () => {
    const original = createError({ statusCode: 404, message: 'x' });
    expect(toHttpError(original)).toBe(original);
  });

  it('never puts upstream details in the message', () => {
    expect(toHttpError(new TypeError('fetch failed: connect ECONNREFUSED 10.0.0.5:1337')).message).not.toContain('10.0.0.5');
  });
});

describe('notFound / badRequest', () => {
  it('404 names the thing', () => {
    expect(notFound('guide')).toMatchObject({ statusCode: 404, message: 'guide not found' });
  });
  it('400 names the parameter', () => {
    const error = z.object({ slug: z.string().regex(/^[a-z]+$/) }).safeParse({ slug: 'X!' }).error;
    expect(error).toBeDefined();
    if (error) expect(badRequest(error).message).toMatch(/^slug: /);
  });
  it('a failed "one or many" names the bad value, not just "invalid input"', () => {
    const level = z.enum(['beginner', 'advanced'], { error: (issue) => `unknown value ${JSON.stringify(issue.input)}` });
    const error = z.object({ level: z.union([level, z.array(level)]) }).safeParse({ level: 'x' }).error;
    expect(error && badRequest(error).message).toBe('level: unknown value "x"');
  });
});
