import { describe, expect, it } from 'vitest';
import { assertProductionSecrets, weakSecrets, REQUIRED_PRODUCTION_SECRETS } from '../../src/lib/secrets';

const strong = 'k3V9q2X7mZ4pL8sR1tY6wB0nH5cF2dJa';
const allStrong = Object.fromEntries(REQUIRED_PRODUCTION_SECRETS.map((n) => [n, n === 'APP_KEYS' ? `${strong},${strong}x` : strong]));

describe('production secrets', () => {
  it.each([
    ['missing', {}, REQUIRED_PRODUCTION_SECRETS.length],
    ['all strong', allStrong, 0],
    ['example value', { ...allStrong, JWT_SECRET: 'change-me-to-a-long-random-string' }, 1],
    ['too short', { ...allStrong, API_TOKEN_SALT: 'short' }, 1],
    ['one weak app key', { ...allStrong, APP_KEYS: `${strong},tobemodified` }, 1],
  ])('%s', (_name, env, weakCount) => {
    expect(weakSecrets(env as NodeJS.ProcessEnv)).toHaveLength(weakCount);
  });

  it('refuses production with a clear message naming the variables', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'production', ...allStrong, ADMIN_JWT_SECRET: 'example' })).toThrow(/ADMIN_JWT_SECRET.*openssl rand/);
  });

  it('does not check outside production', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'development' })).not.toThrow();
  });
});
