import { describe, expect, it } from 'vitest';
import { looksLikeName, looksPersonal } from '../src/personal.ts';

describe('looksPersonal', () => {
  it.each([
    ['Anna Lindqvist', true],
    ['bokföring Anna Lindqvist', true],
    ['Anna-Karin Öberg', true],
    ['Per Åström ekonomi', true],
    ['Olle McDonald', true],
    ['anna.berg@firma.se', true],
    ['ring 070-123 45 67', true],
    ['19800101-1234', true],
    ['order 123456789', true],
    ['Arjeplog', false],
    ['turism i Arjeplog', false],
    ['Sälja online', false],
    ['GDPR EU', false],
    ['E-handel för hantverkare', false],
    ['anna lindqvist', false],
    ['bokslut 2024', false],
  ])('%j → %s', (q, expected) => expect(looksPersonal(q)).toBe(expected));

  it('a name is two capitalised words in a row, not two capitals far apart', () => {
    expect(looksLikeName('Kiruna och Gällivare')).toBe(false);
    expect(looksLikeName('Kiruna Gällivare')).toBe(true);
  });
});
