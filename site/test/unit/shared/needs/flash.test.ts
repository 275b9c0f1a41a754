import { describe, expect, it } from 'vitest';
import { decodeFlash, encodeFlash, type NeedsFlash } from '#shared/needs/flash';

describe('encodeFlash / decodeFlash', () => {
  it.each<[string, NeedsFlash]>([
    ['nothing sent', { stored: null, contact: null, deleteToken: null }],
    ['stored', { stored: true, contact: null, deleteToken: null }],
    ['storing failed', { stored: false, contact: null, deleteToken: null }],
    ['contact sent with its token', { stored: null, contact: 'sent', deleteToken: 'AbC-123_xyz456789012' }],
    ['contact refused', { stored: true, contact: 'missing-consent', deleteToken: null }],
  ])('round-trips %s', (_, flash) => {
    expect(decodeFlash(encodeFlash(flash))).toEqual(flash);
  });

  it.each([
    ['an unknown outcome', 'contact=hacked'],
    ['a token with markup', 'token=%3Cscript%3Exxxxxxxxxxxxxxxx'],
    ['a short token', 'token=abc'],
  ])('reads %s as no flash', (_, value) => {
    expect(decodeFlash(value)).toBeNull();
  });
});
