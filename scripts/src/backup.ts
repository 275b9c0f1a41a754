/**
 * `npm run backup`: writes a timestamped archive of the CMS content, configuration and uploads (Strapi's
 * `strapi export`) to data/backups/ (or --dir). Encrypted with BACKUP_ENCRYPTION_KEY when it is set, plain
 * otherwise. The search index is not in it: it is derived data, rebuilt by `npm run restore`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { archivePath, BACKUP_DIR, backupBaseName, collectTransferLog, exportArgs, TRANSFER_ENV } from './lib/backup.ts';
import { cmsEnv, ensureCmsBuilt, STRAPI_BIN } from './lib/cms.ts';
import { stackEnv } from './lib/dev-stack.ts';
import { CMS_DIR } from './lib/paths.ts';
import { run } from './lib/supervisor.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const dir = path.resolve(values.dir ?? BACKUP_DIR);
const env = cmsEnv(stackEnv(), TRANSFER_ENV);
const key = env.BACKUP_ENCRYPTION_KEY || undefined;

try {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  await ensureCmsBuilt(env, console.log);
  const base = path.join(dir, backupBaseName());
  const started = Date.now();
  try {
    await run(process.execPath, [STRAPI_BIN, ...exportArgs(base, key)], { cwd: CMS_DIR, env });
  } finally {
    collectTransferLog('export', started, `${base}.export.log`);
  }
  const file = archivePath(base, Boolean(key));
  fs.chmodSync(file, 0o600);
  const mb = (fs.statSync(file).size / 1024 / 1024).toFixed(1);
  console.log(`Backup written: ${file} (${mb} MB, ${key ? 'encrypted with BACKUP_ENCRYPTION_KEY' : 'not encrypted'})`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
