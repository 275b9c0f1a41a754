import { describe, expect, it } from 'vitest';
import { hunspellCompoundLexicon } from '../../../src/morphology/compound-lexicon.ts';
import { splitCompound } from '../../../src/morphology/decompound.ts';
import { analyse, parseHunspell } from '../../../src/morphology/hunspell.ts';

/** A miniature of the dictionary-sv format: linking "s" (v), plural/definite (H), compound flags. */
const AFF = `SET UTF-8
# comment
COMPOUNDBEGIN X
COMPOUNDMIDDLE U
COMPOUNDEND Y
ONLYINCOMPOUND Z
FORBIDDENWORD %

SFX v Y 2
SFX v a s/WXZ a
SFX v 0 s/WXZ [^a]

SFX H Y 2
SFX H 0 er .
SFX H 0 en .
`;
const DIC = `6
affär/vY
modell/HXY
vara/v
Luleå/X
ad hoc
fel/%`;

const hunspell = parseHunspell(AFF, DIC);

describe('parseHunspell', () => {
  it('reads the compound flags and the words, lower-cased, without forbidden or multi-word entries', () => {
    expect(hunspell.compound).toEqual({ begin: 'X', middle: 'U', end: 'Y', onlyInCompound: 'Z', forbidden: '%' });
    expect([...hunspell.words.keys()]).toEqual(['affär', 'modell', 'vara', 'luleå']);
  });

  it.each([
    ['modeller', 'modell', 'er'],
    ['modellen', 'modell', 'en'],
    ['affärs', 'affär', 's'],
    ['varus', null, null],
    ['vars', 'vara', 's'],
  ])('analyses %s as %s + %s', (form, word, add) => {
    const readings = analyse(hunspell, form).filter((a) => a.rule);
    expect(readings[0]?.word ?? null).toBe(word);
    expect(readings[0]?.rule?.add ?? null).toBe(add);
  });
});

describe('hunspellCompoundLexicon + splitCompound', () => {
  const lexicon = hunspellCompoundLexicon(hunspell);
  const options = { minPart: 3, minHead: 3, maxParts: 4, keep: new Set<string>(), particles: new Set<string>() };

  it.each([
    ['affärsmodeller', ['affär', 'modell'], 'modeller'],
    ['luleåmodell', ['luleå', 'modell'], 'modell'],
    ['modellaffär', ['modell', 'affär'], 'affär'],
    ['varsmodellen', ['vara', 'modell'], 'modellen'],
  ])('splits %s', (word, parts, written) => {
    expect(splitCompound(word, lexicon, options)).toEqual({ parts, written });
  });

  it.each(['affärsvara', 'affärmodell', 'modell', 'affärsfel'])('does not split %s (no such compound in the dictionary)', (word) => {
    expect(splitCompound(word, lexicon, options)).toBeNull();
  });
});
