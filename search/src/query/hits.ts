import { z } from 'zod';
import { SearchDocumentSchema } from '../document.ts';
import type { Locale } from '../vocabulary.ts';
import { BODY_CROP_WORDS, cropAround, cropOrLead, markedText, NO_MARKS, SUMMARY_CROP_WORDS, type QueryMarks } from './marks.ts';
import { snippetHtml } from './snippets.ts';

/** The document fields a result needs; everything else stays in the index. */
export const RETRIEVED_ATTRIBUTES = [
  'id', 'type', 'locale', 'title', 'summary', 'url', 'topics', 'level', 'format', 'minutes', 'publishedAt',
] as const;

const RawHitSchema = SearchDocumentSchema.pick({
  id: true, type: true, locale: true, title: true, summary: true, url: true, topics: true, level: true,
  format: true, minutes: true, publishedAt: true,
}).extend({
  /** The whole body, for its snippet only (params.ts retrieves it; it never leaves the library). */
  body: z.string().optional(),
});

const RawDocumentSchema = RawHitSchema.omit({ body: true });

export type SearchHit = z.output<typeof RawDocumentSchema> & {
  /** HTML: escaped text with `<mark>` around matched words (title and summary always; body when it matched). */
  snippets: { title: string; summary: string; body: string | null };
  /** True for hits from the other language's index (cross-language fallback). */
  otherLanguage: boolean;
};

/**
 * Validates one hit from Meilisearch and turns it into safe snippets, the words that answer the query marked
 * (marks.ts; one QueryMarks for all hits of a search): the whole title, the summary's 40 words around the match
 * (else its first 40), and the body's 24 around the match, or null when no word of the body answers the query.
 */
export function toHit(raw: unknown, searchedLocale: Locale, marks: QueryMarks = NO_MARKS): SearchHit {
  const { body, ...doc } = RawHitSchema.parse(raw);
  // Where each text comes from, for the store of where its words are (text-words.ts).
  const key = `${doc.locale}:${doc.id}:`;
  const cut = body === undefined ? null : cropAround(body, marks, BODY_CROP_WORDS, `${key}body`);
  return {
    ...doc,
    snippets: {
      title: snippetHtml(markedText(doc.title, marks, `${key}title`)),
      summary: snippetHtml(cropOrLead(doc.summary, marks, SUMMARY_CROP_WORDS, `${key}summary`)),
      body: cut === null ? null : snippetHtml(cut),
    },
    otherLanguage: doc.locale !== searchedLocale,
  };
}
