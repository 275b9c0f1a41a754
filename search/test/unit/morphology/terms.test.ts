import { describe, expect, it } from 'vitest';
import { inflectionStem, morphologyTerms } from '../../../src/morphology/index.ts';

describe('inflectionStem', () => {
  it.each([
    ['modeller', 'modell'], ['modellen', 'modell'], ['modellens', 'modell'], ['affärsmodeller', 'affärsmodell'],
    ['företagen', 'företag'], ['turismen', 'turism'], ['plattformar', 'plattform'], ['kunderna', 'kund'],
  ])('sv: %s → %s', (word, stem) => {
    expect(inflectionStem(word, 'sv')).toBe(stem);
  });

  it.each([['models', 'model'], ['companies', 'compani'], ['firms', 'firm'], ['owners', 'owner']])('en: %s → %s', (word, stem) => {
    expect(inflectionStem(word, 'en')).toBe(stem);
  });

  it.each([
    ['sv', 'modell', 'already a stem'],
    ['sv', 'företagare', 'derivational "-are" (not "företag")'],
    ['sv', 'bredbandet', 'Snowball cuts "-andet" where "bredband" keeps it'],
    ['sv', 'dessa', 'a stop word'],
    ['sv', 'ai', 'shorter than three letters'],
    ['en', 'shipping', '"-ing" ("ship")'],
    ['en', 'booked', '"-ed"'],
  ] as const)('%s: %s has no stem of its own (%s)', (locale, word, _why) => {
    expect(inflectionStem(word, locale)).toBeNull();
  });
});

describe('morphologyTerms', () => {
  it('feeds Swedish compound parts and the stems of words and parts', () => {
    const terms = morphologyTerms('Digitaliseringsprojekt för småföretag. Kompetensförsörjning och affärsmodeller för mikroföretag.', 'sv');
    expect(terms.compoundParts).toEqual(expect.arrayContaining([
      'digitalisering', 'projekt', 'små', 'företag', 'kompetens', 'försörjning', 'affär', 'modell', 'modeller', 'mikro',
    ]));
    expect(terms.stems).toEqual(expect.arrayContaining(['affärsmodell']));
    expect(terms.stems).not.toContain('modeller');
  });

  it('lists each term once, sorted', () => {
    const terms = morphologyTerms('Affärsmodeller, affärsmodellen och affärsmodell.', 'sv');
    expect(terms.compoundParts).toEqual(['affär', 'modell', 'modellen', 'modeller']);
    expect(terms.stems).toEqual(['affärsmodell', 'modell']);
  });

  it('feeds English stems only: English compounds are written apart', () => {
    const terms = morphologyTerms('Business models for micro-firms and their owners', 'en');
    expect(terms.compoundParts).toEqual([]);
    expect(terms.stems).toEqual(['firm', 'model', 'owner']);
  });

  it('adds nothing for text without compounds or inflections', () => {
    expect(morphologyTerms('AI och turism', 'sv')).toEqual({ compoundParts: [], stems: [] });
  });
});
