import { describe, expect, it } from 'vitest';
import { buildFilter, quoteFilterValue } from '../../../src/query/filters.ts';

describe('quoteFilterValue', () => {
  it.each([
    ['a plain value', 'guide', '"guide"'],
    ['å/ä/ö and spaces', 'Övre Norrland', '"Övre Norrland"'],
    ['a double quote', 'say "hi"', '"say \\"hi\\""'],
    ['a backslash', 'a\\b', '"a\\\\b"'],
    ['a backslash before a quote', '\\"', '"\\\\\\""'],
    ['an attempt to close the literal', '" OR type = "x', '"\\" OR type = \\"x"'],
    ['reserved words', 'AND OR TO EXISTS NOT IN', '"AND OR TO EXISTS NOT IN"'],
    ['filter punctuation', 'x) OR (y', '"x) OR (y"'],
  ])('quotes %s', (_name, value, expected) => {
    expect(quoteFilterValue(value)).toBe(expected);
  });

  it.each(['" OR type = "x', '\\" OR 1 = 1 OR \\"', 'x" OR municipality EXISTS OR "', '\\\\"', '"'])(
    'never lets %j end the literal early',
    (value) => {
      const quoted = quoteFilterValue(value);
      // Strip escaped pairs; what is left must be exactly the opening and the closing quote.
      const unescaped = quoted.slice(1, -1).replace(/\\[\\"]/g, '');
      expect(unescaped).not.toMatch(/["\\]/);
    },
  );
});

describe('buildFilter', () => {
  it('is empty without values', () => {
    expect(buildFilter({})).toEqual([]);
    expect(buildFilter({ level: [] })).toEqual([]);
  });

  it('ANDs attributes and ORs the values of one attribute, deduplicated', () => {
    expect(buildFilter({ type: ['guide', 'research-article', 'guide'], level: ['beginner'] })).toEqual([
      ['type = "guide"', 'type = "research-article"'],
      ['level = "beginner"'],
    ]);
  });

  it('emits only whitelisted attribute names', () => {
    const sneaky = { type: ['guide'], 'type = "x" OR level': ['y'] };
    expect(buildFilter(sneaky)).toEqual([['type = "guide"']]);
  });
});
