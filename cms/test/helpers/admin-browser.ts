import type { Browser, Page } from 'playwright-core';
import { DEV_USERS } from '../../src/bootstrap/dev-users';
import { cmsUrl } from './api';

export { launch } from '../../../site/test/e2e/helpers/browser.ts';

/** Generous: the admin is a large bundle, and two cores are shared with Strapi itself. */
export const ADMIN_TIMEOUT_MS = 90_000;

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
  const page = await context.newPage();
  await page.goto('/admin/auth/login');
  await page.locator('input[name="email"]').fill(user.email);
  await page.locator('input[name="password"]').fill(user.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  return page;
}
