import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { ALL_CONTENT_TYPES } from '../lib/content-types';
import { PREVIEW_TOKEN_NAME, SITE_TOKEN_NAME } from '../lib/token-names';
import { NEEDS_SITE_ACTIONS, RESEARCH_CALL_SITE_ACTIONS, SIGNUP_SITE_ACTIONS } from '../policies/site-token';

export { SITE_TOKEN_NAME };

const READ = ALL_CONTENT_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]);

export interface TokenSpec {
  name: string;
  description: string;
  /** Content-API actions of this custom token, and nothing else (never users, never writes). */
  permissions: readonly string[];
  /** Development: the key in the env file the CMS writes for the site and `npm start`. */
  envKey: string;
}

/** The site's content token: published content and exactly the needs check's routes. */
export const SITE_TOKEN: TokenSpec = { name: SITE_TOKEN_NAME, description: 'The public site: published content, the needs check and sign-ups', permissions: [...READ, ...NEEDS_SITE_ACTIONS, ...SIGNUP_SITE_ACTIONS, ...RESEARCH_CALL_SITE_ACTIONS], envKey: 'STRAPI_API_TOKEN' };
/** The site's preview token: find/findOne only; the drafts guard lets this one token read drafts. */
export const PREVIEW_TOKEN: TokenSpec = { name: PREVIEW_TOKEN_NAME, description: 'The site’s draft preview: find and findOne only', permissions: READ, envKey: 'STRAPI_PREVIEW_TOKEN' };

type TokenService = ReturnType<Core.Strapi['service']>;

/** Creates the custom token or re-aligns its type and permissions (an older read-only token, a slip in the admin). */
async function alignToken(tokens: TokenService, spec: TokenSpec, production: boolean) {
  const existing = await tokens.getByName(spec.name, { includeDecryptedKey: !production });
  const data = { type: 'custom', permissions: [...spec.permissions], description: spec.description, lifespan: null };
  if (!existing) return { created: await tokens.create({ name: spec.name, ...data }), existing: null };
  await tokens.update(existing.id, { type: 'custom', permissions: [...spec.permissions], description: spec.description });
  return { created: null, existing };
}

/**
 * Development: the tokens are created here and written to a git-ignored env file for the site and the orchestrator.
 * Production: the operator supplies the key (e.g. `openssl rand -hex 64`) and the token is registered with it, so no
 * secret is generated inside a container and lost on restart. Either way type and permissions are reset at start.
 */
export async function ensureSiteTokens(strapi: Core.Strapi, options: { production: boolean; envFile: string; supplied: Record<string, string | undefined> }): Promise<void> {
  const tokens = strapi.service('admin::api-token-content-api');
  const lines: string[] = [];
  for (const spec of [SITE_TOKEN, PREVIEW_TOKEN]) {
    const { created, existing } = await alignToken(tokens, spec, options.production);
    const id = created?.id ?? existing?.id;
    if (options.production) {
      const supplied = options.supplied[spec.name];
      if (!supplied) {
        strapi.log.warn(`${spec.name}: no key supplied, so this token cannot be used until it is (see README, configuration).`);
        continue;
      }
      await strapi.db.query('admin::api-token').update({ where: { id }, data: { accessKey: tokens.hash(supplied), encryptedKey: null } });
      continue;
    }
    let accessKey: string | undefined = created?.accessKey ?? existing?.accessKey;
    if (!accessKey) accessKey = (await tokens.regenerate(id)).accessKey;
    lines.push(`${spec.envKey}=${accessKey}`);
  }
  if (options.production) return;
  fs.mkdirSync(path.dirname(options.envFile), { recursive: true });
  fs.writeFileSync(options.envFile, `# Written by the CMS at start (development only). Do not commit.\n${lines.join('\n')}\n`, { mode: 0o600 });
}
