import { z } from 'zod';
import { SearchDocumentSchema } from '../document.ts';
import type { Locale } from '../vocabulary.ts';
import { bodySnippet } from './body-snippet.ts';
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
  _formatted: z.object({ title: z.string(), summary: z.string() }).partial().optional(),
});

const RawDocumentSchema = RawHitSchema.omit({ _formatted: true, body: true });

export type SearchHit = z.output<typeof RawDocumentSchema> & {
  /** HTML: escaped text with `<mark>` around matched words (title and summary always; body when it matched). */
  snippets: { title: string; summary: string; body: string | null };
  /** True for hits from the other language's index (cross-language fallback). */
  otherLanguage: boolean;
};

/**
 * Validates one hit from Meilisearch and turns its formatted fields into safe snippets: title and summary as
 * Meilisearch highlighted them, the body's cut around the query's words here (body-snippet.ts), or null when no word
 * of the body answers the query.
 */
export function toHit(raw: unknown, searchedLocale: Locale, queryWords: readonly string[] = []): SearchHit {
  const { _formatted: formatted, body, ...doc } = RawHitSchema.parse(raw);
  const cut = body === undefined ? null : bodySnippet(body, queryWords);
  return {
    ...doc,
    snippets: {
      title: snippetHtml(formatted?.title ?? doc.title),
      summary: snippetHtml(formatted?.summary ?? doc.summary),
      body: cut === null ? null : snippetHtml(cut),
    },
    otherLanguage: doc.locale !== searchedLocale,
  };
}
