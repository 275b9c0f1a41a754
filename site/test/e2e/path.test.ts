import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage } from './helpers/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('following a learning path', () => {
  it('marks two steps, keeps them over a reload, and "continue" lands on the next step', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/larstigar');
    await page.locator('main h2 a').first().click();
    await page.waitForURL(/\/larstigar\/.+/);
    const pathUrl = page.url();
    await page.getByRole('link', { name: 'Börja' }).click();
    expect(await page.locator('.path-context').textContent()).toContain('Steg 1 av');

    await page.getByRole('button', { name: 'Markera som klar' }).click();
    await page.waitForLoadState();
    expect(await page.locator('.path-context').textContent()).toContain('1 av');
    await page.getByRole('link', { name: /^Nästa steg/ }).click();
    expect(await page.locator('.path-context').textContent()).toContain('Steg 2 av');
    await page.getByRole('button', { name: 'Markera som klar' }).click();
    await page.waitForLoadState();

    await page.goto(pathUrl);
    await page.reload();
    expect(await page.locator('main').textContent()).toContain('2 av');
    expect(await page.locator('.path-steps .status-done').count()).toBe(2);
    await page.getByRole('link', { name: 'Fortsätt där du slutade' }).click();
    expect(await page.locator('.path-context').textContent()).toContain('Steg 3 av');

    await page.goto('/mitt-larande');
    expect(await page.locator('main').textContent()).toContain('2 av');
    await page.goto('/en/my-learning');
    expect(await page.locator('main').textContent()).toContain('2 of');
    await context.close();
  });
});
