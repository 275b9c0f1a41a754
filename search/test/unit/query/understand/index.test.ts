import { describe, expect, it } from 'vitest';
import { understandQuery } from '../../../../src/query/understand/index.ts';
import { termsText } from '../../../../src/query/understand/compounds.ts';

describe('understandQuery', () => {
  it.each([
    ['sv', 'kurs nära överkalix', 'kurs', 'kurs överkalix', 'Överkalix'],
    ['sv', 'vad finns i arjeplog', '', 'arjeplog', 'Arjeplog'],
    ['sv', 'excelkurs i överkalix', 'excelkurs excel kurs', 'excelkurs excel kurs överkalix', 'Överkalix'],
    ['sv', 'vilket bokföringsprogram ska jag välja', 'bokföringsprogram bokföring program', 'bokföringsprogram bokföring program', null],
    ['en', 'what courses are there in vilhelmina', 'courses', 'courses vilhelmina', 'Vilhelmina'],
    ['sv', '"hur gör jag"', '"hur gör jag"', '"hur gör jag"', null],
  ] as const)('%s: %j → %j (with place %j), place %s', (locale, q, text, withPlace, municipality) => {
    const understood = understandQuery(q, locale);
    expect(termsText(understood.terms)).toBe(text);
    expect(termsText(understood.termsWithPlace)).toBe(withPlace);
    expect(understood.municipality).toBe(municipality);
  });

  it('leaves each step off when asked', () => {
    const off = understandQuery('hur gör jag en excelkurs i överkalix', 'sv', { questionWords: false, places: false, compounds: false });
    expect(termsText(off.terms)).toBe('hur gör jag en excelkurs i överkalix');
    expect(off.municipality).toBeNull();
  });
});
