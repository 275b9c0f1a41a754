import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage } from './helpers/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const ARTICLE = {
  sv: { url: '/artiklar/generativ-ai-i-smaforetag-nytta-och-risker', study: 'Originalstudien', by: 'Sammanfattad av', example: 'Exempelperson', demo: 'Exempelinnehåll' },
  en: { url: '/en/articles/generative-ai-in-small-firms-benefits-and-risks', study: 'The original study', by: 'Summarised by', example: 'Example person', demo: 'Example content' },
} as const;

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.flatMap((t) => {
    const parsed = JSON.parse(t);
    return parsed['@graph'] ?? [parsed];
  });
}

describe.each(['sv', 'en'] as const)('a research article (%s): the study and its summariser apart', (locale) => {
  const a = ARTICLE[locale];

  it('shows the original study with its own authors, and "summarised by" an example person', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    expect((await page.goto(a.url))?.status()).toBe(200);
    const study = page.locator('[data-original-study]');
    expect(await page.getByRole('heading', { name: a.study }).count()).toBe(1);
    expect(await study.locator('[data-study-authors]').textContent()).toBe('Shakked Noy, Whitney Zhang');
    expect(await study.textContent()).toContain('Experimental evidence on the productivity effects of generative artificial intelligence');
    expect(await study.getByRole('link').getAttribute('href')).toBe('https://doi.org/10.1126/science.adh2586');
    const by = page.locator('[data-summarised-by]');
    expect(await page.locator('dt', { hasText: a.by }).count()).toBe(1);
    expect(await by.textContent()).toContain('Johan Holmberg');
    expect(await by.locator('[data-example-person]').textContent()).toContain(a.example);
    // The summariser is never presented as the study's author, nor given a real university.
    expect(await study.textContent()).not.toContain('Holmberg');
    expect(await page.locator('main').textContent()).not.toMatch(/Umeå universitet|Umeå University/);
    expect(await page.locator('[data-demo-note]').textContent()).toContain(a.demo);
    await context.close();
  });

  it('says the same in JSON-LD: author = summariser, isBasedOn/citation = the study and its authors', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(a.url);
    const article = (await jsonLd(page)).find((n) => n['@type'] === 'ScholarlyArticle');
    expect(article).toBeDefined();
    expect(article!.author).toEqual([expect.objectContaining({ '@type': 'Person', name: 'Johan Holmberg', description: expect.stringContaining('Example person') })]);
    const study = { '@type': 'ScholarlyArticle', name: 'Experimental evidence on the productivity effects of generative artificial intelligence', datePublished: '2023' };
    expect(article!.isBasedOn).toMatchObject({ ...study, author: [{ '@type': 'Person', name: 'Shakked Noy' }, { '@type': 'Person', name: 'Whitney Zhang' }] });
    expect(article!.citation).toEqual(article!.isBasedOn);
    await context.close();
  });
});

describe('example labels wherever an invented person or demo item is shown', () => {
  it.each([
    ['/forfattare/johan-holmberg', 'Exempelperson'],
    ['/en/authors/johan-holmberg', 'Example person'],
  ])('%s labels the person and publishes no affiliation', async (url, label) => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(url);
    expect(await page.locator('[data-example-person]').textContent()).toContain(label);
    const person = (await jsonLd(page)).find((n) => n['@type'] === 'Person');
    expect(person).not.toHaveProperty('affiliation');
    expect(person?.description).toMatch(/Example person/);
    await context.close();
  });

  it.each([
    ['/guider/starta-en-webbutik-for-ditt-smaforetag', 'Exempelinnehåll'],
    ['/en/guides/start-a-webshop-for-your-small-business', 'Example content'],
    ['/kurser/workshop-starta-din-webbutik', 'Exempelinnehåll'],
    ['/en/modules/workshop-start-your-web-shop', 'Example content'],
    ['/en/learning-paths/sell-online-from-the-countryside', 'Example content'],
  ])('%s carries the example-content note', async (url, note) => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    expect((await page.goto(url))?.status()).toBe(200);
    expect(await page.locator('[data-demo-note]').textContent()).toContain(note);
    await context.close();
  });
});

describe('a guide with facts that go stale', () => {
  it.each([
    ['/guider/starta-en-webbutik-for-ditt-smaforetag', 'Senast granskad', '2 december 2026', '12:e månad'],
    ['/en/guides/start-a-webshop-for-your-small-business', 'Last reviewed', 'December 2, 2026', 'every 12 months'],
  ])('%s shows when it was last reviewed', async (url, label, date, interval) => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(url);
    const reviewed = page.locator('[data-last-reviewed]');
    expect(await reviewed.locator('dt').textContent()).toBe(label);
    expect(await reviewed.locator('time').getAttribute('datetime')).toBe('2026-12-02');
    expect(await reviewed.locator('dd').textContent()).toContain(date);
    expect(await reviewed.locator('dd').textContent()).toContain(interval);
    await context.close();
  });
});
