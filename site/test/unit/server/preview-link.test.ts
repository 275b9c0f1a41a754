import { describe, expect, it } from 'vitest';
import { signedPreviewQuery } from '../../../../cms/src/lib/preview-link';
import { verifyPreviewLink } from '../../../server/utils/preview-link';

const SECRET = 'a-preview-signing-secret';
const NOW = Date.UTC(2026, 0, 1);

function fromQuery(query: URLSearchParams) {
  return { type: query.get('type') ?? '', documentId: query.get('documentId') ?? '', locale: query.get('locale') ?? '', expires: Number(query.get('expires')), signature: query.get('signature') ?? '' };
}

describe('preview links (the CMS signs, the site verifies)', () => {
  const made = fromQuery(signedPreviewQuery(SECRET, { type: 'guide', documentId: 'abc123', locale: 'sv' }, 600, NOW));

  it('accepts the CMS’s link until it expires, and not after', () => {
    expect(verifyPreviewLink(SECRET, made, NOW)).toBe('ok');
    expect(verifyPreviewLink(SECRET, made, NOW + 599_000)).toBe('ok');
    expect(verifyPreviewLink(SECRET, made, NOW + 601_000)).toBe('expired');
  });

  it.each([
    ['another document', { documentId: 'abc124' }],
    ['another locale', { locale: 'en' }],
    ['another type', { type: 'research-article' }],
    ['a later expiry', { expires: made.expires + 3600 }],
    ['a broken signature', { signature: '0'.repeat(64) }],
    ['a short signature', { signature: 'ab' }],
  ])('refuses %s', (_what, change) => {
    expect(verifyPreviewLink(SECRET, { ...made, ...change }, NOW)).toBe('invalid');
  });

  it('refuses everything without a secret or with another one, and links that live too long', () => {
    expect(verifyPreviewLink('', made, NOW)).toBe('invalid');
    expect(verifyPreviewLink('another-secret', made, NOW)).toBe('invalid');
    const forever = fromQuery(signedPreviewQuery(SECRET, { type: 'guide', documentId: 'abc123', locale: 'sv' }, 10 * 365 * 24 * 3600, NOW));
    expect(verifyPreviewLink(SECRET, forever, NOW)).toBe('invalid');
  });
});
