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

/** Returns the names of secrets that are missing or still an example value. */
export function weakSecrets(env: NodeJS.ProcessEnv, names: readonly string[] = REQUIRED_PRODUCTION_SECRETS): string[] {
  return names.filter((name) => {
    const value = env[name];
    if (name === 'APP_KEYS') return !value || value.split(',').some((key) => isWeakSecret(key));
    return isWeakSecret(value);
  });
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
