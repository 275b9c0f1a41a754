import { splitSwedish } from '../../morphology/index.ts';
import type { Locale } from '../../vocabulary.ts';

/** Shorter words are rarely compounds, and splitting them costs a dictionary look-up per keystroke. */
const MIN_COMPOUND_LENGTH = 7;

/** A word of the query with the parts it may be asked by instead. */
export interface Term {
  word: string;
  /** Compound parts (Swedish), from the lexicon that fills the documents' `compoundParts`; often none. */
  parts: string[];
}

/**
 * The query's words with the parts of each Swedish compound: "excelkurs" → excel + kurs, so a question
 * meets content that never writes the compound. Whether the parts are asked depends on the index
 * (known-words.ts: only when it does not know the compound itself). English: no parts.
 */
export function compoundTerms(words: readonly string[], locale: Locale): Term[] {
  return words.map((word) => {
    const lower = word.toLowerCase();
    if (locale !== 'sv' || lower.length < MIN_COMPOUND_LENGTH || !/^\p{L}+$/u.test(lower)) return { word, parts: [] };
    const compound = splitSwedish(lower);
    return { word, parts: compound ? compound.parts.filter((part) => part !== lower) : [] };
  });
}

/** The terms as one query without asking the index: each word, then its parts. */
export function termsText(terms: readonly Term[]): string {
  return terms.flatMap((term) => [term.word, ...term.parts]).join(' ');
}
