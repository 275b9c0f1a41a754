import { createHash } from 'node:crypto';

/** A CSP source for one inline script: the SHA-256 of its exact text, as browsers compute it. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy of every response. Scripts: the site's own files (the editors' preview loads the app)
 * and the inline scripts named by hash; nothing else inline, no eval, no plugins. Styles stay inline-able: Nuxt
 * inlines the page CSS (features.inlineStyles) and style cannot run code. Nothing may frame the site.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[], https: boolean): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ];
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** Browser features no page here uses: denied to the site and to anything it might embed. */
export const PERMISSIONS_POLICY = 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()';

/**
 * The security headers of one response. HSTS only over TLS (directly or, with trustProxy, as the proxy says):
 * sent over plain HTTP it would be ignored by browsers and would lock a local http://localhost setup out.
 */
export function securityHeaders(csp: string, https: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    'content-security-policy': csp,
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    // Full URLs (the delete page carries a token) never leave the site; same-site form posts still say where from.
    'referrer-policy': 'same-origin',
    'permissions-policy': PERMISSIONS_POLICY,
    'cross-origin-opener-policy': 'same-origin',
  };
  if (https) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}
