/**
 * `npm start` (and `npm run dev` with --dev): builds what is missing, starts every service of the hub, waits until
 * each is healthy, prints the URLs and development credentials, and stops everything on Ctrl-C or when one dies.
 */
import { parseArgs } from 'node:util';
import { cmsEnv, ensureCmsBuilt, STRAPI_BIN } from './lib/cms.ts';
import { stackEnv } from './lib/dev-stack.ts';
import { CMS_DIR, DATA_DIR, SITE_TOKEN_FILE } from './lib/paths.ts';
import { createSupervisor } from './lib/supervisor.ts';
import { waitForHttp } from './lib/wait.ts';

const { values } = parseArgs({ options: { dev: { type: 'boolean', default: false } } });
const log = (line: string) => process.stdout.write(`${line}\n`);
const supervisor = createSupervisor(log);
let exitCode = 0;

async function shutdown(code: number, reason: string) {
  if (supervisor.isStopping()) return;
  exitCode = code;
  log(`\n${reason}: stopping every service…`);
  await supervisor.stopAll();
  process.exit(exitCode);
}
process.on('SIGINT', () => void shutdown(130, 'Ctrl-C'));
process.on('SIGTERM', () => void shutdown(143, 'SIGTERM'));

const env = stackEnv();
const cmsPort = env.PORT ?? '1337';
const cmsUrl = `http://localhost:${cmsPort}`;

try {
  if (!values.dev) await ensureCmsBuilt(cmsEnv(env, {}), log);
  const cms = supervisor.start({
    name: 'cms',
    command: process.execPath,
    args: [STRAPI_BIN, values.dev ? 'develop' : 'start'],
    cwd: CMS_DIR,
    env: cmsEnv(env, { PORT: cmsPort }),
  });
  void supervisor.firstUnexpectedExit().then(({ service, code }) => shutdown(code === 0 ? 1 : code, `${service.name} exited with ${code}`));
  await waitForHttp(`${cmsUrl}/_health`, { timeoutMs: 300_000, isAlive: cms.alive });

  const { DEV_USERS } = await import('../../cms/src/bootstrap/dev-users.ts');
  log('');
  log('Kunskapsnavet is running');
  log(`  CMS admin      ${cmsUrl}/admin`);
  log(`  REST API       ${cmsUrl}/api/research-articles?locale=sv`);
  log(`  GraphQL        ${cmsUrl}/graphql`);
  if (env.NODE_ENV !== 'production') {
    log('  Development logins (CMS admin):');
    for (const user of DEV_USERS) log(`    ${user.role.padEnd(20)} ${user.email.padEnd(36)} ${user.password}`);
    log(`  Site read-only API token: ${SITE_TOKEN_FILE}`);
    log(`  Data (database, secrets): ${DATA_DIR}`);
  }
  log('Press Ctrl-C to stop.');
} catch (error) {
  log(`Start failed: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1, 'start failed');
}
