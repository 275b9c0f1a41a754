import type { Browser, Page } from 'playwright-core';
import { DEV_USERS } from '../../src/bootstrap/dev-users';
import { cmsUrl } from './api';

export { launch } from '../../../site/test/e2e/helpers/browser.ts';

/** Generous: the admin is a large bundle, and two cores are shared with Strapi itself. */
export const ADMIN_TIMEOUT_MS = 90_000;

/**
 * Strapi's admin shows document and bulk actions only after a `requestIdleCallback` (its DescriptionComponentRenderer).
 * Headless Chromium on a loaded machine may give a static page no idle period at all: measured with the list idle, no
 * animation, no frame requested and no long task, an idle callback had still not run after 5 s, and the bulk-action bar
 * stayed empty for 2 minutes until a screenshot forced a frame. A person's browser draws frames (pointer, caret) and
 * gets there; the tests give every idle callback a deadline, which the API allows and which changes nothing when the
 * page does have idle time.
 */
function idleCallbacksWithDeadline(): void {
  const request = window.requestIdleCallback.bind(window);
  window.requestIdleCallback = (callback, options) => request(callback, { timeout: 200, ...options });
}

/**
 * A fresh browser context logged in to the Strapi admin through its login form as the development user of a role,
 * in the admin language given (the admin keeps the choice in localStorage).
 */
export async function adminPage(browser: Browser, role: string, language: 'en' | 'sv' = 'en'): Promise<Page> {
  const user = DEV_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no dev user for ${role}`);
  const context = await browser.newContext({ baseURL: cmsUrl(), viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(ADMIN_TIMEOUT_MS);
  await context.addInitScript((lang) => localStorage.setItem('strapi-admin-language', lang), language);
  await context.addInitScript(idleCallbacksWithDeadline);
  const page = await context.newPage();
  await page.goto('/admin/auth/login');
  await page.locator('input[name="email"]').fill(user.email);
  await page.locator('input[name="password"]').fill(user.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  return page;
}
