import { describe, expect, it } from 'vitest';
import { compoundTerms, termsText } from '../../../../src/query/understand/compounds.ts';

describe('compoundTerms', () => {
  it.each([
    ['sv', 'excelkurs', 'excelkurs excel kurs'],
    ['sv', 'bokföringsprogram', 'bokföringsprogram bokföring program'],
    ['sv', 'kurs', 'kurs'],
    ['sv', 'plattform', 'plattform'],
    ['sv', 'e-post', 'e-post'],
    ['en', 'spreadsheet', 'spreadsheet'],
  ] as const)('%s: %j → %j', (locale, q, expected) => {
    expect(termsText(compoundTerms(q.split(' '), locale))).toBe(expected);
  });
});
