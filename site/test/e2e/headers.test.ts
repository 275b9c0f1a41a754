import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_SECRET } from './setup/constants.ts';
import { api, launch, newPage, siteUrl } from './helpers/browser.ts';
import { pagesOf } from './helpers/pages.ts';

const REQUIRED = ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy', 'permissions-policy'];

async function headersOf(path: string, init: RequestInit = {}): Promise<Headers> {
  const res = await fetch(new URL(path, siteUrl()), { redirect: 'manual', ...init });
  await res.arrayBuffer();
  return res.headers;
}

describe('security headers on every kind of response', () => {
  it('pages, API answers, errors, public files and build assets all carry them', async () => {
    // A build asset: the editors' preview is the one page that loads the app's chunks.
    const preview = await (await fetch(new URL(`/en/preview?type=guide&documentId=abcdefghijklmnop&locale=en&secret=${PREVIEW_SECRET}`, siteUrl()))).text();
    const asset = preview.match(/\/_nuxt\/[\w.-]+\.js/)?.[0];
    expect(asset).toBeDefined();
    const targets = [
      asset ?? '',
      ...(await pagesOf('sv')), ...(await pagesOf('en')),
      '/api/home?locale=sv', '/api/home?locale=xx', '/api/no-such-route', '/favicon.svg', '/robots.txt', '/sitemap.xml', '/uploads/no-such-file.png',
    ];
    const missing: string[] = [];
    for (const path of targets) {
      const headers = await headersOf(path, { headers: { accept: 'text/html' } });
      for (const name of REQUIRED) if (!headers.get(name)) missing.push(`${path}: ${name}`);
      const csp = headers.get('content-security-policy') ?? '';
      if (!/frame-ancestors 'none'/.test(csp) || /script-src[^;]*'unsafe-inline'/.test(csp)) missing.push(`${path}: weak CSP ${csp}`);
      if (headers.get('strict-transport-security')) missing.push(`${path}: HSTS over plain HTTP`);
    }
    expect(missing).toEqual([]);
  });

  it('frames are refused and MIME sniffing is off', async () => {
    const headers = await headersOf('/');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    // HSTS only over TLS: a client's own X-Forwarded-Proto is not believed unless NUXT_TRUST_PROXY is set.
    expect((await headersOf('/', { headers: { 'x-forwarded-proto': 'https' } })).get('strict-transport-security')).toBeNull();
  });
});

describe('form posts are capped', () => {
  it.each(['/api/progress', '/api/needs-contact-delete', '/api/needs-check'])('%s answers a 20 KB body with 413 and JSON for API clients, with or without Origin', async (path) => {
    for (const origin of [{ origin: new URL(siteUrl()).origin }, {}]) {
      const res = await fetch(new URL(path, siteUrl()), { method: 'POST', body: new URLSearchParams({ locale: 'sv', pad: 'x'.repeat(20_000) }), headers: { ...origin, accept: 'application/json' }, redirect: 'manual' });
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({ error: { status: 413, code: 'body_too_large', message: expect.any(String) } });
    }
  });
});

describe('the CSP lets the pages\' own scripts run and nothing else', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('search, a module with a quiz and the editors\' preview load without a CSP violation', async () => {
    const [guide] = await api<{ documentId: string }[]>('/api/section?locale=en&kind=guide');
    const targets = ['/sok?q=webbutik', '/kurser/workshop-starta-din-webbutik', `/en/preview?type=guide&documentId=${guide?.documentId}&locale=en&secret=${PREVIEW_SECRET}`];
    const violations: string[] = [];
    for (const path of targets) {
      const { context, page } = await newPage(browser);
      page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) violations.push(`${path}: ${message.text()}`); });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await context.close();
    }
    expect(violations).toEqual([]);
  });

  it('an inline script that is not one of the hashed ones does not run', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/sok?q=webbutik');
    const ran = await page.evaluate(() => new Promise<boolean>((resolve) => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      setTimeout(() => resolve(Boolean(Reflect.get(window, '__injected'))), 100);
    }));
    expect(ran).toBe(false);
    await context.close();
  });
});
