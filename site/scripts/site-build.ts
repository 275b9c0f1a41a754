import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SITE_DIR } from '../../scripts/src/lib/paths.ts';
import { run } from '../../scripts/src/lib/supervisor.ts';

const OUTPUT = path.join(SITE_DIR, '.output', 'server', 'index.mjs');
const SOURCES = ['app', 'server', 'shared', 'i18n', 'public', 'nuxt.config.ts', 'package.json', '../search/src', '../needs/src'].map((p) => path.join(SITE_DIR, p));

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(target).reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), stat.mtimeMs);
}

/** True when the production build is missing or older than any source it is built from. */
export function siteNeedsBuild(): boolean {
  if (!fs.existsSync(OUTPUT)) return true;
  const built = fs.statSync(OUTPUT).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

/** `nuxt build` (about 15 s) when the build is missing or stale. */
export async function ensureSiteBuilt(log: (line: string) => void): Promise<void> {
  if (!siteNeedsBuild()) return;
  log('Building the site (nuxt build)…');
  const nuxt = path.join(path.dirname(createRequire(path.join(SITE_DIR, 'package.json')).resolve('nuxt/package.json')), 'bin', 'nuxt.mjs');
  await run(process.execPath, [nuxt, 'build'], { cwd: SITE_DIR });
}
