import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedPreviewQuery } from '../../../cms/src/lib/preview-link.ts';
import { PREVIEW_SECRET } from './setup/constants.ts';
import { api, launch, newPage } from './helpers/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** A link as the CMS's Preview button makes it (cms/config/admin.ts), optionally already expired. */
const link = (documentId: string, locale: string, ttl = 600, secret = PREVIEW_SECRET) => signedPreviewQuery(secret, { type: 'guide', documentId, locale }, ttl).toString();

describe('draft preview', () => {
  let guide: { documentId: string; title: string };
  beforeAll(async () => {
    const guides = await api<{ documentId: string; title: string }[]>('/api/section?locale=en&kind=guide');
    expect(guides[0]).toBeDefined();
    guide = guides[0] as { documentId: string; title: string };
  });

  it('shows the draft of an item to a signed link, read with the find-only preview token', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`/en/preview?${link(guide.documentId, 'en')}`);
    expect(await page.locator('.preview-banner').textContent()).toContain('Draft preview');
    expect(await page.locator('h1').textContent()).toBe(guide.title);
    expect(await page.locator('meta[name=robots]').getAttribute('content')).toBe('noindex');
    await context.close();
  });

  it.each([
    ['an expired link', () => link(guide.documentId, 'en', -1)],
    ['a link signed with another secret', () => link(guide.documentId, 'en', 600, 'not-the-secret')],
    ['a link for another document', () => link(guide.documentId, 'en').replace(guide.documentId, 'abcdefghijklmnopqrstuvwx')],
    ['a link for the other language', () => link(guide.documentId, 'en').replace('locale=en', 'locale=sv')],
    ['the old shared-secret link', () => `type=guide&documentId=${guide.documentId}&locale=en&secret=${PREVIEW_SECRET}`],
  ])('refuses %s', async (_what, make) => {
    const { context, page } = await newPage(browser);
    await page.goto(`/forhandsvisning?${make()}`);
    expect(await page.locator('main').textContent()).toContain('giltig länk');
    const res = await fetch(new URL(`/api/preview?${make()}`, page.url()), { headers: { accept: 'application/json' } });
    expect([400, 401]).toContain(res.status);
    expect(await res.text()).not.toContain(guide.title);
    await context.close();
  });
});
