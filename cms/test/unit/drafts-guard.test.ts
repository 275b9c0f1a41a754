import { describe, expect, it } from 'vitest';
import { asksOnlyPublished, mayReadDrafts } from '../../src/middlewares/drafts-guard';

describe('mayReadDrafts', () => {
  it.each([
    ['no auth (public)', undefined, false],
    ['users-permissions public', { strategy: { name: 'users-permissions' }, credentials: null }, false],
    ['read-only API token', { strategy: { name: 'api-token' }, credentials: { type: 'read-only' } }, false],
    ['custom API token (the site’s content token)', { strategy: { name: 'api-token' }, credentials: { type: 'custom', name: 'site-read-only' } }, false],
    ['the site’s preview token', { strategy: { name: 'content-api-token' }, credentials: { type: 'custom', name: 'site-preview' } }, true],
    ['a read-only token named like the preview token', { strategy: { name: 'content-api-token' }, credentials: { type: 'read-only', name: 'site-preview' } }, false],
    ['a user JWT named like the preview token', { strategy: { name: 'users-permissions' }, credentials: { type: 'custom', name: 'site-preview' } }, false],
    ['full-access API token', { strategy: { name: 'content-api-token' }, credentials: { type: 'full-access' } }, true],
    ['read-only content API token', { strategy: { name: 'content-api-token' }, credentials: { type: 'read-only' } }, false],
    ['full-access API token (older strategy name)', { strategy: { name: 'api-token' }, credentials: { type: 'full-access' } }, true],
    ['admin panel user', { strategy: { name: 'admin' }, credentials: {} }, true],
  ])('%s → %s', (_name, auth, expected) => expect(mayReadDrafts(auth)).toBe(expected));
});

describe('asksOnlyPublished', () => {
  it.each([undefined, {}, { status: 'published' }, { status: undefined, locale: 'sv' }])('allows %j', (params) => {
    expect(asksOnlyPublished(params)).toBe(true);
  });
  it.each([
    { status: 'draft' }, { status: 'DRAFT' }, { status: 'Published' }, { status: 'x' }, { status: 'preview' }, { status: '' },
    { status: ['draft'] }, { status: ['published'] }, { status: { 0: 'draft' } }, { status: null }, { publicationState: 'preview' },
    { publicationState: 'live' }, { publicationFilter: 'never-published-document' }, { hasPublishedVersion: false },
  ])('refuses %j', (params) => {
    expect(asksOnlyPublished(params)).toBe(false);
  });
});
