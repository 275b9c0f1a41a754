import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { CMS_DIR, newestMtime } from './paths.ts';
import { run } from './supervisor.ts';

const require = createRequire(import.meta.url);
/** Strapi's CLI, run with this very node binary (Node 24) rather than whatever `npx` would find. */
export const STRAPI_BIN = path.join(path.dirname(require.resolve('@strapi/strapi/package.json', { paths: [CMS_DIR] })), 'bin', 'strapi.js');
const BUILD_MARKER = path.join(CMS_DIR, 'dist', '.kn-build-stamp');
const SOURCES = ['src', 'config', 'tsconfig.json', 'package.json'].map((p) => path.join(CMS_DIR, p));

/** True when the admin panel or the compiled server code is missing or older than the sources. */
export function cmsNeedsBuild(): boolean {
  if (!fs.existsSync(BUILD_MARKER) || !fs.existsSync(path.join(CMS_DIR, 'dist', 'build', 'index.html'))) return true;
  const built = fs.statSync(BUILD_MARKER).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

/** `strapi build` (TypeScript + admin panel, ~40 s); returns the wall time in ms. */
export async function buildCms(env: NodeJS.ProcessEnv): Promise<number> {
  const started = Date.now();
  await run(process.execPath, [STRAPI_BIN, 'build'], { cwd: CMS_DIR, env });
  fs.writeFileSync(BUILD_MARKER, new Date().toISOString());
  return Date.now() - started;
}

export async function ensureCmsBuilt(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  if (!cmsNeedsBuild()) return;
  log('Building the CMS (strapi build, about 40 s)…');
  const ms = await buildCms(env);
  log(`CMS built in ${(ms / 1000).toFixed(1)} s`);
}

/** The environment every Strapi process of ours gets on top of the caller's. */
export function cmsEnv(base: NodeJS.ProcessEnv, extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...base, STRAPI_TELEMETRY_DISABLED: 'true', BROWSER: 'none', ...extra };
}
