import { SearchInputSchema } from '@kunskapsnavet/search';
import { describe, expect, it } from 'vitest';
import { isSearchMiss } from '../../../../server/utils/search-misses';

const query = (input: Record<string, unknown>) => SearchInputSchema.parse(input);

describe('isSearchMiss', () => {
  it.each([
    ['words, nothing found', { q: 'renskötsel' }, 0, true],
    ['words, something found', { q: 'webbutik' }, 3, false],
    ['no words', { q: '' }, 0, false],
    ['only spaces', { q: '   ' }, 0, false],
    ['a filter', { q: 'renskötsel', type: 'guide' }, 0, false],
    ['page 2', { q: 'renskötsel', page: '2' }, 0, false],
    ['a place', { q: 'turism Arjeplog' }, 0, true],
    ['a full name', { q: 'Anna Lindqvist' }, 0, false],
    ['an e-mail address', { q: 'anna@firma.se' }, 0, false],
  ])('%s → %s', (_, input, total, miss) => {
    expect(isSearchMiss(query(input), total)).toBe(miss);
  });
});
