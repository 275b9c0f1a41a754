import { ensureDevSecrets, readEnvFile } from './env-file.ts';
import { DEV_ENV_FILE, SEARCH_KEY_FILE, SITE_TOKEN_FILE } from './paths.ts';

/**
 * The environment of the local stack: the caller's variables win, then data/dev.env (secrets generated on the
 * first start). In production nothing is generated: the operator's environment is used as it is.
 */
export function stackEnv(): NodeJS.ProcessEnv {
  if (process.env.NODE_ENV === 'production') return { ...process.env };
  const secrets = ensureDevSecrets(DEV_ENV_FILE);
  return { ...secrets, ...readEnvFile(SITE_TOKEN_FILE), ...readEnvFile(SEARCH_KEY_FILE), SITE_TOKEN_FILE, ...process.env };
}
