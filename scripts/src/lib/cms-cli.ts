import type { Core } from '@strapi/strapi';
import { toSearchError } from '@kunskapsnavet/search';
import { cmsEnv, ensureCmsBuilt } from './cms.ts';
import { stackEnv } from './dev-stack.ts';
import { loadStrapi } from './strapi-app.ts';

export const DEFAULT_MEILI_PORT = 7700;

/** MEILI_URL as the CLIs and the orchestrator see it: the caller's, else the local development server. */
export function meiliUrl(env: NodeJS.ProcessEnv): string {
  return env.MEILI_URL || `http://127.0.0.1:${env.MEILI_PORT ?? DEFAULT_MEILI_PORT}`;
}

/**
 * Runs `fn` with the CMS loaded in this process (no HTTP port): for CLIs that use the Document Service. The
 * in-process CMS neither seeds nor runs the outbox worker; a running `npm start` keeps doing that.
 * Resolves with the process exit code.
 */
export async function withCms(fn: (strapi: Core.Strapi, env: NodeJS.ProcessEnv) => Promise<void>): Promise<number> {
  const env = stackEnv();
  Object.assign(process.env, cmsEnv(env, { SEED_ON_EMPTY: 'false', SEARCH_SYNC_WORKER: 'false', MEILI_URL: meiliUrl(env) }));
  await ensureCmsBuilt(process.env, console.log);
  const strapi = await loadStrapi();
  try {
    await fn(strapi, process.env);
    return 0;
  } catch (error) {
    // One clear line for the expected failure (no search engine); anything else keeps its stack.
    if (toSearchError(error).code !== 'SearchUnavailable') throw error;
    console.error(`Meilisearch is not reachable at ${process.env.MEILI_URL}: start the hub with \`npm start\` or set MEILI_URL.`);
    return 1;
  } finally {
    await strapi.destroy();
  }
}
