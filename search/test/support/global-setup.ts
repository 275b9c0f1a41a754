import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startMeilisearch } from '../../src/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    meiliUrl: string;
    meiliMasterKey: string;
  }
}

/** Starts one Meilisearch on a free port with a throw-away data dir; stops and removes it afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kunskapsnavet-meili-'));
  const masterKey = randomBytes(24).toString('hex');
  const meili = await startMeilisearch({ dataDir, masterKey, env: 'development' });
  project.provide('meiliUrl', meili.url);
  project.provide('meiliMasterKey', masterKey);
  return async () => {
    await meili.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
