import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { INLINE_SCRIPTS } from '../../../../app/composables/content/inline-scripts';
import { contentSecurityPolicy, scriptHash, securityHeaders } from '../../../../server/utils/security-headers';

const hashes = Object.values(INLINE_SCRIPTS).map(scriptHash);

describe('scriptHash', () => {
  it('is the base64 SHA-256 a browser compares with', () => {
    expect(scriptHash('alert(1)')).toBe(`'sha256-${createHash('sha256').update('alert(1)').digest('base64')}'`);
  });

  it('hashes each page script differently (search as you type, quiz, offline saver)', () => {
    expect(new Set(hashes).size).toBe(3);
  });
});

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy(hashes, false);
  const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

  it('allows scripts from the site and the hashed inline scripts only', () => {
    expect(directive('script-src')).toBe(`script-src 'self' ${hashes.join(' ')}`);
    expect(directive('script-src')).not.toMatch(/unsafe-(inline|eval)|\*/);
    expect(directive('script-src-attr')).toBe("script-src-attr 'none'");
  });

  it.each([
    ['frame-ancestors', "frame-ancestors 'none'"],
    ['object-src', "object-src 'none'"],
    ['base-uri', "base-uri 'none'"],
    ['form-action', "form-action 'self'"],
  ])('sets %s', (name, expected) => expect(directive(name)).toBe(expected));

  it('upgrades insecure requests only over TLS', () => {
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy(hashes, true)).toContain('upgrade-insecure-requests');
  });
});

describe('securityHeaders', () => {
  it('sends the anti-framing, nosniff, referrer and permissions headers, HSTS only over TLS', () => {
    const plain = securityHeaders('csp', false);
    expect(plain).toMatchObject({ 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' });
    expect(plain['permissions-policy']).toContain('camera=()');
    expect(plain).not.toHaveProperty('strict-transport-security');
    expect(securityHeaders('csp', true)['strict-transport-security']).toMatch(/^max-age=\d{8}/);
  });
});
