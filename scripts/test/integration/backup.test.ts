import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, indexUid, parseSearchInput, search, startMeilisearch, type RunningMeilisearch } from '@kunskapsnavet/search';
import { createTestDatabase } from '../../src/lib/throwaway-database.ts';
import { generateSecrets } from '../../src/lib/env-file.ts';
import { ROOT } from '../../src/lib/paths.ts';

/**
 * Round trip of `npm run backup` / `npm run restore` through the real CLIs, each in its own process:
 * seed a database → upload a file → reindex (index A) → backup → restore into a fresh database and an empty
 * uploads folder → reindex (index B, done by restore) → the same rows per type, locale and status, the same
 * file, and the same search results. Runs on SQLite, or on PostgreSQL when DATABASE_CLIENT=postgres.
 */
type Database = Awaited<ReturnType<typeof createTestDatabase>>;
interface Instance {
  env: NodeJS.ProcessEnv;
  publicDir: string;
  prefix: string;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-backup-'));
const secrets = generateSecrets();
const databases: Database[] = [];
let meili: RunningMeilisearch;

function node(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, script), ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${script} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`))));
  });
}

async function probe<T>(instance: Instance, ...args: string[]): Promise<T> {
  const output = await node('scripts/test/support/cms-probe.ts', args, instance.env);
  const line = output.split('\n').find((l) => l.startsWith('PROBE '));
  if (!line) throw new Error(`cms-probe printed no result:\n${output.slice(-2000)}`);
  return JSON.parse(line.slice('PROBE '.length)) as T;
}

/** A CMS instance of its own: fresh database, uploads folder, data folder and index prefix; shared secrets. */
async function instance(name: string): Promise<Instance> {
  const database = await createTestDatabase();
  databases.push(database);
  const publicDir = path.join(tmp, name, 'public');
  fs.mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  const prefix = `backup_${name}_${path.basename(tmp).slice(-6)}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env, ...secrets, ...database.env,
    NODE_ENV: 'development', KN_DATA_DIR: path.join(tmp, name, 'data'), PUBLIC_DIR: publicDir,
    SITE_TOKEN_FILE: path.join(tmp, name, 'site.env'), SEED_ON_EMPTY: 'false', STRAPI_TELEMETRY_DISABLED: 'true',
    MEILI_URL: meili.url, MEILI_MASTER_KEY: secrets.MEILI_MASTER_KEY, MEILI_INDEX_PREFIX: prefix,
  };
  delete env.BACKUP_ENCRYPTION_KEY;
  return { env, publicDir, prefix };
}

const admin = () => createClient({ url: meili.url, apiKey: secrets.MEILI_MASTER_KEY ?? '' });

/** Every document id in one locale's index (the whole index, not a page of hits). */
async function indexedIds(prefix: string, locale: 'sv' | 'en'): Promise<string[]> {
  const page = await admin().index(indexUid(locale, prefix)).getDocuments({ fields: ['id'], limit: 10_000 });
  return page.results.map((document) => String(document.id)).sort();
}

/** What a visitor's query finds, through the site's query API. */
async function found(prefix: string, locale: 'sv' | 'en', q: string): Promise<string[]> {
  const result = await search(admin(), parseSearchInput({ q, locale, hitsPerPage: 50, crossLanguage: false }), { prefix });
  return result.hits.map((hit) => hit.id).sort();
}

let source: Instance;
let uploaded: { name: string };
let sourceCounts: Record<string, number>;

beforeAll(async () => {
  meili = await startMeilisearch({ dataDir: path.join(tmp, 'meili'), masterKey: secrets.MEILI_MASTER_KEY ?? '', env: 'development' });
  source = await instance('source');
  await node('scripts/src/seed.ts', ['--quiet'], source.env);
  const file = path.join(tmp, 'round-trip.txt');
  fs.writeFileSync(file, 'Kunskapsnavet backup round trip\n');
  uploaded = await probe(source, 'upload', file);
  await node('scripts/src/reindex.ts', [], source.env);
  sourceCounts = await probe(source, 'counts');
}, 600_000);

afterAll(async () => {
  await meili?.stop();
  for (const database of databases) await database.drop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('round-trips content, uploads and search through an unencrypted archive', async () => {
    const dir = path.join(tmp, 'backups');
    const out = await node('scripts/src/backup.ts', ['--dir', dir], source.env);
    const archive = fs.readdirSync(dir).find((name) => !name.endsWith('.log'));
    expect(archive).toMatch(/^kunskapsnavet-\d{8}T\d{6}Z\.tar\.gz$/);
    expect(out).toContain('not encrypted');
    // Strapi's diagnostic log goes next to the archive, not into cms/.
    expect(fs.existsSync(path.join(dir, (archive ?? '').replace(/\.tar\.gz$/, '.export.log')))).toBe(true);

    const target = await instance('target');
    await node('scripts/src/restore.ts', [path.join(dir, archive ?? ''), '--force'], target.env);

    const counts = await probe<Record<string, number>>(target, 'counts');
    // The outbox is derived state and stays out of the archive; every other row comes back.
    const withoutOutbox = (c: Record<string, number>) => Object.fromEntries(Object.entries(c).filter(([key]) => !key.startsWith('api::search-outbox.')));
    expect(withoutOutbox(counts)).toEqual(withoutOutbox(sourceCounts));
    expect(sourceCounts['api::research-article.research-article sv published']).toBeGreaterThan(0);
    expect(sourceCounts['api::research-article.research-article en published']).toBeGreaterThan(0);
    expect(counts['plugin::upload.file']).toBe(1);
    expect(fs.readFileSync(path.join(target.publicDir, 'uploads', uploaded.name), 'utf8')).toContain('round trip');

    for (const locale of ['sv', 'en'] as const) {
      const before = await indexedIds(source.prefix, locale);
      expect(before.length).toBeGreaterThan(0);
      expect(await indexedIds(target.prefix, locale)).toEqual(before);
      const hits = await found(source.prefix, locale, 'digital');
      expect(hits.length).toBeGreaterThan(0);
      expect(await found(target.prefix, locale, 'digital')).toEqual(hits);
    }
  }, 600_000);

  it('restores an archive encrypted with BACKUP_ENCRYPTION_KEY, and only with that key', async () => {
    const key = 'round-trip-backup-key-0123456789';
    const dir = path.join(tmp, 'backups-encrypted');
    await node('scripts/src/backup.ts', ['--dir', dir], { ...source.env, BACKUP_ENCRYPTION_KEY: key });
    const archive = fs.readdirSync(dir).find((name) => !name.endsWith('.log'));
    expect(archive).toMatch(/\.tar\.gz\.enc$/);
    const file = path.join(dir, archive ?? '');
    // Not a gzip stream: the content is unreadable without the key.
    expect(fs.readFileSync(file).subarray(0, 2).toString('hex')).not.toBe('1f8b');

    const target = await instance('encrypted');
    await expect(node('scripts/src/restore.ts', [file, '--force', '--no-reindex'], target.env)).rejects.toThrow(/BACKUP_ENCRYPTION_KEY/);
    await node('scripts/src/restore.ts', [file, '--force', '--no-reindex'], { ...target.env, BACKUP_ENCRYPTION_KEY: key });
    const counts = await probe<Record<string, number>>(target, 'counts');
    expect(counts['api::learning-path.learning-path total']).toBe(sourceCounts['api::learning-path.learning-path total']);
    expect(counts['plugin::upload.file']).toBe(1);
  }, 600_000);
});
