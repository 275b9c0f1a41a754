import { startMeilisearch, type RunningMeilisearch, type StartOptions } from '@kunskapsnavet/search';
import { cmsEnv, STRAPI_BIN } from './cms.ts';
import { startMailCatcher, type MailCatcher } from './mail-catcher.ts';
import { CMS_DIR, SITE_DIR } from './paths.ts';
import { withoutCmsSecrets } from './process-env.ts';
import { nuxtBin, SITE_ENTRY, siteEnv, type SiteServiceOptions } from './site.ts';
import { createSupervisor, type Service } from './supervisor.ts';
import { waitForHttp } from './wait.ts';

/**
 * The one launcher of the hub's processes — Meilisearch, the mail catcher, Strapi and the site — used by
 * `npm start`, the benchmarks and both test setups. It owns how each is spawned (this node binary, its own process
 * group), the environment each gets, the readiness wait (Strapi's /_health, the site's /robots.txt) and the
 * shutdown (reverse order, the whole process group). Callers keep only what is theirs: ports, data folders, the
 * variables their run needs.
 */
export interface Launched {
  url: string;
  service: Service;
}

export interface CmsLaunch {
  /** The CMS's variables (secrets, database, MEILI_URL, …); PORT and HOST are set from the options. */
  env: NodeJS.ProcessEnv;
  port: number;
  /** Default: unset, Strapi's own default (every interface). */
  host?: string;
  mode?: 'start' | 'develop';
  /** The URL the caller prints; default http://127.0.0.1:<port>. */
  url?: string;
  name?: string;
  timeoutMs?: number;
}

export interface SiteLaunch {
  options: SiteServiceOptions;
  /** `nuxt dev` instead of the production build (`npm run dev`). */
  dev?: boolean;
  name?: string;
  timeoutMs?: number;
}

export type StackLauncher = ReturnType<typeof createLauncher>;

export function createLauncher(log: (line: string) => void = (line) => process.stdout.write(`${line}\n`)) {
  const supervisor = createSupervisor(log);
  const others: { name: string; stop: () => Promise<void> }[] = [];
  let stopping = false;
  let reportExit: (exit: { name: string; code: number }) => void = () => {};
  const unexpectedExit = new Promise<{ name: string; code: number }>((resolve) => { reportExit = resolve; });
  const watch = (name: string, exited: Promise<number | null>) => void exited.then((code) => { if (!stopping) reportExit({ name, code: code ?? 1 }); });

  async function search(options: Omit<StartOptions, 'env'> & { env?: StartOptions['env'] }): Promise<RunningMeilisearch> {
    const meili = await startMeilisearch({ env: 'development', ...options });
    others.push({ name: 'meilisearch', stop: meili.stop });
    watch('meilisearch', meili.exited);
    return meili;
  }

  /** A local SMTP catcher, and the variables that point the CMS at it. */
  async function mail(options: { dir: string; port?: number }): Promise<MailCatcher & { env: Record<string, string> }> {
    const catcher = await startMailCatcher(options);
    others.push({ name: 'mail', stop: catcher.stop });
    return { ...catcher, env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(catcher.port), SMTP_IGNORE_TLS: 'true' } };
  }

  async function cms(options: CmsLaunch): Promise<Launched> {
    const env = cmsEnv(options.env, { PORT: String(options.port), ...(options.host ? { HOST: options.host } : {}) });
    const service = supervisor.start({ name: options.name ?? 'cms', command: process.execPath, args: [STRAPI_BIN, options.mode ?? 'start'], cwd: CMS_DIR, env });
    watch(service.name, service.exited);
    await waitForHttp(`http://127.0.0.1:${options.port}/_health`, { timeoutMs: options.timeoutMs ?? 300_000, isAlive: service.alive });
    return { url: options.url ?? `http://127.0.0.1:${options.port}`, service };
  }

  /** The site's server gets the caller's environment without the CMS's secrets, plus its own NUXT_* values. */
  async function site({ options, dev = false, name = 'site', timeoutMs = 180_000 }: SiteLaunch): Promise<Launched> {
    const env = { ...withoutCmsSecrets(process.env), ...siteEnv(options), ...(dev ? { NODE_ENV: 'development' } : {}) };
    const args = dev ? [nuxtBin(), 'dev', '--port', String(options.port)] : [SITE_ENTRY];
    const service = supervisor.start({ name, command: process.execPath, args, cwd: SITE_DIR, env });
    watch(name, service.exited);
    await waitForHttp(`http://127.0.0.1:${options.port}/robots.txt`, { timeoutMs, isAlive: service.alive });
    return { url: `http://127.0.0.1:${options.port}`, service };
  }

  /** Resolves with the first process that exits on its own, started before or after the call (never during stop()). */
  function firstUnexpectedExit(): Promise<{ name: string; code: number }> {
    return unexpectedExit;
  }

  /** Stops everything it started: the Strapi and site processes (reverse order), then Meilisearch and the mail catcher. */
  async function stop(): Promise<void> {
    if (stopping) return;
    stopping = true;
    await supervisor.stopAll();
    for (const other of others) await other.stop();
  }

  return { search, mail, cms, site, firstUnexpectedExit, stop, supervisor };
}
