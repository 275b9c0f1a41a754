import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage } from './helpers/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/**
 * A search that finds little or nothing offers "did you mean" (the index's own spelling), the closest topics and the
 * featured paths, in the reader's language, as plain links: everything here runs with JavaScript off.
 */
const CASES = [
  { locale: 'sv', weak: '/sok?q=pivottabeler', fix: 'pivottabeller', heading: 'Få träffar', zero: '/sok?q=xqzvwkjh', popular: 'Populära ämnen', paths: 'Utvalda lärstigar', lang: 'sv' },
  { locale: 'en', weak: '/en/search?q=pivott', fix: 'pivot', heading: 'Only a few results', zero: '/en/search?q=xqzvwkjh', popular: 'Popular topics', paths: 'Featured learning paths', lang: 'en' },
] as const;

/** axe needs JavaScript in the page, so it checks the same URL in a context of its own. */
async function axeViolations(url: string): Promise<string[]> {
  const { context, page } = await newPage(browser);
  await page.goto(url);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  await context.close();
  return result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}

describe.each(CASES)('search help, $locale', (c) => {
  it('a weak result: did you mean, closest topics and featured paths, without JavaScript; axe 0', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(c.weak);
    expect(await page.getAttribute('html', 'lang')).toBe(c.lang);
    const help = page.locator('section[aria-labelledby="help-h"]');
    expect(await help.locator('h2').textContent()).toContain(c.heading);
    expect(await help.getByRole('heading', { name: c.paths }).count()).toBe(1);
    expect(await help.locator('.tags li').count()).toBeGreaterThan(0);
    expect(await axeViolations(c.weak)).toEqual([]);
    const suggestion = help.locator('[data-did-you-mean]');
    expect(await suggestion.textContent()).toBe(c.fix);
    await suggestion.click();
    await page.waitForURL(new RegExp(`q=${c.fix}`));
    expect(await page.locator('.hits li').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('no result and nothing to correct: popular topics and featured paths; axe 0', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(c.zero);
    const help = page.locator('section[aria-labelledby="help-h"]');
    expect(await help.locator('[data-did-you-mean]').count()).toBe(0);
    expect(await help.getByRole('heading', { name: c.popular }).count()).toBe(1);
    expect(await help.getByRole('heading', { name: c.paths }).count()).toBe(1);
    expect(await axeViolations(c.zero)).toEqual([]);
    await context.close();
  });
});
