import { describe, expect, it } from 'vitest';
import { morphologicalQuery } from '../../../src/query/morphology.ts';

describe('morphologicalQuery', () => {
  it.each([
    ['sv', 'modeller', 'modell modeller', 'stem first; the typed form lifts literal matches and stays last (prefix)'],
    ['sv', 'Affärsmodeller', 'affärsmodell Affärsmodeller', 'case as typed for the literal form'],
    ['sv', 'turism affärsmodeller', 'turism affärsmodell affärsmodeller', 'only inflected words repeat'],
    ['sv', 'affärsmodeller turi', 'affärsmodell turi', 'a word being typed stays last'],
    ['sv', 'starta webbutik', 'start webbutik', 'verb endings too'],
    ['sv', 'företag', 'företag', 'nothing to stem'],
    ['sv', 'företagare', 'företagare', 'a derivational ending is kept'],
    ['sv', 'och modeller', 'och modell modeller', 'stop words as typed'],
    ['sv', '"nya affärsmodeller"', '"nya affärsmodeller"', 'a phrase is searched as typed'],
    ['sv', 'e-handel', 'e-handel', 'hyphenated words as typed'],
    ['en', 'models', 'model models', 'English plural'],
    ['en', 'business models rural', 'business model rural', 'English, last word not inflected'],
    ['en', 'shipping', 'shipping', 'no "-ing" stemming'],
    ['sv', '', '', 'empty query'],
    ['sv', 'ett två tre fem sex sju nio kunder kalkyler modeller', 'ett två tre fem sex sju nio kund kalkyl modell', 'no typed forms past ten words'],
  ] as const)('%s: %j → %j (%s)', (locale, q, expected, _why) => {
    expect(morphologicalQuery(q, locale)).toBe(expected);
  });

  it.each([
    ['sociala medjer', ['medjer'], 'social medjer', 'a misspelling is not stemmed ("medj" is no word) and stays last, typo-tolerant'],
    ['Medjer kunder', ['medjer'], 'Medjer kund kunder', 'compared in lower case'],
    ['sociala medier', [], 'social medi sociala medier', 'nothing misspelt: all stemmed'],
  ] as const)('as typed: %j with %j → %j (%s)', (q, asTyped, expected, _why) => {
    expect(morphologicalQuery(q, 'sv', asTyped)).toBe(expected);
  });
});
