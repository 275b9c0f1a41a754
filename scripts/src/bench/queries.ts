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
