import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TIMEOUT_MS, adminPage, launch } from '../helpers/admin-browser';

/** The researcher's "Research & review" page in the Strapi admin, in Chromium: paste references, see what happened. */
const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../fixtures/references', name), 'utf8');

describe('research & review (admin, Chromium)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await adminPage(browser, 'kn-researcher', 'sv');
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Its own DOI: the integration suite (same Strapi) imports the fixture's study, and a study is imported only once.
  it('a pasted RIS entry becomes a draft, and a broken paste says what is missing', { timeout: ADMIN_TIMEOUT_MS * 2 }, async () => {
    await page.getByRole('link', { name: 'Forskning & granskning' }).click();
    const form = page.getByTestId('kn-research-import');
    await form.getByRole('textbox').fill(`${fixture('broken.ris')}\n${fixture('new-works.ris').replace('Opportunities and barriers', 'Opportunities and barriers (admin test)').replace('10.1016/j.lrp.2009.07.010', '10.1016/j.lrp.2009.07.999')}`);
    await form.getByRole('button', { name: 'Skapa utkast' }).click();
    await expect.poll(() => page.getByTestId('kn-research-result').textContent(), { timeout: ADMIN_TIMEOUT_MS }).toContain('3 poster lästa: 1 utkast skapade, 2 inte importerade.');
    expect(await page.getByTestId('kn-research-rejected').textContent()).toContain('Originalstudien saknar författare.');
    expect(await page.getByRole('link', { name: /admin test/ }).count()).toBe(1);

    await form.getByRole('textbox').fill(fixture('dois.txt'));
    await form.getByRole('button', { name: 'Skapa utkast' }).click();
    await expect.poll(() => page.getByTestId('kn-research-result').textContent(), { timeout: ADMIN_TIMEOUT_MS }).toContain('2 poster lästa: 0 utkast skapade, 2 inte importerade.');
    expect(await page.getByTestId('kn-research-rejected').textContent()).toContain('saknar utgivningsår');
  });

  it('shows the review list', async () => {
    await expect.poll(() => page.getByTestId('kn-research-review').textContent(), { timeout: ADMIN_TIMEOUT_MS }).toMatch(/Ingen guide behöver granskas nu|Senast granskad/);
  });
});
