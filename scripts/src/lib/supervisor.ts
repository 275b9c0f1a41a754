import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';

export interface ServiceSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Print the child's output prefixed with its name (default true). */
  echo?: boolean;
}

export interface Service {
  name: string;
  child: ChildProcess;
  alive: () => boolean;
  exited: Promise<number>;
}

/**
 * Starts child services in their own process groups and stops them all together: on Ctrl-C, on SIGTERM,
 * or when any one of them dies. Killing the group (not just the pid) also stops grandchildren such as the
 * node process that `npx strapi` starts, so nothing is left orphaned.
 */
export function createSupervisor(log: (line: string) => void = (line) => process.stdout.write(`${line}\n`)) {
  const services: Service[] = [];
  let stopping = false;

  function start(spec: ServiceSpec): Service {
    const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let running = true;
    const exited = new Promise<number>((resolve) => {
      child.on('exit', (code, signal) => {
        running = false;
        resolve(code ?? (signal ? 128 + (signalNumber(signal) ?? 15) : 1));
      });
      child.on('error', (error) => {
        running = false;
        log(`[${spec.name}] failed to start: ${error.message}`);
        resolve(127);
      });
    });
    if (spec.echo !== false) {
      for (const stream of [child.stdout, child.stderr]) {
        if (stream) readline.createInterface({ input: stream }).on('line', (line) => log(`[${spec.name}] ${line}`));
      }
    }
    const service: Service = { name: spec.name, child, alive: () => running, exited };
    services.push(service);
    return service;
  }

  async function stopAll(graceMs = 10_000): Promise<void> {
    if (stopping) return;
    stopping = true;
    // Stop in reverse start order: the site before the CMS before the search engine.
    for (const service of [...services].reverse()) {
      if (!service.alive() || service.child.pid === undefined) continue;
      signalGroup(service.child.pid, 'SIGTERM');
      const timer = setTimeout(() => service.child.pid !== undefined && signalGroup(service.child.pid, 'SIGKILL'), graceMs);
      await service.exited;
      clearTimeout(timer);
    }
  }

  /** Resolves with the first service that exits on its own (not during stopAll). */
  function firstUnexpectedExit(): Promise<{ service: Service; code: number }> {
    return Promise.race(services.map((service) => service.exited.then((code) => ({ service, code })))).then((result) =>
      stopping ? new Promise<never>(() => {}) : result,
    );
  }

  return { start, stopAll, firstUnexpectedExit, services, isStopping: () => stopping };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

function signalNumber(signal: NodeJS.Signals): number | undefined {
  return { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal as 'SIGINT' | 'SIGKILL' | 'SIGTERM'];
}

/** Runs a command to completion, inheriting stdio; rejects on a non-zero exit. */
export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`))));
  });
}
