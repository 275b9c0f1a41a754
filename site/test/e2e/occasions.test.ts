import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, siteUrl } from './helpers/browser.ts';
import { calendarOf, waitForMail } from './helpers/mail.ts';
import { openOccasion, testAddress } from './helpers/occasions.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const TEXT = {
  sv: { submit: /^(Anmäl mig|Ställ mig på väntelistan)$/, done: /^(Du är anmäld|Du står på väntelistan)$/, confirmation: /\/tillfallen\/[a-z0-9-]+\/bekraftelse$/, nameMissing: 'Skriv ditt namn.', emailBad: "Skriv en e-postadress som namn@exempel.se.", consentMissing: 'Kryssa i att du godkänner', cancel: 'Avboka din plats', cancelButton: 'Avboka min plats', cancelled: 'är avbokad' },
  en: { submit: /^(Sign me up|Put me on the waiting list)$/, done: /^(You are signed up|You are on the waiting list)$/, confirmation: /\/en\/occasions\/[a-z0-9-]+\/confirmation$/, nameMissing: 'Enter your name.', emailBad: 'Enter an e-mail address like name@example.com.', consentMissing: 'Tick the box to agree', cancel: 'Cancel your place', cancelButton: 'Cancel my place', cancelled: 'is cancelled' },
} as const;

/**
 * axe runs in the page, which a context without JavaScript cannot do: the page as the reader got it (its flash
 * shown once) is checked as HTML in a second context with JavaScript (styles are inline, so contrast is checked too).
 */
async function axeViolations(page: Page): Promise<string[]> {
  const html = await page.content();
  const { context, page: checked } = await newPage(browser);
  await checked.setContent(html);
  const result = await new AxeBuilder({ page: checked }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  await context.close();
  return result.violations.map((v) => `${page.url()}: ${v.id} ${v.nodes[0]?.target.join(' ')}`);
}

describe.each(['sv', 'en'] as const)('signing up for an occasion without JavaScript, %s', (locale) => {
  const text = TEXT[locale];

  it('bad input brings the form back with messages in the reader\'s language, nothing lost', async () => {
    const occasion = await openOccasion(locale);
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(occasion.url);
    await page.locator('#su-email').fill('anna@');
    await page.locator('#su-phone').fill('070-123 45 67');
    await page.getByRole('button', { name: text.submit }).click();
    await page.waitForURL((url) => url.pathname === occasion.url);
    const alert = page.locator('.signup-form .alert');
    expect(await alert.textContent()).toContain(text.nameMissing);
    expect(await alert.textContent()).toContain(text.emailBad);
    expect(await alert.textContent()).toContain(text.consentMissing);
    expect(await page.locator('#su-email').inputValue()).toBe('anna@');
    expect(await page.locator('#su-phone').inputValue()).toBe('070-123 45 67');
    expect(await page.getAttribute('#su-name', 'aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    // Shown once: a reload is an empty form again.
    await page.reload();
    expect(await page.locator('.signup-form .alert').count()).toBe(0);
    await context.close();
  });

  it('a sign-up lands on the confirmation page, the CMS mails a confirmation with an .ics, and the link cancels', async () => {
    const occasion = await openOccasion(locale);
    const email = testAddress(`e2e-${locale}`);
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(occasion.url);
    await page.locator('#su-name').fill('Anna Berg');
    await page.locator('#su-email').fill(email);
    await page.locator('#su-municipality').selectOption('overkalix');
    await page.locator('#su-consent').check();
    await page.getByRole('button', { name: text.submit }).click();
    await page.waitForURL(text.confirmation);
    expect(await page.locator('h1').textContent()).toMatch(text.done);
    expect(await page.locator('script[src]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    const mail = await waitForMail(email);
    expect(mail, `a mail to ${email}`).not.toBeNull();
    const ics = mail ? calendarOf(mail) : '';
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Stockholm:\d{8}T\d{6}/);

    await page.getByRole('link', { name: text.cancel }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: text.cancelButton }).click();
    await page.waitForURL(/result=cancelled/);
    expect(await page.locator('.flash').textContent()).toContain(text.cancelled);
    await context.close();
  });
});

describe('calendar files', () => {
  it('an occasion downloads as .ics and a centre has a subscribable feed', async () => {
    const occasion = await openOccasion('sv');
    const one = await fetch(new URL(`/ics/sv/occasion/${occasion.slug}.ics`, siteUrl()));
    expect(one.status).toBe(200);
    expect(one.headers.get('content-type')).toContain('text/calendar');
    expect(await one.text()).toContain('BEGIN:VEVENT');
    const feed = await fetch(new URL('/ics/en/centre/overkalix.ics', siteUrl()));
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    expect((await fetch(new URL('/ics/sv/occasion/no-such-occasion.ics', siteUrl()))).status).toBe(404);
  });
});

describe('the nearest occasion on a learning path', () => {
  it('follows the municipality the reader chooses, kept in a cookie', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto('/larstigar/forsta-stegen-mot-ett-digitalt-foretag');
    await page.getByLabel('Din kommun').selectOption('arjeplog');
    await page.getByRole('button', { name: 'Visa närmast mig' }).click();
    await page.waitForLoadState();
    expect(await page.locator('.nearest-occasion').first().textContent()).toContain('Arjeplog');
    await page.getByLabel('Din kommun').selectOption('kalix');
    await page.getByRole('button', { name: 'Visa närmast mig' }).click();
    await page.waitForLoadState();
    const text = await page.locator('.nearest-occasion').first().textContent();
    expect(text).toContain('Överkalix');
    expect(text).toMatch(/\d+ km från Kalix/);
    await context.close();
  });
});
