import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadSyntheticResponses } from '../../../scripts/src/lib/needs-synthetic.ts';
import { CMS_DIR } from '../../../scripts/src/lib/paths.ts';
import { DIMENSIONS, MUNICIPALITIES } from '../../src/admin/needs-overview/vocabulary';
import { ADMIN_TIMEOUT_MS, adminPage, launch } from '../helpers/admin-browser';
import { adminToken, cmsUrl, request } from '../helpers/api';

/**
 * The coordinators' overview in the Strapi admin, in Chromium, over the CMS's synthetic responses: the page shows
 * what the coordinator API computes (figures compared with the API's own answer), a chart, the grouping switch,
 * the CSV export, and the refusal for other roles.
 */
const SYNTHETIC = 400;
const percent = (share: number) => `${Math.round(share * 100)}%`;
const municipalityName = (slug: string) => MUNICIPALITIES.find((m) => m.slug === slug)?.name ?? slug;

async function apiOverview(query: string) {
  const res = await request('GET', `/kn-needs/overview?${query}`, { token: await adminToken('kn-coordinator') });
  expect(res.status).toBe(200);
  return res.body;
}

const rowHeaders = (page: Page) => page.getByTestId('kn-needs-table').locator('tbody th').allTextContents();

describe('needs overview (admin, Chromium)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // The CMS's generator, as the development super admin: replaces every synthetic response with SYNTHETIC ones.
    expect(await loadSyntheticResponses(cmsUrl(), SYNTHETIC)).toMatchObject({ created: SYNTHETIC });
    browser = await launch();
    page = await adminPage(browser, 'kn-coordinator');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens from the menu and shows the synthetic aggregates, a chart and its table', { timeout: ADMIN_TIMEOUT_MS * 2 }, async () => {
    await page.getByRole('link', { name: 'Needs overview' }).click();
    await page.getByRole('radio', { name: 'Synthetic demo data' }).click();
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => page.getByTestId('kn-needs-total').textContent(), { timeout: ADMIN_TIMEOUT_MS }).toBe(`Checks answered: ${SYNTHETIC}`);
    await expect.poll(() => page.getByTestId('kn-needs-synthetic').isVisible()).toBe(true);

    const api = await apiOverview('source=synthetic');
    const chart = page.getByTestId('kn-needs-chart');
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBe(DIMENSIONS.length);
    // The values are written on the bars, so the chart reads without colour.
    expect(await chart.locator('.recharts-label-list text').allTextContents()).toEqual(api.dimensions.map((d: { needShare: number }) => percent(d.needShare)));
    const cells = await page.getByTestId('kn-needs-table').locator('tbody tr').first().locator('td').allTextContents();
    expect(cells[0]).toBe(String(SYNTHETIC));
    expect(cells.slice(1).map((c) => c.split(' ')[0])).toEqual(DIMENSIONS.map((d) => percent(api.groups[0].needShare[d])));
    // The search outbox's state beside the backlog: changes waiting and dead letters, counted by the API.
    await expect.poll(() => page.getByTestId('kn-search-sync').textContent(), { timeout: ADMIN_TIMEOUT_MS }).toMatch(/change\(s\) waiting to reach the search index, \d+ failed for good \(dead letters\)/);
  });

  it('switches the grouping to municipalities, with small groups withheld', { timeout: ADMIN_TIMEOUT_MS * 2 }, async () => {
    expect(await rowHeaders(page)).toEqual(['All responses']);
    await page.getByRole('combobox', { name: 'Group by' }).click();
    await page.getByRole('option', { name: 'Municipality' }).click();
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/groupBy=municipality/);

    const api = await apiOverview('source=synthetic&groupBy=municipality');
    expect(api.groups.length).toBeGreaterThan(1);
    await expect.poll(() => rowHeaders(page), { timeout: ADMIN_TIMEOUT_MS }).toEqual(api.groups.map((g: { key: string }) => municipalityName(g.key)));
    const barLabels = () => page.getByTestId('kn-needs-chart').locator('.recharts-label-list text').allTextContents();
    const shares = (d: string) => api.groups.map((g: { needShare: Record<string, number> }) => percent(g.needShare[d]));
    await page.getByRole('combobox', { name: 'Dimension in the chart' }).click();
    await page.getByRole('option', { name: 'Data and security' }).click();
    await expect.poll(barLabels).toEqual(shares('data_security'));
    // The generator gives some small municipalities only a few responses: their groups are withheld, and said so.
    expect(api.hidden).toBeGreaterThan(0);
    expect(await page.getByTestId('kn-needs-hidden').textContent()).toMatch(new RegExp(`^${api.hidden} groups? hidden \\(fewer than 5 responses`));
  });

  it('downloads the view as CSV with a header row', { timeout: ADMIN_TIMEOUT_MS * 2 }, async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^needs-overview-synthetic-municipality-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = fs.readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe(['group', 'n', ...DIMENSIONS.map((d) => `need_share_${d}`), ...DIMENSIONS.map((d) => `mean_score_${d}`)].join(','));
    const api = await apiOverview('source=synthetic&groupBy=municipality');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(api.groups.map((g: { key: string }) => g.key));
  });

  it('never mixes the synthetic responses into the real ones', { timeout: ADMIN_TIMEOUT_MS * 2 }, async () => {
    await page.getByRole('radio', { name: 'Real responses' }).click();
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => page.getByTestId('kn-needs-total').textContent(), { timeout: ADMIN_TIMEOUT_MS }).toMatch(/^No figures for this selection/);
    expect(await page.getByTestId('kn-needs-table').count()).toBe(0);
  });

  it('tells a researcher, in Swedish, that the overview is for coordinators', { timeout: ADMIN_TIMEOUT_MS * 2 }, async () => {
    const researcher = await adminPage(browser, 'kn-researcher', 'sv');
    await researcher.getByRole('link', { name: 'Behovsöversikt' }).click();
    await expect.poll(() => researcher.getByTestId('kn-needs-problem').textContent(), { timeout: ADMIN_TIMEOUT_MS }).toContain('Översikten är till för samordnare');
    await researcher.context().close();
  });

  it('ships no secret and no server code in the admin bundle', () => {
    const dir = path.join(CMS_DIR, 'dist', 'build');
    const bundle = fs.readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    const env = inject('cmsEnv');
    for (const name of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'MEILI_MASTER_KEY']) {
      expect(bundle).not.toContain(name);
      for (const value of (env[name] ?? '').split(',').filter(Boolean)) expect(bundle).not.toContain(value);
    }
    const page = fs.readdirSync(dir).find((f) => f.startsWith('needs-overview-'));
    expect(page).toBeDefined();
    expect(fs.readFileSync(path.join(dir, page ?? ''), 'utf8')).not.toMatch(/meilisearch|node:fs|better-sqlite3/);
  });
});
