import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_SECRET } from './setup/constants.ts';
import { api, launch, newPage } from './helpers/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('draft preview', () => {
  it('shows the draft of an item to a link with the secret, read with the privileged token', async () => {
    const guides = await api<{ documentId: string; title: string }[]>('/api/section?locale=en&kind=guide');
    const guide = guides[0];
    expect(guide).toBeDefined();
    const { context, page } = await newPage(browser);
    await page.goto(`/en/preview?type=guide&documentId=${guide?.documentId}&locale=en&secret=${PREVIEW_SECRET}`);
    expect(await page.locator('.preview-banner').textContent()).toContain('Draft preview');
    expect(await page.locator('h1').textContent()).toBe(guide?.title);
    expect(await page.locator('meta[name=robots]').getAttribute('content')).toBe('noindex');
    await context.close();
  });

  it('refuses a link without the right secret', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/forhandsvisning?type=guide&documentId=abcdefghijklmnop&locale=sv&secret=wrong');
    expect(await page.locator('main').textContent()).toContain('giltig länk');
    const res = await fetch(new URL('/api/preview?type=guide&documentId=abcdefghijklmnop&locale=sv&secret=wrong', page.url()));
    expect(res.status).toBe(401);
    await context.close();
  });
});
