import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TIMEOUT_MS, adminPage, launch } from '../helpers/admin-browser';
import { adminToken, request } from '../helpers/api';
import { sql } from '../helpers/database';
import { unique } from '../helpers/fixtures';
import { siteCall } from '../helpers/needs';

/**
 * "Start an effort" on the needs overview, in Chromium as the development Coordinator: the count of consented
 * contact requests shown for the selection equals the API's and the database's, and the button opens the edit
 * view of a draft effort that carries the selection.
 */
/** A json column: text in SQLite, already parsed by the PostgreSQL driver. */
const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
const contact = (municipality: string) => ({ locale: 'sv', name: 'Test Testsson', email: `${unique('e2e')}@firma.example`, municipality, consentText: 'Jag samtycker till att bli kontaktad av mitt lärcentrum.' });

describe('start an effort from the needs overview (admin, Chromium)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    for (const m of ['bjurholm', 'bjurholm', 'bjurholm', 'vindeln']) expect((await siteCall('POST', '/api/needs/contacts', contact(m))).status).toBe(201);
    browser = await launch();
    page = await adminPage(browser, 'kn-coordinator');
  }, ADMIN_TIMEOUT_MS * 2);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the consented contact requests of the selection, equal to the API and the database', { timeout: ADMIN_TIMEOUT_MS * 2 }, async () => {
    await page.goto('/admin/needs-overview?source=synthetic&municipality=bjurholm&industry=food');
    const panel = page.getByTestId('kn-effort-start');
    await panel.getByRole('combobox', { name: 'Need the effort answers' }).click();
    await page.getByRole('option', { name: 'Data and security' }).click();
    const api = await request('GET', '/kn-efforts/selection?dimension=data_security&municipality=bjurholm&industry=food', { token: await adminToken('kn-coordinator') });
    const [row] = await sql("SELECT COUNT(*) AS n FROM needs_contacts WHERE municipality = 'bjurholm' AND consented_at IS NOT NULL AND unsubscribed_at IS NULL");
    expect(api.body.consentedContacts).toBe(Number(row.n));
    expect(api.body.consentedContacts).toBeGreaterThanOrEqual(3);
    const shown = page.getByTestId('kn-effort-contacts');
    await expect.poll(() => shown.getAttribute('data-count'), { timeout: ADMIN_TIMEOUT_MS }).toBe(String(api.body.consentedContacts));
    expect(await shown.textContent()).toBe(`${api.body.consentedContacts} consented contact requests from Bjurholm match this selection.`);
    expect(await page.getByTestId('kn-effort-selection').textContent()).toBe('Selection: Data and security × Bjurholm × Food and drink');
  });

  it('creates a draft carrying the selection and opens its edit view', { timeout: ADMIN_TIMEOUT_MS * 2 }, async () => {
    await page.getByTestId('kn-effort-start').getByRole('button', { name: 'Start an effort' }).click();
    await page.waitForURL(/\/admin\/content-manager\/collection-types\/api::effort\.effort\/[a-z0-9]+/);
    const documentId = /api::effort\.effort\/([a-z0-9]+)/.exec(page.url())?.[1];
    await expect.poll(() => page.locator('input[name="title"]').inputValue(), { timeout: ADMIN_TIMEOUT_MS }).toBe('New effort: Data and security × Bjurholm × Food and drink');
    const [effort] = await sql('SELECT need_dimensions, industries, published_at FROM efforts WHERE document_id = ? AND locale = ?', [documentId, 'sv']);
    expect(json(effort.need_dimensions)).toEqual(['data_security']);
    expect(json(effort.industries)).toEqual(['food']);
    expect(effort.published_at).toBeNull();
  });
});
