import { describe, expect, it } from 'vitest';
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
