import type { Locale } from '../../vocabulary.ts';
import { compoundTerms, type Term } from './compounds.ts';
import { preferContentWords } from './everyday.ts';
import { dropLackedSkills } from './lacked-skills.ts';
import { findPlace } from './places.ts';
import { bare, dropQuestionWords } from './question-words.ts';

export type { Term };

/**
 * The named steps of query understanding; each can be switched off to measure it (search/eval).
 * knownWords asks the index (known-words.ts), so it runs in own-language.ts, not in understandQuery(); so does
 * modifiers (a known compound also asked by its first part, known-words.ts withModifiers), which needs its answer.
 */
export const UNDERSTANDING_STEPS = ['lackedSkills', 'questionWords', 'places', 'everyday', 'compounds', 'knownWords', 'modifiers'] as const;
export type UnderstandingStep = (typeof UNDERSTANDING_STEPS)[number];
export type UnderstandingOptions = Partial<Record<UnderstandingStep, boolean>>;

export interface UnderstoodQuery {
  /** The subject of the query (before stemming, see morphology.ts); may be empty when a place was named. */
  terms: Term[];
  /** The same with the place left in, for when no content is tied to the place. */
  termsWithPlace: Term[];
  /** A municipality named in the query: a preference for content tied to it, not a word to match. */
  municipality: string | null;
}

/**
 * A reader's question turned into search terms: a skill the asker says they lack dropped (lacked-skills.ts),
 * function words of questions dropped, a place taken
 * out as a preference, everyday words as the content's words, Swedish compounds with their parts.
 * A phrase ("…") is searched exactly as typed.
 */
export function understandQuery(q: string, locale: Locale, options: UnderstandingOptions = {}): UnderstoodQuery {
  const on = (step: UnderstandingStep) => options[step] ?? true;
  if (q.includes('"')) return { terms: [{ word: q, parts: [] }], termsWithPlace: [{ word: q, parts: [] }], municipality: null };
  const split = q.split(/\s+/).filter((word) => bare(word) !== '');
  const typed = on('lackedSkills') ? dropLackedSkills(split, locale) : split;
  const rewrite = (words: readonly string[], mayEmpty: boolean): Term[] => {
    const asked = on('questionWords') ? dropQuestionWords(words, locale, mayEmpty) : [...words];
    const subject = on('everyday') ? preferContentWords(asked, locale) : asked;
    return on('compounds') ? compoundTerms(subject, locale) : subject.map((word) => ({ word, parts: [] }));
  };
  const termsWithPlace = rewrite(typed, false);
  const place = on('places') ? findPlace(typed, locale) : null;
  if (!place) return { terms: termsWithPlace, termsWithPlace, municipality: null };
  return { terms: rewrite(place.words, true), termsWithPlace, municipality: place.municipality };
}
