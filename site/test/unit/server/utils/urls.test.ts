import { contentUrl } from '@kunskapsnavet/search';
import { describe, expect, it } from 'vitest';
import { alternates } from '../../../../server/graphql/common';
import { pageUrl, sectionUrl } from '../../../../server/utils/urls';

describe('pageUrl', () => {
  it.each([
    ['topics-slug', 'sv', 'e-handel', '/amnen/e-handel'],
    ['topics-slug', 'en', 'e-commerce', '/en/topics/e-commerce'],
    ['centres-slug', 'en', 'overkalix', '/en/learning-centres/overkalix'],
    ['authors-slug', 'sv', 'anna-lindqvist', '/forfattare/anna-lindqvist'],
    ['index', 'sv', '', '/'],
    ['index', 'en', '', '/en'],
    ['search', 'en', '', '/en/search'],
    ['my-learning', 'sv', '', '/mitt-larande'],
  ] as const)('%s %s %s → %s', (page, locale, slug, url) => {
    expect(pageUrl(page, locale, slug)).toBe(url);
  });
});

describe('sectionUrl (matches the search library routes)', () => {
  it.each([
    ['research-article', 'sv', '/artiklar'],
    ['guide', 'en', '/en/guides'],
    ['course-module', 'sv', '/kurser'],
    ['learning-path', 'en', '/en/learning-paths'],
  ] as const)('%s %s', (type, locale, url) => {
    expect(sectionUrl(type, locale)).toBe(url);
    expect(contentUrl(type, locale, 'x')).toBe(`${url}/x`);
  });
});

describe('alternates (language switch targets)', () => {
  it.each([
    ['translated', 'sv', [{ locale: 'en', slug: 'start-a-web-shop' }], { sv: '/guider/starta-webbutik', en: '/en/guides/start-a-web-shop' }],
    ['no translation', 'sv', [], { sv: '/guider/starta-webbutik', en: null }],
    ['from English', 'en', [{ locale: 'sv', slug: 'starta-webbutik' }], { sv: '/guider/starta-webbutik', en: '/en/guides/starta-webbutik' }],
  ] as const)('%s', (_, locale, localizations, expected) => {
    expect(alternates('guide', locale, 'starta-webbutik', [...localizations])).toEqual(expected);
  });
});
