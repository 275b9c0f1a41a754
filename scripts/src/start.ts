/**
 * `npm start` (and `npm run dev` with --dev): builds what is missing, starts every service of the hub, waits until
 * each is healthy, prints the URLs and development credentials, and stops everything on Ctrl-C or when one dies.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createClient, ensureSearchKey } from '@kunskapsnavet/search';
import { cmsEnv, ensureCmsBuilt } from './lib/cms.ts';
import { DEFAULT_MEILI_PORT } from './lib/cms-cli.ts';
import { stackEnv } from './lib/dev-stack.ts';
import { readEnvFile } from './lib/env-file.ts';
import { CMS_DIR, DATA_DIR, SEARCH_KEY_FILE, SITE_TOKEN_FILE } from './lib/paths.ts';
import { ensureSiteBuilt } from './lib/site.ts';
import { createLauncher } from './lib/stack.ts';

const { values } = parseArgs({ options: { dev: { type: 'boolean', default: false } } });
const log = (line: string) => process.stdout.write(`${line}\n`);
const launcher = createLauncher(log);
let localMeili = false;
let stopping = false;

async function shutdown(code: number, reason: string) {
  if (stopping) return;
  stopping = true;
  log(`\n${reason}: stopping every service…`);
  await launcher.stop();
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
    const meili = await launcher.search({ dataDir: path.join(DATA_DIR, 'meili'), masterKey: env.MEILI_MASTER_KEY ?? '', port: Number(env.MEILI_PORT ?? DEFAULT_MEILI_PORT) });
    localMeili = true;
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
async function startMail(): Promise<{ env: Record<string, string>; catcher: { port: number; dir: string } | null }> {
  if (env.SMTP_HOST || env.NODE_ENV === 'production') return { env: {}, catcher: null };
  const catcher = await launcher.mail({ dir: path.join(DATA_DIR, 'mail'), port: Number(env.MAIL_CATCHER_PORT ?? 1025) });
  return { env: catcher.env, catcher };
}

try {
  if (!values.dev) {
    await ensureCmsBuilt(cmsEnv(env, {}), log);
    await ensureSiteBuilt(log);
  }
  const searchService = await startSearch();
  void launcher.firstUnexpectedExit().then(({ name, code }) => shutdown(code === 0 ? 1 : code, `${name} exited with ${code}`));
  const mail = await startMail();
  await launcher.cms({
    env: cmsEnv(env, { MEILI_URL: searchService.url, NUXT_PUBLIC_SITE_URL: env.NUXT_PUBLIC_SITE_URL ?? siteUrl, SITE_URLS: env.SITE_URLS ?? `http://127.0.0.1:${sitePort}`, ...mail.env }),
    port: Number(cmsPort),
    url: cmsUrl,
    mode: values.dev ? 'develop' : 'start',
  });

  // The CMS writes the site's read-only token on its first start, so it is read only now.
  const tokens = readEnvFile(SITE_TOKEN_FILE);
  const strapiToken = env.SITE_API_TOKEN || tokens.STRAPI_API_TOKEN || '';
  const previewToken = env.SITE_PREVIEW_TOKEN || tokens.STRAPI_PREVIEW_TOKEN || '';
  // The launcher gives the site process.env without the CMS's secrets: data/dev.env's secrets and the master key never reach it.
  await launcher.site({
    options: {
      host: env.SITE_HOST ?? '0.0.0.0', port: sitePort, siteUrl, cmsUrl, strapiToken, meiliUrl: searchService.url, meiliSearchKey: searchService.searchKey,
      meiliIndexPrefix: env.MEILI_INDEX_PREFIX || 'content', previewToken, previewSecret: env.NUXT_PREVIEW_SECRET,
      cacheSecret: env.NUXT_CACHE_INVALIDATION_SECRET,
      demoContent: env.DEMO_CONTENT !== 'false',
    },
    dev: values.dev,
  });

  log('');
  log('Kunskapsnavet is running');
  log(`  Site           ${siteUrl}  (English: ${siteUrl}/en)`);
  log(`  CMS admin      ${cmsUrl}/admin`);
  log(`  REST API       ${cmsUrl}/api/research-articles?locale=sv`);
  log(`  GraphQL        ${cmsUrl}/graphql`);
  log(`  Meilisearch    ${searchService.url}${localMeili ? ` (local, data in ${path.join(DATA_DIR, 'meili')})` : ''}`);
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
