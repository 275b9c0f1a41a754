import { z } from 'zod';
import { BUSINESS_MODELS, CONTENT_TYPES, FORMATS, INDUSTRIES, LEVELS, LOCALES } from './vocabulary.ts';

/**
 * Upper bound for `body`, in characters. Snippets only need the text around a match and the first
 * screens of a long article carry its vocabulary; past this size documents mostly cost indexing time
 * and payload (Meilisearch also stops indexing positions after 65,535 words per attribute).
 */
export const BODY_MAX_CHARS = 20_000;

const epochSeconds = z.number().int().nonnegative();

/**
 * The one shape of a document in the content indexes (`content_sv`, `content_en`), shared by cms/
 * (sync), scripts/ (reindex) and site/ (results). Produced from Strapi entries by `toSearchDocument()`.
 */
export const SearchDocumentSchema = z.object({
  /** `${type}-${documentId}-${locale}`, see ids.ts. */
  id: z.string().regex(/^[a-zA-Z0-9_-]{1,511}$/),
  type: z.enum(CONTENT_TYPES),
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  slug: z.string().min(1),
  /** The site path, see urls.ts. */
  url: z.string().startsWith('/'),
  title: z.string().min(1),
  /** The title as an alphabetical sort key for its language (never displayed; see map/text.ts). */
  titleSort: z.string(),
  summary: z.string(),
  /** Plain text of the rich text and list fields, at most BODY_MAX_CHARS. */
  body: z.string().max(BODY_MAX_CHARS),
  /** Topic names in the document's language. */
  topics: z.array(z.string()),
  /** Topic slugs in the document's language (the site's `?topic=` filter). */
  topic: z.array(z.string()),
  /** Who summarised a research article in plain language ("Sammanfattad av"); not the study's authors. */
  authors: z.array(z.string()),
  /** Authors of the original study a research article summarises (people or organisations). */
  studyAuthors: z.array(z.string()).default([]),
  level: z.enum(LEVELS).nullable(),
  /**
   * The level as a sort key, never displayed: 0 for beginners, 1 for intermediate or no level, 2 for advanced
   * (map/level-order.ts). Breaks ties between equally good matches (query/params.ts).
   */
  levelOrder: z.number().int().min(0).max(2),
  /** The industries a guide is written for (the site's `?industry=` filter). */
  industry: z.array(z.enum(INDUSTRIES)),
  businessModel: z.enum(BUSINESS_MODELS).nullable(),
  format: z.enum(FORMATS).nullable(),
  /** Reading, working or course time in minutes, when known. */
  minutes: z.number().int().nonnegative().nullable(),
  /** Municipalities of the learning centres where a course module runs (the site's `?municipality=` filter). */
  municipality: z.array(z.string()),
  /** Titles of the items a learning path leads through, in order. */
  stepTitles: z.array(z.string()),
  /**
   * Every term of each synonym group that occurs in the document (see lexicon/expand.ts). Searchable,
   * never displayed: it makes synonyms with å/ä/ö work, which Meilisearch's own synonym setting cannot.
   */
  synonymTerms: z.array(z.string()),
  /** The synonyms, compound parts and stems of the title, summary, topics and step titles only. */
  headTerms: z.array(z.string()),
  /**
   * Parts of the Swedish compounds in the text ("mikroföretag" → "mikro", "företag"; see
   * morphology/). Searchable below the text they come from, never displayed. Empty in English.
   */
  compoundParts: z.array(z.string()),
  /** Snowball stems of the text's words that differ from the word ("modeller" → "modell"); never displayed. */
  stems: z.array(z.string()),
  /** Epoch seconds, so the values sort and filter numerically. */
  publishedAt: epochSeconds,
  updatedAt: epochSeconds,
});

export type SearchDocument = z.infer<typeof SearchDocumentSchema>;
