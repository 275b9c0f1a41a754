import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage } from './helpers/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('search', () => {
  it('sv: results as you type, a facet in the URL, open a result, switch to the same item in English', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/sok');
    // A marker on window survives only if the results change without a page load.
    await page.evaluate(() => Object.assign(window, { stayed: true }));
    await page.getByLabel('Vad vill du veta?').fill('sälja på nätet');
    await page.waitForURL(/q=s%C3%A4lja/);
    await page.getByText('Filtrera', { exact: true }).click();
    await page.getByRole('checkbox', { name: /^Guide \(\d+\)/ }).check();
    await page.waitForURL(/type=guide/);
    const first = page.locator('.hits li h3 a').first();
    await expect.poll(() => page.locator('.hits li').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.hits .card-type').first().textContent()).toContain('Guide');
    expect(await page.locator('.hits mark').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => 'stayed' in window)).toBe(true);
    await first.click();
    await page.waitForURL(/\/guider\//);
    const documentTitle = await page.locator('h1').textContent();
    expect(documentTitle).toBeTruthy();
    await page.getByRole('link', { name: 'In English' }).click();
    await page.waitForURL(/\/en\/guides\//);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  it('en: a facet filter from the URL, rendered on the server', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/en/search?q=selling+online&level=beginner');
    expect(await page.getByRole('checkbox', { name: /^Beginner/ }).isChecked()).toBe(true);
    expect(await page.locator('.hits li').count()).toBeGreaterThan(0);
    await page.locator('.hits li h3 a').first().click();
    await page.waitForURL(/\/en\/(guides|modules|articles|learning-paths)\//);
    await context.close();
  });

  it('zero results: help instead of an empty page', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/sok?q=xqzvwkjh');
    expect(await page.locator('main').textContent()).toContain('Tips');
    await context.close();
  });
});
