import { describe, expect, it } from 'vitest';
import { knownText } from '../../../../src/query/understand/known-words.ts';

const term = (word: string, ...parts: string[]) => ({ word, parts });

describe('knownText', () => {
  const counts = new Map([['bokföringsprogram', 4], ['bokföring', 9], ['program', 3], ['excel', 2], ['kurs', 12], ['lösenord', 8], ['konstigt', 0], ['excelkurs', 0]]);
  it.each([
    ['a known compound is asked as written', [term('bokföringsprogram', 'bokföring', 'program')], 'bokföringsprogram'],
    ['an unknown compound by its known parts', [term('excelkurs', 'excel', 'kurs')], 'excel kurs'],
    ['unknown words are dropped', [term('konstigt'), term('lösenord')], 'lösenord'],
    ['nothing known: asked as typed', [term('konstigt'), term('excelkurs', 'exc')], 'konstigt excelkurs'],
  ] as const)('%s', (_why, terms, expected) => {
    expect(knownText(terms, counts)).toBe(expected);
  });
});
