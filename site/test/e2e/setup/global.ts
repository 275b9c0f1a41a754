import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { z } from 'zod';
import { SITE_DIR } from '../../../../scripts/src/lib/paths.ts';
import { createSupervisor } from '../../../../scripts/src/lib/supervisor.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    /** The stack's CMS database (SQLite), for checking what the site made the CMS store. */
    cmsDatabase: string;
    /** Where the stack's SMTP server writes the mails the CMS sends (.eml files). */
    mailDir: string;
    /** Both site replicas (the first is siteUrl), the CMS and Meilisearch's process: the page-cache tests. */
    siteUrls: string[];
    cmsUrl: string;
    meiliPid: number;
  }
}

const READY_PREFIX = 'KN_STACK_READY ';
const ReadySchema = z.object({ siteUrl: z.string(), siteUrls: z.array(z.string()), cmsUrl: z.string(), meiliPid: z.number(), logDir: z.string() });
type Ready = z.output<typeof ReadySchema>;
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
    project.provide('siteUrls', (process.env.KN_E2E_SITE_URLS ?? process.env.KN_E2E_SITE_URL).split(','));
    project.provide('cmsUrl', process.env.KN_E2E_CMS_URL ?? '');
    project.provide('meiliPid', Number(process.env.KN_E2E_MEILI_PID ?? 0));
    return () => {};
  }
  let resolveReady: (ready: Ready) => void = () => {};
  const ready = new Promise<Ready>((resolve) => { resolveReady = resolve; });
  const supervisor = createSupervisor((line) => {
    const text = line.replace(/^\[stack\] /, '');
    if (text.startsWith(READY_PREFIX)) {
      const parsed = ReadySchema.safeParse(JSON.parse(text.slice(READY_PREFIX.length)));
      if (parsed.success) resolveReady(parsed.data);
    } else if (process.env.KN_E2E_VERBOSE || !text.startsWith('[')) {
      console.log(text);
    }
  });
  // Two site replicas: the page-cache test checks that the CMS's invalidation reaches both.
  const child = supervisor.start({ name: 'stack', command: process.execPath, args: [path.join(SITE_DIR, 'scripts', 'stack.ts')], cwd: SITE_DIR, env: { ...process.env, KN_STACK_SITE_REPLICAS: '2' } });
  const failed = child.exited.then((code) => { throw new Error(`the e2e stack exited with ${code} before it was ready`); });
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the e2e stack did not start in time')), START_TIMEOUT_MS).unref());
  try {
    const stack = await Promise.race([ready, failed, timeout]);
    project.provide('siteUrl', stack.siteUrl);
    // The stack keeps its SQLite database in its log directory (see stack.ts).
    project.provide('cmsDatabase', path.join(stack.logDir, 'cms.db'));
    project.provide('mailDir', path.join(stack.logDir, 'mail'));
    project.provide('siteUrls', stack.siteUrls);
    project.provide('cmsUrl', stack.cmsUrl);
    project.provide('meiliPid', stack.meiliPid);
  } catch (error) {
    await supervisor.stopAll();
    throw error;
  }
  return () => supervisor.stopAll();
}
