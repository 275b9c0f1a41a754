import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

export const SITE_TOKEN_NAME = 'site-read-only';

/**
 * The site reads published content with a read-only API token.
 * Development: created here and written to a git-ignored env file for the site and the orchestrator.
 * Production: the operator supplies SITE_API_TOKEN (e.g. `openssl rand -hex 64`) and the token is registered with that key,
 * so no secret is ever generated inside a container and lost on restart.
 */
export async function ensureSiteToken(strapi: Core.Strapi, options: { production: boolean; envFile: string; supplied?: string }): Promise<void> {
  const tokens = strapi.service('admin::api-token-content-api');
  const existing = await tokens.getByName(SITE_TOKEN_NAME, { includeDecryptedKey: !options.production });
  if (options.production) {
    if (!options.supplied) {
      strapi.log.warn('SITE_API_TOKEN is not set: the site cannot read content until it is.');
      return;
    }
    const accessKey = tokens.hash(options.supplied);
    if (existing) {
      await strapi.db.query('admin::api-token').update({ where: { id: existing.id }, data: { accessKey, encryptedKey: null } });
    } else {
      const created = await tokens.create({ name: SITE_TOKEN_NAME, description: 'Read-only token of the public site', type: 'read-only', lifespan: null });
      await strapi.db.query('admin::api-token').update({ where: { id: created.id }, data: { accessKey, encryptedKey: null } });
    }
    return;
  }
  let accessKey: string | undefined = existing?.accessKey;
  if (!accessKey) {
    if (existing) await tokens.revoke(existing.id);
    const created = await tokens.create({ name: SITE_TOKEN_NAME, description: 'Read-only token of the public site (development)', type: 'read-only', lifespan: null });
    accessKey = created.accessKey;
  }
  fs.mkdirSync(path.dirname(options.envFile), { recursive: true });
  fs.writeFileSync(options.envFile, `# Written by the CMS at start (development only). Do not commit.\nSTRAPI_API_TOKEN=${accessKey}\n`, { mode: 0o600 });
}
