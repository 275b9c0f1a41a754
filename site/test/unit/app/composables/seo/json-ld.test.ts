import { describe, expect, it } from 'vitest';
import { blocksText, isoDuration, itemListJsonLd, articleJsonLd, studyJsonLd } from '~/composables/seo/json-ld';
import { jsonLdText } from '~/composables/seo/usePageSeo';
import { switchTarget } from '~/composables/seo/alternates';

describe('isoDuration', () => {
  it.each([[0, 'PT0M'], [45, 'PT45M'], [60, 'PT1H'], [135, 'PT2H15M']])('%i → %s', (minutes, iso) => {
    expect(isoDuration(minutes)).toBe(iso);
  });
});

describe('blocksText', () => {
  it('flattens paragraphs, links and lists', () => {
    expect(blocksText([
      { type: 'paragraph', children: [{ type: 'text', text: 'Read ' }, { type: 'link', url: 'https://x', children: [{ type: 'text', text: 'this' }] }] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'one' }] }, { type: 'list-item', children: [{ type: 'text', text: 'two' }] }] },
      { type: 'image', image: { url: '/a.png' } },
    ])).toBe('Read this\none\ntwo');
  });
});

describe('jsonLdText', () => {
  it('cannot close its script element', () => {
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

describe('itemListJsonLd', () => {
  it('numbers items and makes URLs absolute', () => {
    const list = itemListJsonLd('Path', [{ type: 'guide', documentId: 'a', title: 'A', summary: null, url: '/guider/a', minutes: 5 }], 'https://kn.example');
    expect(list.itemListElement).toEqual([{ '@type': 'ListItem', position: 1, name: 'A', url: 'https://kn.example/guider/a' }]);
  });
});

describe('switchTarget (language switch)', () => {
  it.each([
    ['translated item', { sv: '/guider/a', en: '/en/guides/a' }, 'en', '/en/guides', '/en/guides/a'],
    ['untranslated: its section with a notice', { sv: '/guider/a', en: null }, 'en', '/en/guides', '/en/guides?untranslated=1'],
    ['untranslated, no section: home', { sv: null, en: '/en/topics/x' }, 'sv', null, '/'],
  ] as const)('%s', (_, alternates, target, section, href) => {
    expect(switchTarget(alternates, target, section, target === 'sv' ? '/' : '/en')).toBe(href);
  });
});

describe('articleJsonLd', () => {
  const study = {
    authors: ['Shakked Noy', 'Whitney Zhang'], year: 2023, title: 'Experimental evidence', venue: 'Science 381(6654), 187–192',
    doi: '10.1126/science.adh2586', openAccess: false, link: 'https://doi.org/10.1126/science.adh2586',
  };
  const article = { title: 'Generativ AI', summary: 'Kort.', publishedAt: null, updatedAt: null, summarisers: [{ name: 'Johan Holmberg', isExample: true }], study };

  it('names the summariser as author and the study, with its own authors, as isBasedOn and citation', () => {
    const ld = articleJsonLd(article, 'https://x.example/artiklar/ai', 'sv');
    expect(ld.author).toEqual([{ '@type': 'Person', name: 'Johan Holmberg', description: expect.stringContaining('Example person') }]);
    expect(ld.isBasedOn).toEqual(ld.citation);
    expect(ld.isBasedOn).toMatchObject({
      '@type': 'ScholarlyArticle', name: 'Experimental evidence', datePublished: '2023', isAccessibleForFree: false,
      author: [{ '@type': 'Person', name: 'Shakked Noy' }, { '@type': 'Person', name: 'Whitney Zhang' }],
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1126/science.adh2586' },
    });
  });

  it.each(['OECD', 'Internetstiftelsen', 'European Union Agency for Cybersecurity (ENISA)', 'Post- och telestyrelsen (PTS)'])('calls %s an organisation', (name) => {
    expect(studyJsonLd({ ...study, authors: [name] }).author).toEqual([{ '@type': 'Organization', name }]);
  });

  it('leaves the study out when the article names none', () => {
    expect(articleJsonLd({ ...article, study: null }, 'https://x.example/a', 'en')).not.toHaveProperty('citation');
  });
});
