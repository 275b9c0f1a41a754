import { STRAPI_BIN } from './cms.ts';
import { CMS_DIR } from './paths.ts';
import { createSupervisor, type Service } from './supervisor.ts';
import { freePort, waitForHttp } from './wait.ts';

export interface Replica {
  url: string;
  service: Service;
}

/**
 * One more CMS process (`strapi start`, no admin panel; no seeding unless `env` asks) on the database, Meilisearch and secrets of
 * `env`: a replica as compose's deploy.replicas would run it. Each replica runs its own outbox worker; their
 * claims are atomic, so they share the work. Output goes to `log`.
 */
export async function startReplica(env: Record<string, string>, log: (line: string) => void = () => {}, timeoutMs = 300_000) {
  const supervisor = createSupervisor(log);
  const port = await freePort();
  const service = supervisor.start({ name: `cms-${port}`, command: process.execPath, args: [STRAPI_BIN, 'start'], cwd: CMS_DIR, env: { ...process.env, SEED_ON_EMPTY: 'false', ...env, PORT: String(port), HOST: '127.0.0.1', SERVE_ADMIN: 'false' } });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/_health`, { timeoutMs, isAlive: service.alive });
  return { url, service, stop: () => supervisor.stopAll() };
}

/** Kills a replica the hard way (no shutdown hooks, claims left behind), as a crash or OOM kill would. */
export function killHard(service: Service): Promise<number> {
  if (service.child.pid !== undefined) process.kill(-service.child.pid, 'SIGKILL');
  return service.exited;
}
