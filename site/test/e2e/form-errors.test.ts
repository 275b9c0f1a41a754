import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '~~/i18n/locales/en.json';
import sv from '~~/i18n/locales/sv.json';
import { api, launch, newPage } from './helpers/browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const MESSAGES = { sv, en } as const;
const LABELS = { sv: { start: 'Börja', markDone: 'Markera som klar' }, en: { start: 'Start', markDone: 'Mark as done' } } as const;

/** Opens the first step of a learning path, the page with the plain "mark as done" form (POST /api/progress). */
async function openStep(page: Page, locale: 'sv' | 'en'): Promise<string> {
  const [path] = await api<{ url: string }[]>(`/api/paths?locale=${locale}`);
  if (!path) throw new Error('no learning path');
  await page.goto(path.url);
  await page.getByRole('link', { name: LABELS[locale].start }).click();
  await page.waitForLoadState();
  return new URL(page.url()).pathname;
}

/** Posts the form (after `tamper` changed it in the page) and returns the status of the page the browser shows. */
async function postForm(page: Page, locale: 'sv' | 'en', tamper: (form: HTMLFormElement) => void): Promise<number> {
  await page.locator('form.mark-form').evaluate(tamper);
  const [response] = await Promise.all([
    page.waitForResponse((res) => new URL(res.url()).pathname === '/api/progress'),
    page.getByRole('button', { name: LABELS[locale].markDone }).click(),
  ]);
  await page.waitForLoadState();
  return response.status();
}

async function axeFailures(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.length}`);
}

describe.each(['sv', 'en'] as const)('a refused form post is a page in the reader\'s language (%s)', (locale) => {
  it.each([
    ['a body over 16 KB', 413, 'body_too_large', (form: HTMLFormElement) => {
      const pad = Object.assign(document.createElement('input'), { type: 'hidden', name: 'pad', value: 'x'.repeat(20_000) });
      form.append(pad);
    }],
    ['a tampered field', 400, 'invalid_form', (form: HTMLFormElement) => {
      const item = form.querySelector<HTMLInputElement>('input[name=item]');
      if (item) item.value = 'not an id!';
    }],
  ] as const)('%s → %i with what to do and a way back, axe 0, no JavaScript', async (_name, status, code, tamper) => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: true });
    const stepPath = await openStep(page, locale);
    expect(await postForm(page, locale, tamper)).toBe(status);
    const text = MESSAGES[locale].errors[code];
    expect(await page.locator('h1').textContent()).toBe(text.title);
    expect(await page.locator('main').textContent()).toContain(text.body);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await axeFailures(page)).toEqual([]);
    // The way back leads to the page the form was on.
    await page.getByRole('link', { name: MESSAGES[locale].errors.back }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe(stepPath);
    await context.close();
  });
});
