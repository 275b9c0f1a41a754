import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { cmsEnv, ensureCmsBuilt } from '../../../scripts/src/lib/cms.ts';
import { generateSecrets, readEnvFile } from '../../../scripts/src/lib/env-file.ts';
import { createLauncher } from '../../../scripts/src/lib/stack.ts';
import { freePort } from '../../../scripts/src/lib/wait.ts';
import { createTestDatabase } from './database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    siteToken: string;
    cmsEnv: Record<string, string>;
    meiliUrl: string;
    meiliMasterKey: string;
    meiliDataDir: string;
    /** A test that restarts Meilisearch writes the new pid here, so teardown stops that one too. */
    meiliPidFile: string;
    /** Where the test SMTP server writes every mail the CMS sends (.eml files). */
    mailDir: string;
  }
}

/**
 * Boots one real Strapi (built CMS, `strapi start`) on a free port with a throw-away database and fresh secrets.
 * Bootstrap seeds the demo content into the empty database, as on a user's first `npm start`.
 */
export default async function setup(project: TestProject) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-cms-'));
  const database = await createTestDatabase();
  const port = await freePort();
  const meiliDataDir = path.join(tmp, 'meili');
  const meiliMasterKey = generateSecrets().MEILI_MASTER_KEY;
  const logFile = path.join(tmp, 'strapi.log');
  const out = fs.createWriteStream(logFile);
  const launcher = createLauncher((line) => out.write(`${line}\n`));
  const meili = await launcher.search({ dataDir: meiliDataDir, masterKey: meiliMasterKey });
  const meiliPidFile = path.join(tmp, 'meili.pid');
  const mail = await launcher.mail({ dir: path.join(tmp, 'mail') });
  const env: Record<string, string> = {
    ...generateSecrets(),
    ...database.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    NODE_ENV: 'development',
    // The admin panel too: test/e2e drives it in Chromium (it is built with the CMS anyway).
    SERVE_ADMIN: 'true',
    SEED_ON_EMPTY: 'true',
    SITE_TOKEN_FILE: path.join(tmp, 'site.env'),
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meiliMasterKey,
    // Poll often so retries after a Meilisearch outage are quick in tests.
    SEARCH_SYNC_POLL_MS: '200',
    ...mail.env,
    NUXT_PUBLIC_SITE_URL: 'http://site.test',
    // The occasions' jobs (mails, retention) every 2 seconds, so tests see their effect without waiting minutes.
    OCCASION_JOBS_CRON: '*/2 * * * * *',
    // The inbox and follow-up jobs likewise (tests move a due date into the past instead of waiting months).
    NEEDS_JOBS_CRON: '*/2 * * * * *',
    // A small cap, so a test can fill the table of searches without results (test/integration/needs-site.test.ts).
    SEARCH_MISSES_MAX: '40',
    // Many browser tests log in as the same dev coordinator within five minutes (cms/config/admin.ts).
    ADMIN_LOGIN_RATE_LIMIT_MAX: '1000',
  };
  const fullEnv = cmsEnv(process.env, env);
  await ensureCmsBuilt(fullEnv, (line) => console.log(line));
  let url = '';
  try {
    // The first start seeds the demo content: about 40 s on a quiet machine, over 4 minutes on a loaded 2-core one.
    ({ url } = await launcher.cms({ env: fullEnv, port, timeoutMs: 420_000 }));
  } catch (error) {
    console.error(fs.readFileSync(logFile, 'utf8').split('\n').slice(-60).join('\n'));
    // Vitest runs no teardown when the setup throws: stop Strapi, Meilisearch and the mail catcher here, or they outlive the run.
    await launcher.stop();
    throw error;
  }
  project.provide('cmsUrl', url);
  project.provide('siteToken', readEnvFile(env.SITE_TOKEN_FILE).STRAPI_API_TOKEN ?? '');
  project.provide('cmsEnv', env);
  project.provide('meiliUrl', meili.url);
  project.provide('meiliMasterKey', meiliMasterKey);
  project.provide('meiliDataDir', meiliDataDir);
  project.provide('meiliPidFile', meiliPidFile);
  project.provide('mailDir', mail.dir);
  return async () => {
    await launcher.stop();
    if (fs.existsSync(meiliPidFile)) {
      try {
        process.kill(Number(fs.readFileSync(meiliPidFile, 'utf8')), 'SIGTERM');
      } catch {
        // already gone
      }
    }
    out.end();
    await database.drop();
    fs.rmSync(tmp, { recursive: true, force: true });
  };
}
