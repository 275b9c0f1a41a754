import { describe, expect, it } from 'vitest';
import { STOP_WORDS, SYNONYM_GROUPS, synonymMap } from '../../../src/lexicon/index.ts';
import { LOCALES } from '../../../src/vocabulary.ts';

describe.each(LOCALES)('lexicon (%s)', (locale) => {
  const groups = SYNONYM_GROUPS[locale];

  it('has at least 30 synonym groups of at least two terms', () => {
    expect(groups.length).toBeGreaterThanOrEqual(30);
    for (const group of groups) expect(group.length).toBeGreaterThanOrEqual(2);
  });

  it('writes terms lower case, trimmed, single-spaced and unique within a group', () => {
    for (const group of groups) {
      for (const term of group) expect(term).toBe(term.toLowerCase().trim().replace(/\s+/g, ' '));
      expect(new Set(group).size).toBe(group.length);
    }
  });

  it('never makes a stop word unsearchable through a synonym', () => {
    const stop = new Set(STOP_WORDS[locale]);
    for (const term of groups.flat()) expect(stop.has(term)).toBe(false);
  });

  it('keeps domain words out of the stop words', () => {
    expect(STOP_WORDS[locale]).not.toContain(locale === 'sv' ? 'vara' : 'it');
    expect(STOP_WORDS[locale]).not.toContain('e');
    expect(STOP_WORDS[locale]).not.toContain('ai');
  });
});

describe('synonymMap', () => {
  it('maps every term of a group to all the others', () => {
    expect(synonymMap([['a', 'b', 'c']])).toEqual({ a: ['b', 'c'], b: ['a', 'c'], c: ['a', 'b'] });
  });

  it('merges a term that appears in two groups', () => {
    expect(synonymMap([['a', 'b'], ['a', 'c']]).a).toEqual(['b', 'c']);
  });

  it('covers the Swedish e-commerce words', () => {
    const map = synonymMap(SYNONYM_GROUPS.sv);
    expect(map['webbutik']).toEqual(expect.arrayContaining(['e-handel', 'näthandel', 'nätbutik', 'webshop']));
    expect(map['ai']).toContain('artificiell intelligens');
    expect(map['affärsmodell']).toContain('business model');
  });
});
