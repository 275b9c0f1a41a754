import { seededRandom } from '@kunskapsnavet/needs';
import type { Meilisearch } from 'meilisearch';
import { indexUid, LOCALES, toSearchDocument, waitForSuccess, type Locale, type SearchDocument } from '@kunskapsnavet/search';
import { newArticle } from './new-text.ts';

/**
 * Search documents made straight from text, without Strapi: the scale curve and the Meilisearch probe load
 * 10k–100k documents in seconds. The vocabulary is the synthetic seed's (cms/src/seed/synthetic.ts).
 */
const WORDS: Record<Locale, string[]> = {
  sv: 'digitalisering mikroföretag affärsmodell e-handel webbutik kunder landsbygd turism bokning prenumeration plattform bredband distansarbete säkerhet lösenord faktura bokföring marknadsföring sociala medier hantverk livsmedel skogsbruk besöksnäring lärcentrum kompetens utbildning samarbete logistik frakt paket leverans kvalitet hållbarhet export företagare entreprenör innovation data analys automatisering verktyg kalkyl prissättning investering'.split(' '),
  en: 'digitalisation micro-firm business model e-commerce webshop customers countryside tourism booking subscription platform broadband remote work security password invoice bookkeeping marketing social media crafts food forestry visitor economy learning centre skills training cooperation logistics shipping parcel delivery quality sustainability export owner entrepreneur innovation data analysis automation tools budget pricing investment'.split(' '),
};

function sentence(rand: () => number, locale: Locale, words: number): string {
  const text = Array.from({ length: words }, () => WORDS[locale][Math.floor(rand() * WORDS[locale].length)]).join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

const blocks = (paragraphs: string[]) => paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

function toDocument(raw: Record<string, unknown>): SearchDocument {
  const result = toSearchDocument('research-article', raw);
  if (result.kind !== 'document') throw new Error('corpus: an entry did not map to a document');
  return result.document;
}

/** Synthetic document i of one locale (a research article of ~2,500 characters). */
export function corpusDocument(i: number, locale: Locale): SearchDocument {
  const rand = seededRandom(i * 2 + (locale === 'sv' ? 0 : 1));
  const stamp = '2026-01-01T00:00:00.000Z';
  return toDocument({
    documentId: `corpus${i}`, locale, publishedAt: stamp, updatedAt: stamp, topics: [],
    title: `${sentence(rand, locale, 4).slice(0, -1)} (${i + 1})`, slug: `corpus-${locale}-${i + 1}`,
    summary: Array.from({ length: 3 }, () => sentence(rand, locale, 12)).join(' '),
    body: blocks(Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => sentence(rand, locale, 14)).join(' '))),
    takeaways: [{ text: sentence(rand, locale, 10) }], readingMinutes: 3 + (i % 10),
  });
}

/** Brand-new article n as a search document (Swedish; see new-text.ts). */
export function newArticleDocument(n: number, run: number): { marker: string; document: SearchDocument } {
  const article = newArticle(n, run);
  const stamp = new Date().toISOString();
  const document = toDocument({
    documentId: `new${run}x${n}`, locale: 'sv', publishedAt: stamp, updatedAt: stamp, topics: [],
    title: article.title, slug: `new-${run}-${n}`, summary: article.summary, body: blocks(article.paragraphs), takeaways: [],
  });
  return { marker: article.marker, document };
}

/** Documents first..first+count-1 of one locale, in chunks (the loader streams: never the whole corpus at once). */
export function* corpusChunks(locale: Locale, count: number, chunk = 2000): Generator<SearchDocument[]> {
  for (let first = 0; first < count; first += chunk) {
    yield Array.from({ length: Math.min(chunk, count - first) }, (_, k) => corpusDocument(first + k, locale));
  }
}

/** Adds `count` generated documents per locale to the live indexes, in tasks of 1,000 (bench:search --generated). */
export async function loadCorpus(client: Meilisearch, count: number): Promise<void> {
  for (const locale of LOCALES) {
    for (const chunk of corpusChunks(locale, count, 1000)) await waitForSuccess(client.index(indexUid(locale)).addDocuments(chunk), { taskTimeoutMs: 1_800_000 });
  }
}
