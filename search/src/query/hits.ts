import { z } from 'zod';
import { SearchDocumentSchema } from '../document.ts';
import type { Locale } from '../vocabulary.ts';
import { HIGHLIGHT_PRE, snippetHtml } from './snippets.ts';

/** The document fields a result needs; everything else stays in the index. */
export const RETRIEVED_ATTRIBUTES = [
  'id', 'type', 'locale', 'title', 'summary', 'url', 'topics', 'level', 'format', 'minutes', 'publishedAt',
] as const;

const RawHitSchema = SearchDocumentSchema.pick({
  id: true, type: true, locale: true, title: true, summary: true, url: true, topics: true, level: true,
  format: true, minutes: true, publishedAt: true,
}).extend({
  _formatted: z.object({ title: z.string(), summary: z.string(), body: z.string() }).partial().optional(),
});

const RawDocumentSchema = RawHitSchema.omit({ _formatted: true });

export type SearchHit = z.output<typeof RawDocumentSchema> & {
  /** HTML: escaped text with `<mark>` around matched words (title and summary always; body when it matched). */
  snippets: { title: string; summary: string; body: string | null };
  /** True for hits from the other language's index (cross-language fallback). */
  otherLanguage: boolean;
};

/**
 * Validates one hit from Meilisearch and turns its formatted fields into safe snippets. The body matched when its
 * cropped text carries a highlight marker (indexed text cannot contain one, see snippets.ts; Meilisearch crops around
 * the best match): asking for `showMatchesPosition` instead made Meilisearch tokenise every hit's whole body a second
 * time, as much work as the rest of the query.
 */
export function toHit(raw: unknown, searchedLocale: Locale): SearchHit {
  const { _formatted: formatted, ...doc } = RawHitSchema.parse(raw);
  const bodyMatched = formatted?.body?.includes(HIGHLIGHT_PRE) ?? false;
  return {
    ...doc,
    snippets: {
      title: snippetHtml(formatted?.title ?? doc.title),
      summary: snippetHtml(formatted?.summary ?? doc.summary),
      body: bodyMatched && formatted?.body ? snippetHtml(formatted.body) : null,
    },
    otherLanguage: doc.locale !== searchedLocale,
  };
}
