import path from 'node:path';
import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import { CMS_DIR } from './paths.ts';

const require = createRequire(import.meta.url);

/**
 * Loads the compiled CMS in this process without opening a port, for CLIs that use the Document Service
 * (seed, reindex). Requires a built CMS (cms/dist).
 */
export async function loadStrapi(): Promise<Core.Strapi> {
  process.chdir(CMS_DIR);
  const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  const app = createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') });
  return app.load();
}

/**
 * What the CMS offers the CLIs: its one entry, cms/src/cli.ts, typed from its declarations (cms/types/cli, built by
 * the root postinstall with cms/tsconfig.cli.json): this workspace's ESM settings cannot check the CMS's CommonJS source.
 */
export type CmsCli = typeof import('../../../cms/types/cli/src/cli.js');

/** The CMS's CLI entry, compiled (cms/dist/src/cli.js): the seed loader, the reindex source, the outbox, … */
export function cmsCli(): CmsCli {
  return require(path.join(CMS_DIR, 'dist', 'src', 'cli.js')) as CmsCli;
}
