/**
 * `npm start` (and `npm run dev` with --dev): builds what is missing, starts every service of the hub, waits until
 * each is healthy, prints the URLs and development credentials, and stops everything on Ctrl-C or when one dies.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { createClient, ensureSearchKey, startMeilisearch, type RunningMeilisearch } from '@kunskapsnavet/search';
import { cmsEnv, ensureCmsBuilt, STRAPI_BIN } from './lib/cms.ts';
import { DEFAULT_MEILI_PORT } from './lib/cms-cli.ts';
import { stackEnv } from './lib/dev-stack.ts';
import { withoutCmsSecrets } from './lib/process-env.ts';
import { ensureSiteBuilt } from '../../site/scripts/site-build.ts';
import { SITE_ENTRY, siteEnv } from '../../site/scripts/site-service.ts';
import { readEnvFile } from './lib/env-file.ts';
import { startMailCatcher, type MailCatcher } from './lib/mail-catcher.ts';
import { CMS_DIR, DATA_DIR, SEARCH_KEY_FILE, SITE_DIR, SITE_TOKEN_FILE } from './lib/paths.ts';
import { createSupervisor } from './lib/supervisor.ts';
import { waitForHttp } from './lib/wait.ts';

const require = createRequire(import.meta.url);
const { values } = parseArgs({ options: { dev: { type: 'boolean', default: false } } });
const log = (line: string) => process.stdout.write(`${line}\n`);
const supervisor = createSupervisor(log);
let meili: RunningMeilisearch | null = null;
let mailCatcher: MailCatcher | null = null;
let stopping = false;

async function shutdown(code: number, reason: string) {
  if (stopping) return;
  stopping = true;
  log(`\n${reason}: stopping every service…`);
  await supervisor.stopAll();
  await meili?.stop();
  await mailCatcher?.stop();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(130, 'Ctrl-C'));
process.on('SIGTERM', () => void shutdown(143, 'SIGTERM'));

const env = stackEnv();
const cmsPort = env.PORT ?? '1337';
const cmsUrl = `http://localhost:${cmsPort}`;
const sitePort = Number(env.SITE_PORT ?? 3000);
const siteUrl = env.SITE_URL ?? `http://localhost:${sitePort}`;

/**
 * Meilisearch: the caller's server when MEILI_URL is set (none is started), else a local one with its data in
 * data/meili. The site gets a search-only key; the master key stays with the CMS and the CLIs.
 */
async function startSearch(): Promise<{ url: string; searchKey: string }> {
  let url = env.MEILI_URL;
  if (!url) {
    log('Starting Meilisearch…');
    meili = await startMeilisearch({ dataDir: path.join(DATA_DIR, 'meili'), masterKey: env.MEILI_MASTER_KEY ?? '', env: 'development', port: Number(env.MEILI_PORT ?? DEFAULT_MEILI_PORT) });
    void meili.exited.then((code) => shutdown(code || 1, `meilisearch exited with ${code}`));
    url = meili.url;
  }
  const client = createClient({ url, apiKey: env.MEILI_MASTER_KEY ?? '' });
  const { key } = await ensureSearchKey(client, { prefix: env.MEILI_INDEX_PREFIX || undefined });
  fs.writeFileSync(SEARCH_KEY_FILE, `# Written by npm start (development only). Do not commit.\nMEILI_SEARCH_KEY=${key}\n`, { mode: 0o600 });
  return { url, searchKey: key };
}

/**
 * Mail: with SMTP_HOST unset outside production, a local SMTP catcher (a real SMTP server) keeps every mail the CMS
 * sends as an .eml file in data/mail, and nothing leaves the machine.
 */
async function startMail(): Promise<{ env: Record<string, string>; catcher: MailCatcher | null }> {
  if (env.SMTP_HOST || env.NODE_ENV === 'production') return { env: {}, catcher: null };
  const catcher = await startMailCatcher({ dir: path.join(DATA_DIR, 'mail'), port: Number(env.MAIL_CATCHER_PORT ?? 1025) });
  mailCatcher = catcher;
  return { env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(catcher.port), SMTP_IGNORE_TLS: 'true' }, catcher };
}

try {
  if (!values.dev) {
    await ensureCmsBuilt(cmsEnv(env, {}), log);
    await ensureSiteBuilt(log);
  }
  const searchService = await startSearch();
  const mail = await startMail();
  const cms = supervisor.start({
    name: 'cms',
    command: process.execPath,
    args: [STRAPI_BIN, values.dev ? 'develop' : 'start'],
    cwd: CMS_DIR,
    env: cmsEnv(env, { PORT: cmsPort, MEILI_URL: searchService.url, NUXT_PUBLIC_SITE_URL: env.NUXT_PUBLIC_SITE_URL ?? siteUrl, SITE_URLS: env.SITE_URLS ?? `http://127.0.0.1:${sitePort}`, ...mail.env }),
  });
  void supervisor.firstUnexpectedExit().then(({ service, code }) => shutdown(code === 0 ? 1 : code, `${service.name} exited with ${code}`));
  await waitForHttp(`${cmsUrl}/_health`, { timeoutMs: 300_000, isAlive: cms.alive });

  // The CMS writes the site's read-only token on its first start, so it is read only now.
  const tokens = readEnvFile(SITE_TOKEN_FILE);
  const strapiToken = env.SITE_API_TOKEN || tokens.STRAPI_API_TOKEN || '';
  const previewToken = env.SITE_PREVIEW_TOKEN || tokens.STRAPI_PREVIEW_TOKEN || '';
  const siteServiceEnv = siteEnv({
    host: env.SITE_HOST ?? '0.0.0.0', port: sitePort, siteUrl, cmsUrl, strapiToken, meiliUrl: searchService.url, meiliSearchKey: searchService.searchKey,
    meiliIndexPrefix: env.MEILI_INDEX_PREFIX || 'content', previewToken, previewSecret: env.NUXT_PREVIEW_SECRET,
    cacheSecret: env.NUXT_CACHE_INVALIDATION_SECRET,
    demoContent: env.DEMO_CONTENT !== 'false',
  });
  const nuxtBin = path.join(path.dirname(require.resolve('nuxt/package.json', { paths: [SITE_DIR] })), 'bin', 'nuxt.mjs');
  const site = supervisor.start({
    name: 'site',
    command: process.execPath,
    args: values.dev ? [nuxtBin, 'dev', '--port', String(sitePort)] : [SITE_ENTRY],
    cwd: SITE_DIR,
    // process.env, not the stack's env: data/dev.env's CMS secrets and the master key never reach the site.
    env: { ...withoutCmsSecrets(process.env), ...siteServiceEnv, ...(values.dev ? { NODE_ENV: 'development' } : {}) },
  });
  await waitForHttp(`http://127.0.0.1:${sitePort}/robots.txt`, { timeoutMs: 180_000, isAlive: site.alive });

  log('');
  log('Kunskapsnavet is running');
  log(`  Site           ${siteUrl}  (English: ${siteUrl}/en)`);
  log(`  CMS admin      ${cmsUrl}/admin`);
  log(`  REST API       ${cmsUrl}/api/research-articles?locale=sv`);
  log(`  GraphQL        ${cmsUrl}/graphql`);
  log(`  Meilisearch    ${searchService.url}${meili ? ` (local, data in ${path.join(DATA_DIR, 'meili')})` : ''}`);
  if (mail.catcher) log(`  Mail (caught)  smtp://127.0.0.1:${mail.catcher.port} → every mail is a file in ${mail.catcher.dir} (open the .eml files with any mail program)`);
  else log(`  Mail           sent through ${env.SMTP_HOST ?? 'the configured SMTP server'}`);
  if (env.NODE_ENV !== 'production') {
    log('  Development logins (CMS admin):');
    const devUsers: { label: string; email: string; password: string }[] = JSON.parse(fs.readFileSync(path.join(CMS_DIR, 'src/bootstrap/dev-users.json'), 'utf8'));
    for (const user of devUsers) log(`    ${user.label.padEnd(12)} ${user.email.padEnd(34)} ${user.password}`);
    log(`  Site read-only API token: ${SITE_TOKEN_FILE}; search-only key: ${SEARCH_KEY_FILE}`);
    log(`  Data (database, secrets): ${DATA_DIR}`);
  }
  log('Press Ctrl-C to stop.');
} catch (error) {
  log(`Start failed: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1, 'start failed');
}
