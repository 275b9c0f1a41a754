import type { Locale } from '@kunskapsnavet/search';

/** Fixed, realistic queries for the search benchmark: what a firm owner types, in each language. */
export const BENCH_QUERIES: Record<Locale, string[]> = {
  sv: [
    'webbutik', 'e-handel', 'sälja på nätet', 'prenumeration', 'bokföring', 'faktura', 'säkerhet lösenord', 'sociala medier',
    'marknadsföring', 'turism bokning', 'bredband', 'distansarbete', 'lärcentrum', 'kompetens utbildning', 'hantverk',
    'livsmedel', 'skogsbruk', 'logistik frakt', 'paket leverans', 'hållbarhet', 'export', 'entreprenör', 'innovation',
    'data analys', 'automatisering', 'artificiell intelligens', 'AI verktyg', 'prissättning', 'kalkyl', 'investering',
    'affärsmodell', 'plattform', 'kunder landsbygd', 'mikroföretag digitalisering',
  ],
  en: [
    'webshop', 'e-commerce', 'sell online', 'subscription', 'bookkeeping', 'invoice', 'security password', 'social media',
    'marketing', 'tourism booking', 'broadband', 'remote work', 'learning centre', 'skills training', 'crafts', 'food',
    'forestry', 'logistics shipping', 'parcel delivery', 'sustainability', 'export', 'entrepreneur', 'innovation',
    'data analysis', 'automation', 'artificial intelligence', 'AI tools', 'pricing', 'budget', 'investment',
    'business model', 'platform', 'customers countryside', 'micro-firm digitalisation',
  ],
};

/**
 * Distinct search queries for the benchmark's "every query new" rows: single words and ordered pairs of words a
 * reader of the site might type (sv), in a fixed shuffled order, so that the site's result cache sees no repeat
 * within a run of a few seconds (1,681 queries; the site answers a few hundred in one row).
 */
const WORDS = [
  'webbutik', 'bokföring', 'kassasystem', 'marknadsföring', 'sociala', 'medier', 'säkerhet', 'lösenord', 'faktura',
  'e-handel', 'frakt', 'paket', 'turism', 'bokning', 'kunder', 'landsbygd', 'bredband', 'distansarbete', 'hantverk',
  'livsmedel', 'skogsbruk', 'lärcentrum', 'kompetens', 'utbildning', 'samarbete', 'logistik', 'leverans', 'kvalitet',
  'hållbarhet', 'export', 'företagare', 'innovation', 'data', 'analys', 'automatisering', 'verktyg', 'kalkyl',
  'prissättning', 'investering', 'affärsmodell', 'plattform',
];

/** A small deterministic generator (the same order in every run). */
function shuffled<T>(items: T[], seed = 16): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export function distinctQueries(): string[] {
  const pairs = WORDS.flatMap((a) => WORDS.filter((b) => b !== a).map((b) => `${a} ${b}`));
  return shuffled([...WORDS, ...pairs]);
}
