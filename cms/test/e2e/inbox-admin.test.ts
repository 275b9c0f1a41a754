import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TIMEOUT_MS, adminPage, launch } from '../helpers/admin-browser';
import { CONTACT, contactRequest, publishedEffort } from '../helpers/inbox';
import { waitForMails } from '../helpers/mail';

/** The coordinator's inbox in the Strapi admin, in Chromium: select a request, invite it to an effort. */
describe('inbox: invite to effort (admin, Chromium)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await adminPage(browser, 'kn-coordinator', 'sv');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('selects a request in the list, chooses the effort, sends one mail and says so', { timeout: ADMIN_TIMEOUT_MS * 2 }, async () => {
    const effort = await publishedEffort(['overkalix']);
    const owner = await contactRequest('overkalix');
    await page.goto(`/admin/content-manager/collection-types/${CONTACT}?page=1&pageSize=10&filters[$and][0][name][$eq]=${encodeURIComponent(owner.name)}`);
    await page.getByRole('gridcell', { name: owner.name }).waitFor();
    await page.locator('tbody tr', { hasText: owner.name }).getByRole('checkbox').click();
    await page.getByRole('button', { name: 'Bjud in till insats' }).click();
    await page.getByRole('combobox').click();
    await page.getByRole('option', { name: effort.title }).click();
    await page.getByRole('button', { name: 'Skicka inbjudningar' }).click();
    await expect.poll(() => page.getByTestId('kn-inbox-result').textContent(), { timeout: ADMIN_TIMEOUT_MS }).toContain('Skickade: 1.');
    expect((await waitForMails(owner.email ?? '', 1))[0].subject).toBe(`Inbjudan: ${effort.title}`);
  });
});
