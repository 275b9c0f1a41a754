import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, launch, newPage } from './helpers/browser.ts';
import { pagesOf } from './helpers/pages.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('without JavaScript', () => {
  it('the search form is a plain GET form rendered on the server, filters included', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto('/');
    await page.getByLabel('Vad vill du veta?').fill('webbutik');
    await page.getByRole('button', { name: 'Sök' }).click();
    await page.waitForURL(/\/sok\?q=webbutik/);
    expect(await page.locator('.hits li').count()).toBeGreaterThan(0);
    await page.getByText('Filtrera', { exact: true }).click();
    await page.getByRole('checkbox', { name: /^Guide \(/ }).check();
    await page.getByRole('button', { name: 'Använd filter' }).click();
    await page.waitForURL(/type=guide/);
    expect(await page.locator('.hits .card-type').first().textContent()).toContain('Guide');
    await context.close();
  });

  it('reading pages work and ship no script', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    const guides = await api<{ url: string }[]>('/api/section?locale=sv&kind=guide');
    const response = await page.goto(guides[0]?.url ?? '/guider');
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('script[src]').count()).toBe(0);
    await context.close();
  });

  it.each(['sv', 'en'] as const)('no %s page loads a script file (noScripts), 404 included', async (locale) => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    const loaded: string[] = [];
    for (const url of await pagesOf(locale)) {
      await page.goto(url);
      for (const src of await page.locator('script[src], link[rel=modulepreload]').evaluateAll((els) => els.map((el) => el.getAttribute('src') ?? el.getAttribute('href')))) loaded.push(`${url}: ${src}`);
    }
    expect(loaded).toEqual([]);
    await context.close();
  });

  it('the quiz shows the answer on submit', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto('/kurser/workshop-starta-din-webbutik');
    const quiz = page.locator('form.quiz').first();
    await quiz.locator('input[type=radio]').first().check();
    await quiz.getByRole('button').click();
    await page.waitForURL(/answer-/);
    expect(await page.locator('.quiz-feedback').count()).toBe(1);
    await context.close();
  });

  it('"mark as done" is a plain form post', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto('/en/learning-paths/sell-online-from-the-countryside');
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await page.waitForLoadState();
    expect(await page.locator('.path-context').textContent()).toContain('1 of');
    await context.close();
  });
});

describe('with JavaScript, the quiz answers in place', () => {
  it('shows feedback without a reload', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/en/modules/workshop-start-your-web-shop');
    const quiz = page.locator('form.quiz').first();
    await quiz.locator('input[type=radio]').nth(1).check();
    await quiz.getByRole('button').click();
    expect(await quiz.locator('.quiz-feedback').textContent()).toContain('Correct');
    expect(page.url()).not.toContain('answer-');
    await context.close();
  });
});
