import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_INDEXING_MEMORY, startMeilisearch } from '../../src/server.ts';

describe('startMeilisearch', () => {
  it('fails clearly when the binary cannot start', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'kn-meili-bad-'));
    await expect(startMeilisearch({ bin: '/nonexistent/meilisearch', dataDir, masterKey: 'a-master-key-that-is-long', env: 'development' }))
      .rejects.toThrow(/meilisearch did not start.*ENOENT/s);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a short master key', async () => {
    await expect(startMeilisearch({ dataDir: '/tmp/unused', masterKey: 'short', env: 'development' })).rejects.toThrow(/16 bytes/);
  });

  it('starts on a free port, answers /health and stops', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'kn-meili-ok-'));
    const meili = await startMeilisearch({ dataDir, masterKey: 'a-master-key-that-is-long', env: 'development' });
    expect(meili.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${meili.url}/health`)).ok).toBe(true);
    // The key is in force (keys need it) yet not on the command line, which every local user can read.
    expect(readFileSync(`/proc/${meili.pid}/cmdline`, 'utf8')).not.toContain('a-master-key-that-is-long');
    expect((await fetch(`${meili.url}/keys`)).status).toBe(401);
    expect((await fetch(`${meili.url}/keys`, { headers: { authorization: 'Bearer a-master-key-that-is-long' } })).status).toBe(200);
    // Bounded indexing memory, as in docker-compose.yml (Meilisearch refuses to start on a value it cannot parse).
    expect(readFileSync(`/proc/${meili.pid}/environ`, 'utf8').split('\0')).toContain(`MEILI_MAX_INDEXING_MEMORY=${process.env.MEILI_MAX_INDEXING_MEMORY || DEFAULT_MAX_INDEXING_MEMORY}`);
    await meili.stop();
    await meili.exited;
    await expect(fetch(`${meili.url}/health`)).rejects.toThrow();
    await rm(dataDir, { recursive: true, force: true });
  });
});
