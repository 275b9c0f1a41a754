import { describe, expect, it } from 'vitest';
import { capText, cleanText, joinParagraphs } from '../../../src/map/text.ts';

describe('cleanText', () => {
  it.each([
    ['trims and collapses spaces per line', '  a   b \n  c  ', 'a b\nc'],
    ['keeps at most one blank line', 'a\n\n\n\nb', 'a\n\nb'],
    ['composes decomposed letters', 'o\u0308l', 'öl'],
    ['drops control and private-use characters', 'a\u0000b\uE000c', 'abc'],
    ['turns non-breaking spaces into spaces', 'a\u00A0b', 'a b'],
  ])('%s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe('joinParagraphs', () => {
  it('skips empty and missing parts', () => {
    expect(joinParagraphs(['Ett', '', null, undefined, '  ', 'Två'])).toBe('Ett\n\nTvå');
  });
});

describe('capText', () => {
  it.each([
    ['leaves short text alone', 'kort text', 20, 'kort text'],
    ['cuts at a word boundary near the limit', 'ett två tre fyra fem sex sju åtta nio tio', 40, 'ett två tre fyra fem sex sju åtta nio'],
    ['cuts inside a word when no boundary is near', 'a'.repeat(50), 20, 'a'.repeat(20)],
  ])('%s', (_name, input, max, expected) => {
    const out = capText(input, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });
});
