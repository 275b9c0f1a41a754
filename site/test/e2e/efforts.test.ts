import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, launch, newPage, siteUrl } from './helpers/browser.ts';
import { takeCheck } from './helpers/needs.ts';

/** Competence efforts on the site, without JavaScript: the list and its GET filters, one effort, the municipality and result pages. */
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

interface EffortJson { title: string; url: string; status: string; municipalities: string[]; needDimensions: string[]; partners: { name: string; isExample: boolean }[]; occasions: { url: string }[] }

describe('the efforts list (a GET form: the URL is the state)', () => {
  it('lists the published efforts and filters them by municipality and status', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto('/insatser');
    const all = await page.locator('.effort-card').count();
    expect(all).toBeGreaterThanOrEqual(4);
    await page.getByLabel('Kommun').selectOption('overkalix');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/municipality=overkalix/);
    const titles = await page.locator('.effort-card .card-title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.length).toBeLessThan(all);
    const listed = await api<{ items: { title: string; municipalities: string[] }[] }>('/api/efforts?locale=sv&municipality=overkalix');
    expect(titles.map((t) => t.trim())).toEqual(listed.items.map((e) => e.title));
    await page.goto('/en/efforts?status=done');
    expect(await page.locator('.effort-card .card-type').allTextContents()).toEqual([expect.stringMatching(/^Completed · /)]);
    await page.goto('/insatser?status=paused');
    expect(await page.locator('.alert').count()).toBe(1);
    await context.close();
  });
});

describe('one effort', () => {
  it('shows pitch, needs, period, status, what it offers with sign-up links and its example partners', async () => {
    const effort = await api<EffortJson>('/api/effort?locale=en&slug=salj-pa-natet-tornedalen');
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(effort.url);
    expect(await page.locator('h1').textContent()).toBe('Sell online from the Torne Valley');
    expect(await page.locator('[data-effort-status]').textContent()).toBe('Running');
    expect(await page.locator('.facts').first().textContent()).toContain('Business strategy and customers online');
    // The dated occasions link to their own pages, where the sign-up form is.
    expect(effort.occasions.length).toBeGreaterThan(0);
    const links = await page.locator('.occasion-card .card-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(effort.occasions.map((o) => o.url));
    await page.locator('.occasion-card .card-title a').first().click();
    await page.waitForURL(/\/en\/occasions\/webbutik-overkalix-\d$/);
    expect(await page.locator('form').filter({ has: page.locator('input[name=email]') }).count()).toBe(1);
    await page.goBack();
    // Invented organisations say so on the page, whatever the demo flag.
    const badges = await page.locator('[data-example-partner]').allTextContents();
    expect(badges).toHaveLength(effort.partners.length);
    expect(badges.every((b) => b === '(Example)')).toBe(true);
    expect(await page.locator('.partner-card a[href^="mailto:"]').count()).toBeGreaterThan(0);
    // The language switch leads to the same effort in Swedish.
    await page.locator('a[hreflang="sv"]').first().click();
    await page.waitForURL(/\/insatser\/salj-pa-natet-tornedalen$/);
    expect(await page.locator('h1').textContent()).toBe('Sälj på nätet från Tornedalen');
    expect((await page.goto('/insatser/ingen-sadan-insats'))?.status()).toBe(404);
    await context.close();
  });

  it('appears on the pages of the municipalities it runs in', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto('/kommun/overkalix');
    const titles = await page.locator('section[aria-labelledby="efforts-h"] .card-title').allTextContents();
    expect(titles.map((t) => t.trim())).toContain('Sälj på nätet från Tornedalen');
    await page.goto('/kommun/kiruna');
    expect(await page.locator('section[aria-labelledby="efforts-h"]').count()).toBe(0);
    await context.close();
  });
});

describe('the sitemap and the menu', () => {
  it('list every published effort in both languages, with the other language as alternate', async () => {
    const xml = await (await fetch(new URL('/sitemap.xml', siteUrl()))).text();
    expect(xml).toMatch(/<loc>[^<]*\/insatser\/salj-pa-natet-tornedalen<\/loc>(?:<lastmod>[^<]*<\/lastmod>)?<xhtml:link rel="alternate" hreflang="sv"[^>]*\/><xhtml:link rel="alternate" hreflang="en" href="[^"]*\/en\/efforts\/salj-pa-natet-tornedalen"\/>/);
    expect(xml).toContain('/en/efforts</loc>');
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto('/en');
    expect(await page.locator('.site-header nav a', { hasText: 'Efforts' }).getAttribute('href')).toBe('/en/efforts');
    await context.close();
  });
});

describe('the needs-check result names the efforts that fit', () => {
  it('lists only efforts in the reader’s municipality that answer one of their needs', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto('/en/needs-check');
    await takeCheck(page, { pick: 'first', municipality: 'vilhelmina' });
    const needs = (await page.locator('.needs-list h3').allTextContents()).map((n) => n.replace(/\s*\(.*$/, '').trim());
    const cards = page.locator('section[aria-labelledby="efforts-h"] .effort-card');
    expect(await cards.count()).toBeGreaterThan(0);
    for (const href of await cards.locator('.card-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      const effort = await api<EffortJson>(`/api/effort?locale=en&slug=${href.split('/').pop()}`);
      expect(effort.municipalities).toContain('vilhelmina');
      expect(effort.status).not.toBe('done');
    }
    for (const text of await cards.locator('.effort-needs').allTextContents()) expect(needs.some((n) => text.includes(n))).toBe(true);
    await context.close();
  });
});
