import { describe, expect, it } from 'vitest';
import { expandSynonyms } from '../../../src/lexicon/expand.ts';
import type { Locale } from '../../../src/vocabulary.ts';

describe('expandSynonyms', () => {
  it.each<[string, Locale, string, string[]]>([
    ['a plain mention', 'sv', 'Starta en webbutik', ['nätbutik', 'e-handel', 'webshop']],
    ['a definite form', 'sv', 'Webbutiken är öppen', ['nätbutik']],
    ['a plural definite form', 'sv', 'Alla lärcentrumen i länet', ['lärcentra', 'studiecentrum']],
    ['upper case and å/ä/ö', 'sv', 'BOKFÖRING för alla', ['redovisning']],
    ['a hyphenated compound start', 'sv', 'Nya AI-verktyg', ['artificiell intelligens']],
    ['a multi-word term across a line break', 'sv', 'artificiell\nintelligens', ['ai']],
    ['an English plural', 'en', 'Two web shops', ['e-commerce', 'online store']],
  ])('expands %s', (_name, locale, text, expected) => {
    expect(expandSynonyms(text, locale)).toEqual(expect.arrayContaining(expected));
  });

  it.each<[string, Locale, string, string]>([
    ['a term inside a longer word', 'sv', 'Mjölkproduktion i glesbygdsskolor', 'glesbygd'],
    ['a word that only starts like a term', 'sv', 'Fiberoptik', 'fiber'],
    ['a Swedish term in English text', 'en', 'nätbutik', 'e-commerce'],
    ['"ai" inside "said"', 'en', 'she said so', 'artificial intelligence'],
  ])('ignores %s', (_name, locale, text, term) => {
    expect(expandSynonyms(text, locale)).not.toContain(term);
  });

  it('returns sorted, unique terms', () => {
    const terms = expandSynonyms('webbutik och nätbutik', 'sv');
    expect(terms).toEqual([...new Set(terms)].sort());
  });
});
