import { describe, expect, it } from 'vitest';
import { FACET_NAMES, indexSettings } from '../../src/settings.ts';
import { SearchDocumentSchema } from '../../src/document.ts';

describe('indexSettings', () => {
  it.each([
    ['sv', 'swe'],
    ['en', 'eng'],
  ] as const)('tokenises %s content as %s', (locale, code) => {
    expect(indexSettings(locale).localizedAttributes).toEqual([{ attributePatterns: ['*'], locales: [code] }]);
  });

  it('ranks title first, then the text, then synonym expansions, compound parts and stems', () => {
    const searchable = indexSettings('sv').searchableAttributes ?? [];
    expect(searchable.slice(0, 3)).toEqual(['title', 'summary', 'topics']);
    expect(searchable.slice(-4)).toEqual(['body', 'synonymTerms', 'compoundParts', 'stems']);
  });

  it('names only attributes that exist on a search document', () => {
    const fields = Object.keys(SearchDocumentSchema.shape);
    const settings = indexSettings('sv');
    for (const name of [...(settings.searchableAttributes ?? []), ...(settings.displayedAttributes ?? []), ...FACET_NAMES, 'publishedAt', 'title']) {
      expect(fields).toContain(name);
    }
  });

  it('carries each language its own synonyms and stop words', () => {
    expect(indexSettings('sv').synonyms?.['nätbutik']).toContain('webbutik');
    expect(indexSettings('en').synonyms?.['web shop']).toContain('e-commerce');
    expect(indexSettings('sv').stopWords).toContain('och');
    expect(indexSettings('en').stopWords).toContain('the');
  });

  it.each(['synonymTerms', 'compoundParts', 'stems', 'titleSort'])('does not display %s', (attribute) => {
    expect(indexSettings('sv').displayedAttributes).not.toContain(attribute);
    expect(indexSettings('en').displayedAttributes).not.toContain(attribute);
  });
});
