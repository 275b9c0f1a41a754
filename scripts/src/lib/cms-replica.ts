import { createLauncher } from './stack.ts';
import type { Service } from './supervisor.ts';
import { freePort } from './wait.ts';

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
  const launcher = createLauncher(log);
  const port = await freePort();
  const { url, service } = await launcher.cms({ env: { ...process.env, SEED_ON_EMPTY: 'false', ...env, SERVE_ADMIN: 'false' }, port, host: '127.0.0.1', name: `cms-${port}`, timeoutMs });
  return { url, service, stop: () => launcher.stop() };
}

/** Kills a replica the hard way (no shutdown hooks, claims left behind), as a crash or OOM kill would. */
export function killHard(service: Service): Promise<number> {
  if (service.child.pid !== undefined) process.kill(-service.child.pid, 'SIGKILL');
  return service.exited;
}
