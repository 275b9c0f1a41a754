import { describe, expect, it } from 'vitest';
import { generateSecrets } from '../../src/lib/env-file.ts';
import { withoutCmsSecrets } from '../../src/lib/process-env.ts';
import { siteEnv } from '../../src/lib/site.ts';

describe('the site process environment', () => {
  it('carries none of the CMS secrets nor the Meilisearch master key', () => {
    const secrets = generateSecrets();
    const inherited = withoutCmsSecrets({ PATH: '/bin', ...secrets, DATABASE_PASSWORD: 'pw-pw-pw-pw-pw-pw', SITE_API_TOKEN: 't'.repeat(64), STRAPI_API_TOKEN: 's'.repeat(64) });
    const env = { ...inherited, ...siteEnv({ host: '0.0.0.0', port: 3000, siteUrl: 'http://x', cmsUrl: 'http://c', strapiToken: 'tok', meiliUrl: 'http://m', meiliSearchKey: 'search-only' }) };
    // The preview and cache-invalidation signing secrets are the site's too (passed explicitly by siteEnv); every
    // other one stays with the CMS.
    const shared = new Set(['NUXT_PREVIEW_SECRET', 'NUXT_CACHE_INVALIDATION_SECRET']);
    for (const [name, value] of Object.entries(secrets).filter(([n]) => !shared.has(n))) {
      expect(env[name], name).toBeUndefined();
      expect(Object.values(env), name).not.toContain(value);
    }
    expect(env.DATABASE_PASSWORD).toBeUndefined();
    expect(env.SITE_API_TOKEN).toBeUndefined();
    expect(env.NUXT_STRAPI_TOKEN).toBe('tok');
    expect(env.PATH).toBe('/bin');
  });
});
