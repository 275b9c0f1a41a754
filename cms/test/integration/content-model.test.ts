import { describe, expect, it } from 'vitest';
import { ALL_CONTENT_TYPES } from '../../src/lib/content-types';
import { adminToken, request } from '../helpers/api';

describe('content model', () => {
  it('has every content type, localized with draft & publish', async () => {
    const token = await adminToken('strapi-super-admin');
    const res = await request('GET', '/content-type-builder/content-types', { token });
    expect(res.status).toBe(200);
    const byUid = new Map(res.body.data.map((ct: { uid: string; schema: unknown }) => [ct.uid, ct.schema]));
    for (const uid of ALL_CONTENT_TYPES) {
      const schema = byUid.get(uid) as { draftAndPublish: boolean; pluginOptions: { i18n: { localized: boolean } } } | undefined;
      expect(schema, uid).toBeDefined();
      expect(schema?.draftAndPublish, uid).toBe(true);
      expect(schema?.pluginOptions.i18n.localized, uid).toBe(true);
    }
  });

  it('has the components of articles, guides, modules and paths', async () => {
    const token = await adminToken('strapi-super-admin');
    const res = await request('GET', '/content-type-builder/components', { token });
    const uids = res.body.data.map((c: { uid: string }) => c.uid);
    expect(uids).toEqual(expect.arrayContaining([
      'content.takeaway', 'research.original-study', 'research.study-author', 'shared.industry', 'learning.guide-step', 'learning.objective', 'learning.path-step',
      'sections.text', 'sections.video', 'sections.exercise', 'sections.checklist', 'sections.knowledge-check',
    ]));
  });

  it('has Swedish as the default locale and English', async () => {
    const token = await adminToken('strapi-super-admin');
    const res = await request('GET', '/i18n/locales', { token });
    const locales = res.body.map((l: { code: string; isDefault: boolean }) => [l.code, l.isDefault]);
    expect(locales).toEqual(expect.arrayContaining([['sv', true], ['en', false]]));
    expect(locales).toHaveLength(2);
  });
});
