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

  it.each([
    ['the example database password', { DATABASE_CLIENT: 'postgres', DATABASE_PASSWORD: 'change-me-database-password' }, ['DATABASE_PASSWORD']],
    ['no database password', { DATABASE_CLIENT: 'postgres' }, ['DATABASE_PASSWORD']],
    ['an example password inside DATABASE_URL', { DATABASE_CLIENT: 'postgres', DATABASE_URL: 'postgres://kn:change-me-database-password@db/kn' }, ['DATABASE_URL']],
    ['the example site token', { SITE_API_TOKEN: 'change-me-site-api-token' }, ['SITE_API_TOKEN']],
    ['a short preview token', { SITE_PREVIEW_TOKEN: 'abc' }, ['SITE_PREVIEW_TOKEN']],
    ['a strong database password and tokens', { DATABASE_CLIENT: 'postgres', DATABASE_PASSWORD: strong, SITE_API_TOKEN: strong, SITE_PREVIEW_TOKEN: strong }, []],
  ])('refuses %s', (_name, extra, names) => {
    expect(weakSecrets({ ...allStrong, ...extra } as NodeJS.ProcessEnv)).toEqual(names);
  });

  it('refuses production with a clear message naming the variables', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'production', ...allStrong, ADMIN_JWT_SECRET: 'example' })).toThrow(/ADMIN_JWT_SECRET.*openssl rand/);
  });

  it('does not check outside production', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'development' })).not.toThrow();
  });
});
