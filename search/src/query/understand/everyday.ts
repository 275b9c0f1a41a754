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
    landet: 'landsbygden', mejladress: 'e-postadress', mejladresser: 'e-postadresser', mailadress: 'e-postadress',
    mailadresser: 'e-postadresser', bybutik: 'lanthandel', byabutik: 'lanthandel', lantbutik: 'lanthandel',
  },
  en: {
    webstore: 'webshop', homepage: 'website', mail: 'email', 'e-mail': 'email',
    hacker: 'security', hackers: 'security', hacking: 'security', village: 'rural', council: 'municipality',
    testimonial: 'review', ratings: 'reviews', rating: 'review',
    // Verbs of asking for the noun the content uses ("how do I ship…" → shipping, "charging" → price).
    ship: 'shipping', charge: 'price', charging: 'price', charges: 'prices',
  },
};

/**
 * Everyday two-word phrases for one content word. Asked as two words, each matches on its own ("web"
 * and "shop" anywhere in a long body), so a third word of the question decides the ranking; asked as
 * the content's word, the phrase is one subject. Each is also in a synonym group (see the test).
 */
export const EVERYDAY_PHRASES: Record<Locale, Readonly<Record<string, string>>> = {
  sv: { 'webb shop': 'webbutik', 'webb butik': 'webbutik', 'online butik': 'webbutik', 'e post': 'e-post' },
  en: {
    'web shop': 'webshop', 'online shop': 'webshop', 'online store': 'webshop', 'web store': 'webshop',
    'web site': 'website', 'web page': 'website', 'e mail': 'email', 'internet connection': 'broadband',
  },
};

/** Each everyday word or two-word phrase replaced by the content's word for it ("hemsida" → "webbplats"). */
export function preferContentWords(words: readonly string[], locale: Locale): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = i + 1 < words.length ? EVERYDAY_PHRASES[locale][`${bare(words[i]!)} ${bare(words[i + 1]!)}`] : undefined;
    if (phrase) {
      out.push(phrase);
      i++;
    } else out.push(EVERYDAY_WORDS[locale][bare(words[i]!)] ?? words[i]!);
  }
  return out;
}
