import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export const siteUrl = () => inject('siteUrl');

/** A fresh context (own cookies) with a 360 px phone viewport, as the readers this site is for. */
export async function newPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: siteUrl(), viewport: { width: 360, height: 740 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  return { context, page: await context.newPage() };
}

/** JSON from the site's own API, for picking test targets (the browser itself only sees pages). */
export async function api<T>(path: string): Promise<T> {
  const res = await fetch(new URL(path, siteUrl()));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  const body: T = await res.json();
  return body;
}
