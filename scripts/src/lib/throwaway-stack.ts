import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, ensureIndexes, ensureSearchKey } from '@kunskapsnavet/search';
import { cmsEnv, ensureCmsBuilt } from './cms.ts';
import { generateSecrets, readEnvFile } from './env-file.ts';
import { indexContent } from './index-content.ts';
import { ensureSiteBuilt, siteEnv } from './site.ts';
import { createLauncher } from './stack.ts';
import { freePort } from './wait.ts';

/** The preview signing secret of this stack (the CMS signs its preview links with it; the e2e tests sign their own). */
export const PREVIEW_SECRET = 'e2e-preview-signing-secret';
/** Every e2e submission of the needs check comes from one address; the rate-limit test runs into this on purpose. */
export const NEEDS_SUBMIT_LIMIT = 30;

export interface Stack {
  siteUrl: string;
  /** Every site replica (siteUrl first); the CMS invalidates the page cache of each (SITE_URLS). */
  siteUrls: string[];
  /** Meilisearch's process id (the fail-fast test stops and continues it). */
  meiliPid: number;
  cmsUrl: string;
  meiliUrl: string;
  /** Where the processes write their output (kept when a run fails). */
  logDir: string;
  /** Process ids of the site and Strapi, for the hostile suite's memory checks (also in logDir/stack.json). */
  sitePid: number;
  cmsPid: number;
  stop: () => Promise<void>;
}

const INDEX_PREFIX = 'e2e';

/**
 * The site's find-only preview token, as the CMS writes it at start in development (data/site.env beside the
 * content token): the one token besides full access that the CMS's drafts guard lets read drafts.
 */
function previewTokenFrom(tokenFile: string): string {
  const token = readEnvFile(tokenFile).STRAPI_PREVIEW_TOKEN;
  if (!token) throw new Error(`the CMS wrote no STRAPI_PREVIEW_TOKEN to ${tokenFile}`);
  return token;
}

/**
 * One whole stack for end-to-end tests and the benchmarks, on free ports with throw-away data: Meilisearch, Strapi
 * (built CMS, seeded on its empty SQLite database), the content indexed, and the production build of the site.
 * Started by the one launcher (stack.ts); run as a process by site/scripts/stack.ts.
 */
export async function startStack(log: (line: string) => void = console.log, options: { siteReplicas?: number } = {}): Promise<Stack> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-site-e2e-'));
  // Hex, not base64url: a key starting with '-' would be read by Meilisearch's CLI as a flag.
  const secrets: Record<string, string> = { ...generateSecrets(), MEILI_MASTER_KEY: crypto.randomBytes(24).toString('hex') };
  const out = fs.createWriteStream(path.join(tmp, 'services.log'));
  const launcher = createLauncher((line) => out.write(`${line}\n`));
  const meili = await launcher.search({ dataDir: path.join(tmp, 'meili'), masterKey: secrets.MEILI_MASTER_KEY ?? '' });
  // A real SMTP server: the CMS's mails (sign-up confirmations) land in <logDir>/mail as .eml files.
  const mail = await launcher.mail({ dir: path.join(tmp, 'mail') });
  const stop = async () => {
    await launcher.stop();
    out.end();
    // Throw-away data goes with the stack; KN_E2E_KEEP=1 keeps it (and the logs) for a look afterwards.
    if (!process.env.KN_E2E_KEEP) fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const cmsPort = await freePort();
    const cmsUrl = `http://127.0.0.1:${cmsPort}`;
    // Chosen before the CMS starts: its mails link to the site.
    const sitePorts: number[] = [];
    for (let i = 0; i < (options.siteReplicas ?? 1); i += 1) sitePorts.push(await freePort());
    const siteUrls = sitePorts.map((port) => `http://127.0.0.1:${port}`);
    const [sitePort = 0, siteUrl = ''] = [sitePorts[0], siteUrls[0]];
    const tokenFile = path.join(tmp, 'site.env');
    const env = cmsEnv(process.env, {
      ...secrets, HOST: '127.0.0.1', NODE_ENV: 'development', SERVE_ADMIN: 'false', SEED_ON_EMPTY: 'true',
      SITE_TOKEN_FILE: tokenFile, DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(tmp, 'cms.db'),
      MEILI_URL: meili.url, MEILI_INDEX_PREFIX: INDEX_PREFIX,
      ...mail.env, NUXT_PUBLIC_SITE_URL: siteUrl,
      // The occasions' mail jobs every 2 seconds, so a confirmation arrives while the test waits.
      OCCASION_JOBS_CRON: '*/2 * * * * *',
      // The follow-up mails likewise (a test moves the due date into the past instead of waiting months).
      NEEDS_JOBS_CRON: '*/2 * * * * *',
      // The needs-check limit lives in the CMS (shared by every site replica); the suite posts many checks from one address.
      NEEDS_CHECK_RATE_LIMIT: String(NEEDS_SUBMIT_LIMIT),
      // Every site replica's page cache is told about each change (signed with NUXT_CACHE_INVALIDATION_SECRET).
      SITE_URLS: siteUrls.join(','),
    });
    await Promise.all([ensureCmsBuilt(env, log), ensureSiteBuilt(log)]);
    log('e2e stack: starting Strapi (seeds the demo content)…');
    const cms = await launcher.cms({ env, port: cmsPort });
    const token = readEnvFile(tokenFile).STRAPI_API_TOKEN ?? '';

    const admin = createClient({ url: meili.url, apiKey: secrets.MEILI_MASTER_KEY ?? '' });
    // The live indexes exist before the reindex swaps its new ones in: on a loaded machine the CMS may have missed
    // creating them at start, and its outbox worker would then create them mid-reindex (the rename would fail).
    await ensureIndexes(admin, { prefix: INDEX_PREFIX });
    const report = await indexContent(admin, cmsUrl, token, INDEX_PREFIX);
    log(`e2e stack: indexed ${report.indexes.map((i) => `${i.documents} ${i.locale}`).join(', ')}`);
    const searchKey = await ensureSearchKey(admin, { prefix: INDEX_PREFIX });
    const previewToken = previewTokenFrom(tokenFile);

    const siteOptions = {
      host: '127.0.0.1', port: sitePort, siteUrl, cmsUrl, strapiToken: token, meiliUrl: meili.url, meiliSearchKey: searchKey.key,
      meiliIndexPrefix: INDEX_PREFIX, previewToken, previewSecret: PREVIEW_SECRET, demoContent: true, cacheSecret: secrets.NUXT_CACHE_INVALIDATION_SECRET,
      // The tests stand in for the one proxy in front of the site: they pick each client's address in X-Forwarded-For.
      trustProxy: 1,
    };
    const siteVars = siteEnv(siteOptions);
    // For running another build of the site by hand against the same services.
    fs.writeFileSync(path.join(tmp, 'site-vars.env'), Object.entries(siteVars).map(([k, v]) => `${k}=${v}`).join('\n') + '\n', { mode: 0o600 });
    const sites = await Promise.all(sitePorts.map((port, i) => launcher.site({ options: { ...siteOptions, port }, name: i === 0 ? 'site' : `site-${i + 1}`, timeoutMs: 60_000 })));
    const site = sites[0]?.service;
    if (!site) throw new Error('no site replica');
    log(`e2e stack: site ${siteUrl}, CMS ${cmsUrl}, Meilisearch ${meili.url} (logs in ${tmp})`);
    const described = { siteUrl, siteUrls, cmsUrl, meiliUrl: meili.url, sitePid: site.child.pid ?? 0, cmsPid: cms.service.child.pid ?? 0, meiliPid: meili.pid };
    fs.writeFileSync(path.join(tmp, 'stack.json'), JSON.stringify(described));
    return { ...described, logDir: tmp, stop };
  } catch (error) {
    const logFile = path.join(tmp, 'services.log');
    log(`e2e stack failed; last service output:\n${fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') : ''}`);
    await stop();
    throw error;
  }
}
