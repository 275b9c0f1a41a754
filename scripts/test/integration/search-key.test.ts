import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMeilisearch, type RunningMeilisearch } from '@kunskapsnavet/search';
import { ROOT } from '../../src/lib/paths.ts';

const exec = promisify(execFile);
const masterKey = crypto.randomBytes(24).toString('base64url');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-search-key-'));
let meili: RunningMeilisearch;

function searchKey(env: Record<string, string>, ...args: string[]) {
  const clean = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  return exec(process.execPath, [path.join(ROOT, 'scripts/src/search-key.ts'), ...args], { cwd: ROOT, env: { ...clean, ...env } });
}

beforeAll(async () => {
  meili = await startMeilisearch({ dataDir: path.join(tmp, 'meili'), masterKey, env: 'production' });
});
afterAll(async () => {
  await meili?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('npm run search-key', () => {
  it('computes offline exactly the key Meilisearch creates', async () => {
    const offline = await searchKey({ MEILI_MASTER_KEY: masterKey, MEILI_INDEX_PREFIX: 'prod' }, '--offline');
    const online = await searchKey({ MEILI_URL: meili.url, MEILI_MASTER_KEY: masterKey, MEILI_INDEX_PREFIX: 'prod' });
    expect(online.stdout).toMatch(/^MEILI_SEARCH_KEY=[0-9a-f]{64}\n$/);
    expect(offline.stdout).toBe(online.stdout);
    const key = online.stdout.trim().split('=')[1] ?? '';
    const res = await fetch(`${meili.url}/keys/${key}`, { headers: { authorization: `Bearer ${masterKey}` } });
    expect((await res.json()).actions).toEqual(['search']);
  });

  it('refuses a MEILI_SEARCH_KEY that does not belong to the master key, naming the right one', async () => {
    const run = searchKey({ MEILI_URL: meili.url, MEILI_MASTER_KEY: masterKey, MEILI_SEARCH_KEY: 'f'.repeat(64) });
    await expect(run).rejects.toMatchObject({ stderr: expect.stringMatching(/set MEILI_SEARCH_KEY=[0-9a-f]{64}/) });
  });
});
