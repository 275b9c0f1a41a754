import { describe, expect, it } from 'vitest';
import { findPlace, foldDiacritics, MUNICIPALITIES } from '../../../../src/query/understand/places.ts';

describe('findPlace', () => {
  it.each([
    ['kurs nära överkalix', 'Överkalix', 'kurs nära'],
    ['finns det nån kurs i overkalix', 'Överkalix', 'finns det nån kurs i'],
    ['Arjeplogs lärcentrum', 'Arjeplog', 'lärcentrum'],
    ['ai kurs vilhelmina', 'Vilhelmina', 'ai kurs'],
    ['courses in LULEA', 'Luleå', 'courses in'],
    ['storuman', 'Storuman', ''],
  ] as const)('%j → %s + %j', (q, municipality, rest) => {
    expect(findPlace(q.split(' '), 'sv')).toEqual({ municipality, words: rest.split(' ').filter(Boolean) });
  });

  it.each([['kurs i stockholm'], ['bokföring'], ['kalixlax']])('%j names no municipality of the region', (q) => {
    expect(findPlace(q.split(' '), 'sv')).toBeNull();
  });

  it('knows the 29 municipalities of Norrbotten and Västerbotten', () => {
    expect(new Set(MUNICIPALITIES).size).toBe(29);
    expect(foldDiacritics('Åsele Älvsbyn Övertorneå')).toBe('Asele Alvsbyn Overtornea');
  });
});
