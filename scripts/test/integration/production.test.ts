import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, ensureSearchKey, startMeilisearch, type RunningMeilisearch } from '@kunskapsnavet/search';
import { ensureSiteBuilt, SITE_ENTRY, siteEnv } from '../../src/lib/site.ts';
import { createTestDatabase } from '../../src/lib/throwaway-database.ts';
import { cmsEnv, ensureCmsBuilt, STRAPI_BIN } from '../../src/lib/cms.ts';
import { cmsCli } from '../../src/lib/strapi-app.ts';
import { generateSecrets, parseEnv } from '../../src/lib/env-file.ts';
import { CMS_DIR, ROOT, SITE_DIR } from '../../src/lib/paths.ts';
import { createSupervisor } from '../../src/lib/supervisor.ts';
import { freePort, waitForHttp } from '../../src/lib/wait.ts';

/**
 * The production stack natively (what docker-compose.yml runs, without Docker): Meilisearch with
 * --env production, the built CMS with NODE_ENV=production on a fresh database (PostgreSQL in the
 * PostgreSQL pass of CI, SQLite otherwise), configured only through the variables of .env.example.
 */
type Database = Awaited<ReturnType<typeof createTestDatabase>>;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-production-'));
const secrets = generateSecrets();
const siteToken = crypto.randomBytes(64).toString('hex');
const log = fs.createWriteStream(path.join(tmp, 'services.log'));
const supervisor = createSupervisor((line) => log.write(`${line}\n`));
let meili: RunningMeilisearch;
let database: Database;
let cmsUrl = '';

/** Starts `strapi start` with exactly `env` (plus PATH/HOME), as a container would; resolves with its exit. */
function startOnce(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [STRAPI_BIN, 'start'], { cwd: CMS_DIR, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

beforeAll(async () => {
  meili = await startMeilisearch({ dataDir: path.join(tmp, 'meili'), masterKey: secrets.MEILI_MASTER_KEY ?? '', env: 'production' });
  database = await createTestDatabase();
  // The local upload provider refuses to start without its folder (the image creates it; see cms/Dockerfile).
  fs.mkdirSync(path.join(tmp, 'public', 'uploads'), { recursive: true });
  const port = await freePort();
  const env = cmsEnv({ PATH: process.env.PATH, HOME: process.env.HOME, ...pgServerEnv() }, {
    ...secrets, ...database.env,
    NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), SERVE_ADMIN: 'true',
    PUBLIC_DIR: path.join(tmp, 'public'), SITE_API_TOKEN: siteToken,
    MEILI_URL: meili.url, MEILI_INDEX_PREFIX: 'production',
  });
  await ensureCmsBuilt(env, console.log);
  const cms = supervisor.start({ name: 'cms', command: process.execPath, args: [STRAPI_BIN, 'start'], cwd: CMS_DIR, env });
  cmsUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${cmsUrl}/_health`, { timeoutMs: 240_000, isAlive: cms.alive });
  } catch (error) {
    console.error(fs.readFileSync(path.join(tmp, 'services.log'), 'utf8').split('\n').slice(-60).join('\n'));
    throw error;
  }
}, 300_000);

afterAll(async () => {
  await supervisor.stopAll();
  await meili?.stop();
  log.end();
  await database?.drop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The PostgreSQL server of the pass (host, port, login), which createTestDatabase's env does not repeat. */
function pgServerEnv(): Record<string, string> {
  const keys = ['DATABASE_HOST', 'DATABASE_PORT', 'DATABASE_USERNAME', 'DATABASE_PASSWORD', 'DATABASE_SSL'];
  return Object.fromEntries(keys.flatMap((key) => (process.env[key] ? [[key, process.env[key] ?? '']] : [])));
}

describe('CMS in production mode', () => {
  it('answers its health check and serves the admin panel', async () => {
    expect((await fetch(`${cmsUrl}/_health`)).status).toBe(204);
    expect((await fetch(`${cmsUrl}/admin`)).status).toBe(200);
  });

  it('registers SITE_API_TOKEN as the read-only token the site sends', async () => {
    const read = await fetch(`${cmsUrl}/api/research-articles?locale=sv`, { headers: { authorization: `Bearer ${siteToken}` } });
    expect(read.status).toBe(200);
    const forged = await fetch(`${cmsUrl}/api/research-articles?locale=sv`, { headers: { authorization: `Bearer ${'0'.repeat(128)}` } });
    expect(forged.status).toBe(401);
  });

  it('creates no development logins and no demo content', async () => {
    const { DEV_USERS } = cmsCli();
    const login = await fetch(`${cmsUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEV_USERS[0]?.email, password: DEV_USERS[0]?.password }),
    });
    expect(login.status).toBe(400);
    const articles = (await (await fetch(`${cmsUrl}/api/research-articles?locale=sv`)).json()) as { meta: { pagination: { total: number } } };
    expect(articles.meta.pagination.total).toBe(0);
  });

  it('turns off GraphQL introspection', async () => {
    const res = await fetch(`${cmsUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${siteToken}` },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    const body = (await res.json()) as { errors?: Array<{ message: string }> };
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('refuses to start with the secrets of the top-level .env.example', async () => {
    const example = parseEnv(fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8'));
    const { code, output } = await startOnce({ ...example, NODE_ENV: 'production', PORT: '0', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: '/nonexistent/never-opened.db' });
    expect(code).not.toBe(0);
    expect(output).toMatch(/Refusing to start in production: APP_KEYS, API_TOKEN_SALT, ADMIN_JWT_SECRET, TRANSFER_TOKEN_SALT, JWT_SECRET, ENCRYPTION_KEY/);
  });
});

/** Starts the built site with exactly `env` (plus PATH/HOME), as its container would. */
function startSite(env: Record<string, string>) {
  const child = spawn(process.execPath, [SITE_ENTRY], { cwd: SITE_DIR, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d));
  child.stderr.on('data', (d: Buffer) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

describe('site in production mode', () => {
  it('serves pages and answers its health check', async () => {
    await ensureSiteBuilt(console.log);
    const { key } = await ensureSearchKey(createClient({ url: meili.url, apiKey: secrets.MEILI_MASTER_KEY ?? '' }), { prefix: 'production' });
    const port = await freePort();
    const site = startSite(siteEnv({ host: '127.0.0.1', port, siteUrl: `http://127.0.0.1:${port}`, cmsUrl, strapiToken: siteToken, meiliUrl: meili.url, meiliSearchKey: key, meiliIndexPrefix: 'production' }));
    try {
      await waitForHttp(`http://127.0.0.1:${port}/api/health`, { timeoutMs: 60_000, isAlive: () => site.child.exitCode === null });
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
      const home = await fetch(`http://127.0.0.1:${port}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('lang="sv');
    } finally {
      site.child.kill('SIGTERM');
      await site.exited;
    }
  }, 240_000);

  it('refuses to start with the example secrets of .env.example', async () => {
    const example = parseEnv(fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8'));
    const port = await freePort();
    const site = startSite({ NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), NUXT_STRAPI_URL: cmsUrl, NUXT_MEILI_URL: meili.url, NUXT_STRAPI_TOKEN: example.SITE_API_TOKEN ?? '', NUXT_MEILI_SEARCH_KEY: example.MEILI_SEARCH_KEY ?? '' });
    expect(await site.exited).not.toBe(0);
    expect(site.output()).toMatch(/Refusing to start in production: NUXT_STRAPI_TOKEN, NUXT_MEILI_SEARCH_KEY/);
  }, 60_000);
});
