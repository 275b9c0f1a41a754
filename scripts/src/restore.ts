/**
 * `npm run restore <archive>`: loads a `npm run backup` archive into this instance's database and uploads
 * (`strapi import`; everything there is replaced, so restore into an empty instance), then rebuilds the search
 * index with `npm run reindex`. `--force` skips Strapi's confirmation; `--no-reindex` leaves the index alone.
 * Stop the CMS first: the import rewrites its tables underneath it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BACKUP_DIR, collectTransferLog, importArgs, TRANSFER_ENV } from './lib/backup.ts';
import { cmsEnv, ensureCmsBuilt, STRAPI_BIN } from './lib/cms.ts';
import { stackEnv } from './lib/dev-stack.ts';
import { CMS_DIR, ROOT } from './lib/paths.ts';
import { run } from './lib/supervisor.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  allowNegative: true,
  options: { force: { type: 'boolean', default: false }, reindex: { type: 'boolean', default: true } },
});
if (positionals.length !== 1) {
  console.error('Usage: npm run restore -- <archive.tar.gz[.enc]> [--force] [--no-reindex]');
  process.exit(2);
}
const file = path.resolve(positionals[0] ?? '');
const env = cmsEnv(stackEnv(), TRANSFER_ENV);

/** The reindex is its own CLI (and process): it loads the restored CMS fresh. */
function reindex(): Promise<void> {
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm, 'run', 'reindex']] : ['npm', ['run', 'reindex']];
  return run(command, args, { cwd: ROOT, env: process.env });
}

try {
  if (!fs.existsSync(file)) throw new Error(`no such archive: ${file}`);
  const args = importArgs(file, { key: env.BACKUP_ENCRYPTION_KEY || undefined, force: values.force });
  await ensureCmsBuilt(env, console.log);
  const started = Date.now();
  try {
    await run(process.execPath, [STRAPI_BIN, ...args], { cwd: CMS_DIR, env });
  } finally {
    fs.mkdirSync(BACKUP_DIR, { recursive: true });
    const log = collectTransferLog('import', started, path.join(BACKUP_DIR, `restore-${new Date(started).toISOString().replace(/[-:.]/g, '')}.import.log`));
    if (log) console.log(`Import log: ${log}`);
  }
  console.log(`Restored ${path.basename(file)}.`);
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
if (values.reindex) {
  try {
    await reindex();
  } catch {
    console.error('The content is restored but the search index is not: run `npm run reindex` once Meilisearch is reachable.');
    process.exit(1);
  }
}
