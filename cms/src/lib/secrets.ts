/**
 * Production must never run on the example or development secrets that ship with the repo.
 * Called from config/server.ts and config/admin.ts, so the process stops before anything listens.
 */
const EXAMPLE_MARKERS = ['change-me', 'changeme', 'tobemodified', 'example', 'dev-only'];

export const REQUIRED_PRODUCTION_SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  // The search index is part of the product: production runs with search, on its own key.
  'MEILI_MASTER_KEY',
] as const;

export function isWeakSecret(value: string | undefined): boolean {
  if (!value || value.trim().length < 16) return true;
  const lower = value.toLowerCase();
  return EXAMPLE_MARKERS.some((marker) => lower.includes(marker));
}

/** Optional in production, but when set they must not be an example or short value. */
export const OPTIONAL_PRODUCTION_SECRETS = ['SITE_API_TOKEN', 'SITE_PREVIEW_TOKEN', 'NUXT_PREVIEW_SECRET', 'BACKUP_ENCRYPTION_KEY'] as const;

/** PostgreSQL's password is a secret too: required unless DATABASE_URL carries the login; a URL may not hold an example. */
function weakDatabaseLogin(env: NodeJS.ProcessEnv): string[] {
  if (env.DATABASE_CLIENT !== 'postgres') return [];
  if (env.DATABASE_URL) return /change-?me|tobemodified/i.test(env.DATABASE_URL) ? ['DATABASE_URL'] : [];
  return isWeakSecret(env.DATABASE_PASSWORD) ? ['DATABASE_PASSWORD'] : [];
}

/** Returns the names of secrets that are missing or still an example value. */
export function weakSecrets(env: NodeJS.ProcessEnv, names: readonly string[] = REQUIRED_PRODUCTION_SECRETS): string[] {
  const required = names.filter((name) => {
    const value = env[name];
    if (name === 'APP_KEYS') return !value || value.split(',').some((key) => isWeakSecret(key));
    return isWeakSecret(value);
  });
  const optional = OPTIONAL_PRODUCTION_SECRETS.filter((name) => env[name] !== undefined && env[name] !== '' && isWeakSecret(env[name]));
  return [...required, ...weakDatabaseLogin(env), ...optional];
}

export function assertProductionSecrets(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  const weak = weakSecrets(env);
  if (weak.length > 0) {
    throw new Error(
      `Refusing to start in production: ${weak.join(', ')} ${weak.length === 1 ? 'is' : 'are'} missing or still an example value. ` +
        'Generate each with `openssl rand -base64 32` (APP_KEYS: four of them, comma-separated) and set them in .env.',
    );
  }
}
