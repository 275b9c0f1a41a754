import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../../../scripts/src/lib/env-file';
import { weakSiteSecrets } from '../../../server/utils/production-secrets';

const token = 'a'.repeat(64);
const key = 'k'.repeat(64);

describe('weakSiteSecrets', () => {
  it.each([
    ['all set, no preview', { strapiToken: token, meiliSearchKey: key, previewSecret: '', strapiPreviewToken: '' }, []],
    ['missing token and key', { strapiToken: '', meiliSearchKey: '', previewSecret: '', strapiPreviewToken: '' }, ['NUXT_STRAPI_TOKEN', 'NUXT_MEILI_SEARCH_KEY']],
    ['example values', { strapiToken: 'change-me-site-api-token', meiliSearchKey: 'change-me-meili-search-key', previewSecret: '', strapiPreviewToken: '' }, ['NUXT_STRAPI_TOKEN', 'NUXT_MEILI_SEARCH_KEY']],
    ['half a preview pair', { strapiToken: token, meiliSearchKey: key, previewSecret: 's'.repeat(32), strapiPreviewToken: '' }, ['NUXT_STRAPI_PREVIEW_TOKEN']],
    ['a full preview pair', { strapiToken: token, meiliSearchKey: key, previewSecret: 's'.repeat(32), strapiPreviewToken: token }, []],
  ])('%s', (_name, config, expected) => expect(weakSiteSecrets(config)).toEqual(expected));
});

describe('the deployment .env.example', () => {
  it('is refused as it stands: every secret the site gets from it (through docker-compose.yml) is an example or empty', () => {
    const example = parseEnv(fs.readFileSync(new URL('../../../../.env.example', import.meta.url), 'utf8'));
    const config = { strapiToken: example.SITE_API_TOKEN ?? '', meiliSearchKey: example.MEILI_SEARCH_KEY ?? '', previewSecret: example.NUXT_PREVIEW_SECRET ?? '', strapiPreviewToken: example.SITE_PREVIEW_TOKEN ?? '' };
    expect(weakSiteSecrets(config)).toEqual(['NUXT_STRAPI_TOKEN', 'NUXT_MEILI_SEARCH_KEY']);
    expect(weakSiteSecrets({ ...config, previewSecret: 'change-me-preview-secret', strapiPreviewToken: 'change-me-site-preview-token' })).toContain('NUXT_PREVIEW_SECRET');
  });
});
