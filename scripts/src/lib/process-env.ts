/**
 * Each process of the local stack gets only the secrets it needs. The site's server and Meilisearch never see the
 * CMS's secrets (session keys, salts, JWT and encryption keys, the database login, the site's token registration)
 * nor the Meilisearch master key: the site gets its own NUXT_* values from siteEnv().
 */
export const CMS_ONLY_SECRETS = [
  'APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY',
  'DATABASE_PASSWORD', 'DATABASE_URL', 'SITE_API_TOKEN', 'SITE_PREVIEW_TOKEN', 'MEILI_MASTER_KEY', 'BACKUP_ENCRYPTION_KEY',
  // data/site.env's keys: the site receives them as NUXT_STRAPI_TOKEN / NUXT_STRAPI_PREVIEW_TOKEN only.
  'STRAPI_API_TOKEN', 'STRAPI_PREVIEW_TOKEN', 'MEILI_SEARCH_KEY',
] as const;

export function withoutCmsSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of CMS_ONLY_SECRETS) delete copy[name];
  return copy;
}
