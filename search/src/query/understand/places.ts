import type { Locale } from '../../vocabulary.ts';

/**
 * The municipalities of Norrbotten and Västerbotten, the hub's region; the learning-centre towns
 * (Arjeplog, Överkalix, Storuman, Vilhelmina) are among them. Spelled as the CMS spells the
 * `municipality` of a learning centre, which is what documents carry in `municipality`.
 */
export const MUNICIPALITIES: readonly string[] = [
  'Arjeplog', 'Arvidsjaur', 'Boden', 'Gällivare', 'Haparanda', 'Jokkmokk', 'Kalix', 'Kiruna', 'Luleå', 'Pajala',
  'Piteå', 'Älvsbyn', 'Överkalix', 'Övertorneå',
  'Bjurholm', 'Dorotea', 'Lycksele', 'Malå', 'Nordmaling', 'Norsjö', 'Robertsfors', 'Skellefteå', 'Sorsele',
  'Storuman', 'Umeå', 'Vilhelmina', 'Vindeln', 'Vännäs', 'Åsele',
];

/** "Överkalix" → "overkalix": people type place names without å/ä/ö, especially on the English site. */
export function foldDiacritics(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Every accepted form, folded: the name and its genitive ("Arjeplogs lärcentrum"). */
const FORMS: ReadonlyMap<string, string> = new Map(
  MUNICIPALITIES.flatMap((name) => {
    const folded = foldDiacritics(name.toLowerCase());
    return [[folded, name], [`${folded}s`, name]] as const;
  }),
);

export interface PlaceInQuery {
  /** The municipality named, as documents spell it. */
  municipality: string;
  /** The other words of the query. */
  words: string[];
}

/**
 * The first municipality named in the query's words, taken out of them: a place says where the reader
 * is, not what the content must contain, so search.ts turns it into a preference for content tied to
 * that municipality. Null when the query names none. (Multi-word names do not occur in the region.)
 */
export function findPlace(words: readonly string[], _locale: Locale): PlaceInQuery | null {
  const index = words.findIndex((word) => FORMS.has(foldDiacritics(word.toLowerCase())));
  if (index === -1) return null;
  const municipality = FORMS.get(foldDiacritics(words[index]!.toLowerCase()))!;
  return { municipality, words: words.filter((_, i) => i !== index) };
}
