import { describe, expect, it } from 'vitest';
import { clientFromEnv } from '../../src/client.ts';

const base = { MEILI_URL: 'http://127.0.0.1:7700', MEILI_MASTER_KEY: 'a-master-key-of-32-characters-xx', MEILI_SEARCH_KEY: 'search-key' };

describe('clientFromEnv', () => {
  it('uses the master key for admin work and the default prefix', () => {
    const { client, prefix } = clientFromEnv('admin', base);
    expect(client.config.apiKey).toBe(base.MEILI_MASTER_KEY);
    expect(prefix).toBe('content');
  });

  it('uses the search key for searching, with a configured prefix', () => {
    const { client, prefix } = clientFromEnv('search', { ...base, MEILI_INDEX_PREFIX: 'staging' });
    expect(client.config.apiKey).toBe('search-key');
    expect(prefix).toBe('staging');
  });

  it.each([
    ['no MEILI_URL', 'admin', { MEILI_MASTER_KEY: base.MEILI_MASTER_KEY }, /MEILI_URL/],
    ['a MEILI_URL that is not http', 'admin', { ...base, MEILI_URL: 'ftp://x' }, /MEILI_URL/],
    ['a short master key', 'admin', { ...base, MEILI_MASTER_KEY: 'short' }, /MEILI_MASTER_KEY/],
    ['no master key for admin', 'admin', { MEILI_URL: base.MEILI_URL }, /MEILI_MASTER_KEY is not set/],
    ['no search key for search', 'search', { MEILI_URL: base.MEILI_URL }, /MEILI_SEARCH_KEY is not set/],
    ['a bad prefix', 'search', { ...base, MEILI_INDEX_PREFIX: 'a b' }, /MEILI_INDEX_PREFIX/],
  ] as const)('throws naming the variable for %s', (_name, role, env, message) => {
    expect(() => clientFromEnv(role, env)).toThrow(message);
  });
});
