import { describe, expect, it } from 'vitest';
import { matchParams, RELEVANCE_TIE_BREAK } from '../../../src/query/params.ts';
import { parseSearchInput } from '../../../src/query.ts';

describe('matchParams sort', () => {
  it('by relevance, equal matches are ordered beginners first (a sort applies after attribute and proximity)', () => {
    expect(matchParams(parseSearchInput({ q: 'webbutik' })).sort).toEqual([...RELEVANCE_TIE_BREAK]);
  });

  it('without the tie-break (measuring) there is no sort', () => {
    expect(matchParams(parseSearchInput({ q: 'webbutik' }), false).sort).toBeUndefined();
  });

  it.each([
    ['newest', ['publishedAt:desc']],
    ['title', ['titleSort:asc']],
  ] as const)('a chosen sort (%s) is the sort, with no tie-break', (sort, expected) => {
    expect(matchParams(parseSearchInput({ q: 'webbutik', sort })).sort).toEqual(expected);
  });

  it('an empty query lists the newest', () => {
    expect(matchParams(parseSearchInput({ q: '' })).sort).toEqual(['publishedAt:desc']);
  });
});
