import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage } from './helpers/browser.ts';
import { pagesOf } from './helpers/pages.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe.each(['sv', 'en'] as const)('axe (WCAG 2.1 AA), %s', (locale) => {
  it('reports no violations', async () => {
    const { context, page } = await newPage(browser);
    const failures: string[] = [];
    for (const url of await pagesOf(locale)) {
      await page.goto(url);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of result.violations) failures.push(`${url}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      const lang = await page.getAttribute('html', 'lang');
      if (lang !== locale) failures.push(`${url}: <html lang="${lang}">`);
    }
    expect(failures).toEqual([]);
    await context.close();
    // About 20 pages, a few seconds of axe each on 2 shared cores.
  }, 240_000);
});
