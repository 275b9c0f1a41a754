import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { SITE_DIR } from '../../../../scripts/src/lib/paths.ts';
import { createSupervisor } from '../../../../scripts/src/lib/supervisor.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    /** The stack's CMS database (SQLite), for checking what the site made the CMS store. */
    cmsDatabase: string;
    /** Where the stack's SMTP server writes the mails the CMS sends (.eml files). */
    mailDir: string;
  }
}

const READY_PREFIX = 'KN_STACK_READY ';
const START_TIMEOUT_MS = 480_000;

/**
 * Boots the whole stack once per run by starting site/scripts/stack.ts as a child process (plain Node, in its own
 * process group so the teardown stops Strapi, Meilisearch and the site with it) and waits for its READY line.
 */
export default async function setup(project: TestProject) {
  // Debugging: point the suite at a stack already running (`node site/scripts/stack.ts`).
  if (process.env.KN_E2E_SITE_URL) {
    project.provide('siteUrl', process.env.KN_E2E_SITE_URL);
    project.provide('cmsDatabase', process.env.KN_E2E_CMS_DATABASE ?? '');
    project.provide('mailDir', process.env.KN_E2E_MAIL_DIR ?? '');
    return () => {};
  }
  let resolveReady: (ready: { siteUrl: string; logDir: string }) => void = () => {};
  const ready = new Promise<{ siteUrl: string; logDir: string }>((resolve) => { resolveReady = resolve; });
  const supervisor = createSupervisor((line) => {
    const text = line.replace(/^\[stack\] /, '');
    if (text.startsWith(READY_PREFIX)) {
      const parsed: unknown = JSON.parse(text.slice(READY_PREFIX.length));
      if (typeof parsed === 'object' && parsed !== null && 'siteUrl' in parsed && typeof parsed.siteUrl === 'string' && 'logDir' in parsed && typeof parsed.logDir === 'string') {
        resolveReady({ siteUrl: parsed.siteUrl, logDir: parsed.logDir });
      }
    } else if (process.env.KN_E2E_VERBOSE || !text.startsWith('[')) {
      console.log(text);
    }
  });
  const child = supervisor.start({ name: 'stack', command: process.execPath, args: [path.join(SITE_DIR, 'scripts', 'stack.ts')], cwd: SITE_DIR });
  const failed = child.exited.then((code) => { throw new Error(`the e2e stack exited with ${code} before it was ready`); });
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the e2e stack did not start in time')), START_TIMEOUT_MS).unref());
  try {
    const stack = await Promise.race([ready, failed, timeout]);
    project.provide('siteUrl', stack.siteUrl);
    // The stack keeps its SQLite database in its log directory (see stack.ts).
    project.provide('cmsDatabase', path.join(stack.logDir, 'cms.db'));
    project.provide('mailDir', path.join(stack.logDir, 'mail'));
  } catch (error) {
    await supervisor.stopAll();
    throw error;
  }
  return () => supervisor.stopAll();
}
