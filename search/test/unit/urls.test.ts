import { describe, expect, it } from 'vitest';
import { contentUrl, ROUTES } from '../../src/urls.ts';
import type { ContentType, Locale } from '../../src/vocabulary.ts';

describe('contentUrl', () => {
  it.each<[ContentType, Locale, string, string]>([
    ['research-article', 'sv', 'frakt', '/artiklar/frakt'],
    ['guide', 'sv', 'starta-en-webbutik', '/guider/starta-en-webbutik'],
    ['course-module', 'sv', 'workshop', '/kurser/workshop'],
    ['learning-path', 'sv', 'salj-pa-natet', '/larstigar/salj-pa-natet'],
    ['research-article', 'en', 'shipping', '/en/articles/shipping'],
    ['guide', 'en', 'start-a-web-shop', '/en/guides/start-a-web-shop'],
    ['course-module', 'en', 'workshop', '/en/modules/workshop'],
    ['learning-path', 'en', 'sell-online', '/en/learning-paths/sell-online'],
  ])('%s in %s', (type, locale, slug, expected) => {
    expect(contentUrl(type, locale, slug)).toBe(expected);
  });

  it('encodes a slug that is not URL-safe', () => {
    expect(contentUrl('guide', 'sv', 'a b/c')).toBe('/guider/a%20b%2Fc');
  });

  it('keeps English routes under /en and Swedish ones unprefixed', () => {
    for (const path of Object.values(ROUTES.en)) expect(path.startsWith('/en/')).toBe(true);
    for (const path of Object.values(ROUTES.sv)) expect(path.startsWith('/en/')).toBe(false);
  });
});
