import type { Locale } from '../vocabulary.ts';
import { hunspellCompoundLexicon, type CompoundLexicon } from './compound-lexicon.ts';
import { splitCompound, type Compound, type SplitOptions } from './decompound.ts';
import { swedishDictionary } from './dictionary-sv.ts';
import { KEEP_WHOLE, PARTICLES } from './exceptions.ts';
import { inflectionStem } from './stem.ts';

export { inflectionStem, stemmer, INFLECTION_ENDINGS, type Stemmer } from './stem.ts';
export { splitCompound, type Compound, type SplitOptions } from './decompound.ts';

/**
 * Three letters may open a compound ("små-", "mat-") or close one ("-tid", "-dag", "-hus"); shorter
 * fragments are noise. Four parts cover "betal·tjänst·leverantör" and "video·möte·verktyg".
 */
export const SWEDISH_SPLIT: SplitOptions = {
  minPart: 3,
  minHead: 3,
  maxParts: 4,
  keep: new Set(KEEP_WHOLE),
  particles: new Set(PARTICLES),
};

/** A word seen once is split once: documents repeat their vocabulary. Bounded for long-running syncs. */
const MEMO_LIMIT = 100_000;
const memo = new Map<string, Compound | null>();
let lexicon: CompoundLexicon | undefined;

/** Splits a lower-case Swedish word with the dictionary of `dictionary-sv` and the reviewed exceptions. */
export function splitSwedish(word: string): Compound | null {
  const known = memo.get(word);
  if (known !== undefined) return known;
  lexicon ??= hunspellCompoundLexicon(swedishDictionary());
  const compound = splitCompound(word, lexicon, SWEDISH_SPLIT);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, compound);
  return compound;
}

/**
 * Builds the compound lexicon from the Swedish dictionary now (about 0.7 s of parsing), so that the first document a
 * process plans after its start does not wait for it: it was most of the first publish's planning time (issue 16).
 */
export function warmMorphology(): void {
  lexicon ??= hunspellCompoundLexicon(swedishDictionary());
}

/** The words of a text as Meilisearch sees them, lower-cased: runs of letters ("e-handel" is two). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

export interface MorphologyTerms {
  /** Parts of Swedish compounds, as base forms, plus each compound's final part as written. */
  compoundParts: string[];
  /** Snowball stems of the words and parts that are inflected forms (see inflectionStem()). */
  stems: string[];
}

/**
 * The terms that let a reader's everyday word find the text: "företag" finds "mikroföretag" through
 * compoundParts, "modeller" finds "affärsmodell" through stems (search() stems the query the same way).
 * English has no closed compounds worth splitting, so only stems.
 */
export function morphologyTerms(text: string, locale: Locale): MorphologyTerms {
  const words = new Set(wordsOf(text));
  const parts = new Set<string>();
  if (locale === 'sv') {
    for (const word of words) {
      const compound = splitSwedish(word);
      if (!compound) continue;
      for (const part of compound.parts) parts.add(part);
      parts.add(compound.written);
    }
  }
  const stems = new Set<string>();
  for (const word of [...words, ...parts]) {
    const stem = inflectionStem(word, locale);
    if (stem) stems.add(stem);
  }
  return { compoundParts: [...parts].sort(), stems: [...stems].sort() };
}
