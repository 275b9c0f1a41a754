import { describe, expect, it } from 'vitest';
import { splitSwedish } from '../../../src/morphology/index.ts';

/** The Swedish splitter with the real dictionary (dictionary-sv) and the reviewed exceptions. */
describe('splitSwedish', () => {
  it.each([
    // linking letters: s, e, a and none
    ['kompetensförsörjning', ['kompetens', 'försörjning']],
    ['affärsmodell', ['affär', 'modell']],
    ['landsbygdsföretag', ['landsbygd', 'företag']],
    ['handelsplattform', ['handel', 'plattform']],
    ['digitaliseringsprojekt', ['digitalisering', 'projekt']],
    ['företagsprofil', ['företag', 'profil']],
    ['skattemyndigheterna', ['skatte', 'myndighet']],
    ['veckorutin', ['vecko', 'rutin']],
    ['mikroföretag', ['mikro', 'företag']],
    ['småföretag', ['små', 'företag']],
    // three parts; a doubled consonant standing for three ("webb" + "butik")
    ['fraktbokningstjänst', ['frakt', 'bokning', 'tjänst']],
    ['betaltjänstleverantör', ['betal', 'tjänst', 'leverantör']],
    ['webbutik', ['webb', 'butik']],
    // three-letter parts
    ['matproducent', ['mat', 'producent']],
    ['leveranstid', ['leverans', 'tid']],
  ])('splits %s', (word, parts) => {
    expect(splitSwedish(word)?.parts).toEqual(parts);
  });

  it.each([
    ['affärsmodeller', 'modeller'],
    ['mikroföretagen', 'företagen'],
  ])('keeps the last part of %s as written too (%s)', (word, written) => {
    expect(splitSwedish(word)?.written).toBe(written);
  });

  it.each([
    // plain words and words the dictionary has no compound reading for
    'företag', 'digitalisering', 'turism', 'modell', 'app', 'kund',
    // prefixes and particles: för-, be-, ut-, över-, under-
    'försörjning', 'betalning', 'utveckling', 'överföring', 'underlag',
    // reviewed exceptions, also inflected
    'plattform', 'plattformarna', 'kombinationer', 'lagring', 'livsmedel', 'storlek', 'kommun', 'fortfarande',
  ])('does not split %s', (word) => {
    expect(splitSwedish(word)).toBeNull();
  });
});
