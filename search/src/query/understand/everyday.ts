import type { Locale } from '../../vocabulary.ts';
import { bare } from './question-words.ts';

/**
 * Everyday words and the word the content uses for the same thing. The synonym groups (lexicon/)
 * already let "webbshop" find every document about web shops, but through the hidden synonymTerms
 * only, where all those documents tie: asked as the content's own word, the one with "webbutik" in its
 * title ranks first. Each pair is also in a synonym group, so nothing is lost by asking the content
 * word. Single words only; reviewed by hand (the content word must be what titles and summaries say).
 */
export const EVERYDAY_WORDS: Record<Locale, Readonly<Record<string, string>>> = {
  sv: {
    webbshop: 'webbutik', webbshopp: 'webbutik', webshop: 'webbutik', nätshop: 'webbutik', onlinebutik: 'webbutik',
    nätbutik: 'webbutik', hemsida: 'webbplats', hemsidor: 'webbplats', webbsida: 'webbplats', websida: 'webbplats',
    sajt: 'webbplats', webbsajt: 'webbplats', mejl: 'e-post', mail: 'e-post', epost: 'e-post', email: 'e-post',
    backup: 'säkerhetskopiering', säkerhetskopia: 'säkerhetskopiering', hackare: 'it-säkerhet', intrång: 'it-säkerhet',
    dataintrång: 'it-säkerhet', recension: 'omdöme', recensioner: 'omdömen', betyg: 'omdöme', followers: 'följare',
    plugga: 'studera', grejer: 'produkter', prylar: 'produkter', ekonomiprogram: 'bokföringsprogram',
    redovisningsprogram: 'bokföringsprogram', bokföringssystem: 'bokföringsprogram', lärcenter: 'lärcentrum',
    landet: 'landsbygden', bybutik: 'lanthandel', byabutik: 'lanthandel', lantbutik: 'lanthandel',
  },
  en: {
    webstore: 'webshop', homepage: 'website', mail: 'email', 'e-mail': 'email',
    hacker: 'security', hackers: 'security', hacking: 'security', village: 'rural', council: 'municipality',
    testimonial: 'review', ratings: 'reviews', rating: 'review',
    // Verbs of asking for the noun the content uses ("how do I ship…" → shipping, "charging" → price).
    ship: 'shipping', charge: 'price', charging: 'price', charges: 'prices',
  },
};

/** Each everyday word of the query replaced by the content's word for it ("hemsida" → "webbplats"). */
export function preferContentWords(words: readonly string[], locale: Locale): string[] {
  return words.map((word) => EVERYDAY_WORDS[locale][bare(word)] ?? word);
}
