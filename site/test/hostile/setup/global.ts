import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { z } from 'zod';
import e2eSetup from '../../e2e/setup/global.ts';
import { adminLogin } from '../helpers/admin.ts';
import { rssMb } from '../helpers/rss.ts';
import { plantDrafts, type DraftMarkers } from './drafts.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    /** The site's read-only Strapi token, as the stack gave it to the site. */
    siteToken: string;
    sitePid: number;
    cmsPid: number;
    /** A super admin's session on the admin API (one login: Strapi rate-limits admin logins). */
    adminToken: string;
    /** RSS in MB of the site and Strapi once the stack is up and seeded: the fuzz bounds growth from here. */
    rssAtStart: { site: number; cms: number };
    /** Texts that exist only in drafts: no public answer may ever contain one. */
    draftMarkers: DraftMarkers;
  }
}

const StackSchema = z.object({ siteUrl: z.string(), cmsUrl: z.string(), sitePid: z.number().int(), cmsPid: z.number().int() });

/** The site's environment file that the stack writes next to its logs: `KEY=value` lines. */
function siteToken(logDir: string): string {
  const lines = fs.readFileSync(path.join(logDir, 'site-vars.env'), 'utf8').split('\n');
  const line = lines.find((l) => l.startsWith('NUXT_STRAPI_TOKEN='));
  if (!line) throw new Error('the stack wrote no NUXT_STRAPI_TOKEN');
  return line.slice('NUXT_STRAPI_TOKEN='.length);
}

/**
 * The hostile suite's stack: the e2e global setup boots one (its own, so floods and rate limits never disturb the
 * browser suite), then this reads the stack's description (logDir/stack.json) and plants drafts with marker texts
 * through the admin API. KN_E2E_SITE_URL + KN_E2E_CMS_DATABASE point it at a running `node site/scripts/stack.ts`.
 */
export default async function setup(project: TestProject) {
  const teardown = await e2eSetup(project);
  try {
    const logDir = path.dirname(project.getProvidedContext().cmsDatabase);
    const stack = StackSchema.parse(JSON.parse(fs.readFileSync(path.join(logDir, 'stack.json'), 'utf8')));
    project.provide('cmsUrl', stack.cmsUrl);
    project.provide('siteToken', siteToken(logDir));
    project.provide('sitePid', stack.sitePid);
    project.provide('cmsPid', stack.cmsPid);
    const adminToken = await adminLogin(stack.cmsUrl, 'strapi-super-admin');
    project.provide('adminToken', adminToken);
    project.provide('draftMarkers', await plantDrafts(stack.cmsUrl, adminToken));
    project.provide('rssAtStart', { site: rssMb(stack.sitePid), cms: rssMb(stack.cmsPid) });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
