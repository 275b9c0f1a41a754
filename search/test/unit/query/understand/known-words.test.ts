import { describe, expect, it } from 'vitest';
import { knownText, misspeltWords, withModifiers, type WordKnowledge } from '../../../../src/query/understand/known-words.ts';

const term = (word: string, ...parts: string[]) => ({ word, parts });
const exact: WordKnowledge = { exact: true, close: true, loose: true, documents: 5 };
const close: WordKnowledge = { exact: false, close: true, loose: true, documents: 5 };
const loose: WordKnowledge = { exact: false, close: false, loose: true, documents: 5 };
const none: WordKnowledge = { exact: false, close: false, loose: false, documents: 0 };

describe('knownText', () => {
  const knowledge = new Map([
    ['bokföringsprogram', exact], ['bokföring', exact], ['program', exact], ['excel', exact], ['kurs', exact],
    ['lösenord', exact], ['konstigt', none], ['excelkurs', none], ['programmera', loose], ['medjer', loose], ['webbutik', exact], ['bookeeping', close],
  ]);
  it.each([
    ['a known compound is asked as written', [term('bokföringsprogram', 'bokföring', 'program')], 'bokföringsprogram'],
    ['an unknown compound by its known parts', [term('excelkurs', 'excel', 'kurs')], 'excel kurs'],
    ['unknown words are dropped', [term('konstigt'), term('lösenord')], 'lösenord'],
    ['a word two typos from any goes when another is known as written', [term('webbutik'), term('programmera')], 'webbutik'],
    ['one typo away, it stays', [term('bookeeping'), term('lösenord')], 'bookeeping lösenord'],
    ['…and stays when none is (it may be a typo)', [term('medjer'), term('konstigt')], 'medjer'],
    ['nothing known: asked as typed', [term('konstigt'), term('excelkurs', 'exc')], 'konstigt excelkurs'],
  ] as const)('%s', (_why, terms, expected) => {
    expect(knownText(terms, knowledge)).toBe(expected);
  });
});

describe('withModifiers', () => {
  const knowledge = new Map([
    ['bokföringsprogram', exact], ['bokföring', exact], ['program', exact], ['excel', exact], ['kurs', exact], ['excelkurs', none],
    ['webbutik', exact], ['webb', exact], ['butik', exact], ['säkerhetskopiering', exact], ['säkerhet', exact], ['kopiering', none],
  ]);
  it.each([
    ['a known compound is also asked by its first part, last', 'bokföringsprogram välja', [term('bokföringsprogram', 'bokföring', 'program'), term('välja')], 'bokföringsprogram välja bokföring'],
    ['only the first part, even when the last is known too', 'säkerhetskopiering', [term('säkerhetskopiering', 'säkerhet', 'kopiering')], 'säkerhetskopiering säkerhet'],
    ['a compound asked by its parts already has them', 'excel kurs', [term('excelkurs', 'excel', 'kurs')], 'excel kurs'],
    ['a short first part says little', 'webbutik', [term('webbutik', 'webb', 'butik')], 'webbutik'],
    ['a word without parts adds nothing', 'lösenord', [term('lösenord')], 'lösenord'],
    ['a part already asked is not asked twice', 'bokföringsprogram bokföring', [term('bokföringsprogram', 'bokföring', 'program'), term('bokföring')], 'bokföringsprogram bokföring'],
  ] as const)('%s', (_why, text, terms, expected) => {
    expect(withModifiers(text, terms, knowledge)).toBe(expected);
  });
});

describe('misspeltWords', () => {
  const knowledge = new Map([['sociala', exact], ['medjer', close], ['programmera', loose], ['konstigt', none]]);
  it.each([
    ['sociala medjer', ['medjer']],
    ['Sociala Medjer programmera', ['Medjer', 'programmera']],
    ['sociala konstigt', []],
    ['okänt', []],
  ] as const)('%j → %j', (text, expected) => {
    expect(misspeltWords(text, knowledge)).toEqual(expected);
  });
});
