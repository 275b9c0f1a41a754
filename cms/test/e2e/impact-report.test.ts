import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TIMEOUT_MS, adminPage, launch } from '../helpers/admin-browser';
import { adminToken, request } from '../helpers/api';
import { sqlWrite } from '../helpers/database';
import { unique } from '../helpers/fixtures';
import { effortDraft, insertPairs, partnerFor, scoresOf } from '../helpers/impact';
import { siteCall } from '../helpers/needs';
import { centreId, person, publishedOccasion } from '../helpers/occasions';

const DAY = 86_400_000;
const api = async (path: string) => (await request('GET', path, { token: await adminToken('kn-coordinator') })).body;
const text = (page: Page, id: string) => page.getByTestId(id).textContent();

/**
 * The impact report in the Strapi admin, in Chromium: the page shows the API's figures (headline, per occasion,
 * maturity), draws its charts as inline SVG, and prints without the admin's menus and the form.
 */
describe('impact report (admin, Chromium)', () => {
  let browser: Browser;
  let effort: string;
  let other: string;

  beforeAll(async () => {
    const occasion = await publishedOccasion({ centre: await centreId('overkalix'), hours: 2, startsAt: new Date(Date.now() + 6 * DAY) });
    effort = await effortDraft(['umea'], [occasion.documentId]);
    other = await effortDraft(['lycksele']);
    for (let i = 0; i < 3; i += 1) expect((await siteCall('POST', '/api/signups', person(unique('e2e-impact'), { occasion: occasion.documentId }))).status).toBe(201);
    await sqlWrite(`UPDATE occasion_signups SET signup_status = 'attended' WHERE id IN (SELECT id FROM occasion_signups WHERE occasion_document_id = ? ORDER BY id LIMIT 2)`, [occasion.documentId]);
    await insertPairs(Array.from({ length: 6 }, (_, i) => ({ municipality: 'umea', industry: 'food', efforts: [effort], before: scoresOf({ tools: 20 + i }), after: scoresOf({ tools: 40 + i }) })));
    await partnerFor(['umea']);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the API’s figures with SVG charts, and prints without menus or form', { timeout: ADMIN_TIMEOUT_MS * 3 }, async () => {
    const report = await api(`/kn-impact/efforts/${effort}/report?source=synthetic&locale=en`);
    const page = await adminPage(browser, 'kn-coordinator');
    await page.getByRole('link', { name: 'Impact report' }).click();
    await page.goto(`/admin/impact-report?effort=${effort}&source=synthetic`);
    await expect.poll(() => text(page, 'kn-impact-effort'), { timeout: ADMIN_TIMEOUT_MS }).toBe(report.effort.title);
    expect(await text(page, 'kn-impact-total-signups')).toBe(String(report.totals.signups));
    expect(await text(page, 'kn-impact-total-attended')).toBe(String(report.totals.attended));
    expect(await text(page, 'kn-impact-total-hours')).toBe(String(report.totals.hours));
    expect(await text(page, 'kn-impact-total-pairs')).toBe(report.beforeAfter.suppressed ? 'withheld' : String(report.beforeAfter.total));
    expect(report.totals).toMatchObject({ signups: 3, attended: 2, hours: 4 });
    // One bar per series per occasion, values written beside them.
    expect(await page.getByTestId('kn-impact-attendance-chart').locator('svg rect[y]').count()).toBe(2 * report.occasions.length);
    const rows = await page.getByTestId('kn-impact-occasions-rows').locator('tbody tr').last().locator('td').allTextContents();
    expect(rows.slice(1, 4)).toEqual([String(report.totals.signups), String(report.totals.attended), String(report.totals.waitlisted)]);
    if (!report.beforeAfter.suppressed) {
      const tools = report.beforeAfter.dimensions.find((d: { dimension: string }) => d.dimension === 'tools');
      const cells = await page.getByTestId('kn-impact-maturity-rows').locator('tbody tr').nth(1).locator('td').allTextContents();
      expect(cells).toEqual([String(tools.n), String(tools.before), String(tools.after), `+${tools.change}`]);
    }
    expect(await page.getByText(/^Source: /).count()).toBeGreaterThanOrEqual(5);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('kn-impact-form').isVisible()).toBe(false);
    expect(await page.locator('nav').first().isVisible()).toBe(false);
    expect(await page.getByTestId('kn-impact-maturity').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.context().close();
  });

  it('the overview’s before/after section shows the API’s total', { timeout: ADMIN_TIMEOUT_MS * 2 }, async () => {
    const view = await api('/kn-impact/before-after?source=synthetic&groupBy=municipality');
    const page = await adminPage(browser, 'kn-coordinator');
    await page.goto('/admin/needs-overview?source=synthetic');
    const expected = view.suppressed ? /Fewer than 5/ : new RegExp(`^${view.total} firms followed up`);
    await expect.poll(() => page.getByTestId(view.suppressed ? 'kn-impact-ba-suppressed' : 'kn-impact-ba-total').textContent(), { timeout: ADMIN_TIMEOUT_MS }).toMatch(expected);
    await page.context().close();
  });

  it('a partner gets the report of an effort in its municipality, and is refused another', { timeout: ADMIN_TIMEOUT_MS * 2 }, async () => {
    const page = await adminPage(browser, 'kn-partner');
    await page.goto(`/admin/impact-report?effort=${effort}&source=synthetic`);
    await expect.poll(() => page.getByTestId('kn-impact-report').isVisible(), { timeout: ADMIN_TIMEOUT_MS }).toBe(true);
    await page.goto(`/admin/impact-report?effort=${other}&source=synthetic`);
    await expect.poll(() => page.getByTestId('kn-impact-problem').textContent(), { timeout: ADMIN_TIMEOUT_MS }).toContain('Impact reports are for coordinators');
    await page.context().close();
  });
});
