import { describe, expect, it } from 'vitest';
import siteToken from '../../src/policies/site-token';

const GOOD = 'good-token';

/** A Strapi whose token service knows one token, stored as given. */
function strapiWith(stored: Record<string, unknown> | null) {
  const service = { hash: (key: string) => `hash:${key}`, getByAccessKey: async (hash: string) => (hash === `hash:${GOOD}` ? stored : null) };
  return { service: () => service } as never;
}

const ACTION = 'api::needs.needs.check';
const call = (authorization: string | undefined, stored: Record<string, unknown> | null) =>
  siteToken({ request: { header: { authorization } } } as never, { action: ACTION }, { strapi: strapiWith(stored) });

describe('global::site-token', () => {
  const day = 24 * 3600 * 1000;
  it.each([
    ['the site’s custom token holding the action', { kind: 'content-api', type: 'custom', permissions: [ACTION], expiresAt: null }],
    ['a full-access token', { kind: 'content-api', type: 'full-access', expiresAt: null }],
    ['a token from before kinds existed', { kind: null, type: 'custom', permissions: [ACTION] }],
    ['a token that expires tomorrow', { kind: 'content-api', type: 'custom', permissions: [ACTION], expiresAt: new Date(Date.now() + day).toISOString() }],
  ])('accepts %s', async (_what, stored) => {
    await expect(call(`Bearer ${GOOD}`, stored)).resolves.toBe(true);
  });

  it.each([
    ['no header', undefined, { kind: 'content-api' }, /send its API token/],
    ['a non-bearer header', `Basic ${GOOD}`, { kind: 'content-api' }, /send its API token/],
    ['an unknown token', 'Bearer other', { kind: 'content-api' }, /Invalid or expired/],
    ['an expired token', `Bearer ${GOOD}`, { kind: 'content-api', expiresAt: new Date(Date.now() - day).toISOString() }, /Invalid or expired/],
    ['an admin token', `Bearer ${GOOD}`, { kind: 'admin' }, /Invalid or expired/],
    ['a read-only token', `Bearer ${GOOD}`, { kind: 'content-api', type: 'read-only' }, /may not call this route/],
    ['the find-only preview token', `Bearer ${GOOD}`, { kind: 'content-api', type: 'custom', permissions: ['api::topic.topic.find'] }, /may not call this route/],
  ])('refuses %s with 401', async (_what, header, stored, message) => {
    await expect(call(header, stored)).rejects.toMatchObject({ name: 'UnauthorizedError', message: expect.stringMatching(message) });
  });
});
