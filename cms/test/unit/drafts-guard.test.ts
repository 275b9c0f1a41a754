import { describe, expect, it } from 'vitest';
import { mayReadDrafts } from '../../src/middlewares/drafts-guard';

describe('mayReadDrafts', () => {
  it.each([
    ['no auth (public)', undefined, false],
    ['users-permissions public', { strategy: { name: 'users-permissions' }, credentials: null }, false],
    ['read-only API token', { strategy: { name: 'api-token' }, credentials: { type: 'read-only' } }, false],
    ['custom API token', { strategy: { name: 'api-token' }, credentials: { type: 'custom' } }, false],
    ['full-access API token', { strategy: { name: 'content-api-token' }, credentials: { type: 'full-access' } }, true],
    ['read-only content API token', { strategy: { name: 'content-api-token' }, credentials: { type: 'read-only' } }, false],
    ['full-access API token (older strategy name)', { strategy: { name: 'api-token' }, credentials: { type: 'full-access' } }, true],
    ['admin panel user', { strategy: { name: 'admin' }, credentials: {} }, true],
  ])('%s → %s', (_name, auth, expected) => expect(mayReadDrafts(auth)).toBe(expected));
});
