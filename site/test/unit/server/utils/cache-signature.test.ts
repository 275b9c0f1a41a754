import { describe, expect, it } from 'vitest';
import { signedHeaders } from '../../../../../cms/src/site-cache/notify';
import { verifySignature } from '../../../../server/utils/cache-signature';

const SECRET = 'a-shared-secret-for-the-test';
const BODY = '{"uid":"api::guide.guide","action":"publish"}';

describe('the signed CMS → site invalidation call', () => {
  it('accepts what the CMS signs with the shared secret', () => {
    const headers = signedHeaders(SECRET, BODY, 1_000_000_000_000);
    expect(verifySignature(SECRET, headers['x-kn-timestamp'], headers['x-kn-signature'], BODY, 1_000_000_000_000)).toBe(true);
  });

  it.each([
    ['another secret', 'not-the-secret', BODY, 0],
    ['a changed body', SECRET, '{"action":"x"}', 0],
    ['an old call (replay)', SECRET, BODY, 6 * 60_000],
  ])('refuses %s', (_name, secret, body, later) => {
    const headers = signedHeaders(secret, BODY, 1_000_000_000_000);
    expect(verifySignature(SECRET, headers['x-kn-timestamp'], headers['x-kn-signature'], body, 1_000_000_000_000 + later)).toBe(false);
  });

  it('refuses everything while the site has no secret, and calls without headers', () => {
    const headers = signedHeaders('', BODY);
    expect(verifySignature('', headers['x-kn-timestamp'], headers['x-kn-signature'], BODY)).toBe(false);
    expect(verifySignature(SECRET, undefined, undefined, BODY)).toBe(false);
  });
});
