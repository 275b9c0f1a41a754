import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage } from './helpers/browser.ts';

/** Places across the site: the occasions filter, the municipality facet of search and the needs check's answer. */
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('occasions list filters (a GET form: the URL is the state)', () => {
  it('filters by format and says so for an unknown value', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto('/en/occasions');
    await page.getByLabel('Format').selectOption('online');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/format=online/);
    const kinds = await page.locator('.occasion-card .card-type').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k.trim().endsWith('· Online'))).toBe(true);
    await page.goto('/tillfallen?format=by-post');
    expect(await page.locator('.alert').count()).toBe(1);
    await context.close();
  });
});

describe('search and the needs check know the places', () => {
  it('the municipality facet filters /sok, and a course module\'s hit shows its next occasion', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto('/sok?q=webbutik');
    await page.getByText('Filtrera', { exact: true }).click();
    await page.getByRole('checkbox', { name: /^Överkalix \(/ }).check();
    await page.getByRole('button', { name: 'Använd filter' }).click();
    await page.waitForURL(/municipality=/);
    const next = await page.locator('.hits .nearest-occasion').allTextContents();
    expect(next.length).toBeGreaterThan(0);
    expect(next[0]).toMatch(/^\s*Nästa tillfälle: .+, Överkalix\s*$/);
    await context.close();
  });

  it('a place in the query is where a course hit\'s next occasion is chosen from, not the soonest elsewhere', async () => {
    // The IT-security course runs in Överkalix first (in 6 days), in Storuman later (in 20).
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto('/sok?q=it-s%C3%A4kerhet+i+storuman');
    const hit = page.locator('.hits li', { hasText: 'Grundkurs i IT-säkerhet för småföretag' }).first();
    expect(await hit.locator('.nearest-occasion').textContent()).toMatch(/^\s*Nästa tillfälle: .+, Storuman\s*$/);
    await context.close();
  });

  it('the needs check offers "another municipality" (outside the region, no free text)', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto('/en/needs-check');
    expect(await page.locator('option[value="other"]').textContent()).toBe('Another municipality (outside Norrbotten and Västerbotten)');
    expect(await page.locator('input[name*="municipality" i][type="text"]').count()).toBe(0);
    await context.close();
  });
});
