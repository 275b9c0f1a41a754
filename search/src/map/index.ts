import { z } from 'zod';
import { BODY_MAX_CHARS, SearchDocumentSchema, type SearchDocument } from '../document.ts';
import { InvalidEntryError } from '../errors.ts';
import { searchDocumentId } from '../ids.ts';
import { expandSynonyms } from '../lexicon/expand.ts';
import { morphologyTerms } from '../morphology/index.ts';
import { contentUrl } from '../urls.ts';
import { LOCALES, type ContentType, type Locale } from '../vocabulary.ts';
import { EnvelopeSchema, type MappedEntry } from './common.ts';
import { mapCourseModule } from './course-module.ts';
import { mapGuide } from './guide.ts';
import { mapLearningPath } from './learning-path.ts';
import { mapResearchArticle } from './research-article.ts';
import { levelOrder } from './level-order.ts';
import { capText, joinParagraphs, sortKey } from './text.ts';

export { blocksToText, type BlockNode } from './blocks.ts';
export { POPULATE, STRAPI_UID } from './populate.ts';

const MAPPERS: Record<ContentType, (raw: unknown) => MappedEntry> = {
  'research-article': mapResearchArticle,
  guide: mapGuide,
  'course-module': mapCourseModule,
  'learning-path': mapLearningPath,
};

export type SkipReason = 'unpublished' | 'unsupported-locale';

/**
 * The outcome for one Strapi entry. `skipped` carries the id the entry would have, so sync can delete
 * a stale document (an entry that was unpublished); it is null when the locale is not indexed at all.
 */
export type MapResult =
  | { kind: 'document'; document: SearchDocument }
  | { kind: 'skipped'; reason: SkipReason; id: string | null };

function isLocale(value: string): value is Locale {
  return LOCALES.some((locale) => locale === value);
}

function invalid(type: ContentType, raw: unknown, error: z.ZodError): InvalidEntryError {
  const envelope = EnvelopeSchema.safeParse(raw);
  const which = envelope.success ? `${envelope.data.documentId} (${envelope.data.locale})` : '(no documentId)';
  return new InvalidEntryError(`invalid ${type} entry ${which}: ${z.prettifyError(error)}`, error.issues);
}

/** Step 3: validate the type-specific shape and reduce it to the fields a document is built from. */
function validate(type: ContentType, raw: unknown): MappedEntry {
  try {
    return MAPPERS[type](raw);
  } catch (error) {
    if (error instanceof z.ZodError) throw invalid(type, raw, error);
    throw error;
  }
}

/**
 * The synonyms, compound parts and stems of the headings (title, summary, topics, step titles) alone:
 * searched right after the headings, so a heading met through its stem or a synonym still ranks as a
 * heading ("kunder" in a title found by "kund"), not as one more body match (issue 18).
 */
export function headingTerms(head: string, locale: Locale): string[] {
  const synonyms = expandSynonyms(head, locale);
  const { compoundParts, stems } = morphologyTerms([head, ...synonyms].join('\n'), locale);
  return [...new Set([...synonyms, ...compoundParts, ...stems])];
}

/**
 * Step 4: assemble the document. Synonyms, compound parts and stems are derived from everything a
 * reader can search (stems and parts also from the synonyms), here and only here, so live sync and a full reindex index the same terms.
 */
function toDocument(type: ContentType, entry: MappedEntry): SearchDocument {
  const body = capText(joinParagraphs(entry.bodyParts), BODY_MAX_CHARS);
  const topics = entry.topics.map((t) => t.name);
  const searchable = [entry.title, entry.summary, ...topics, ...entry.stepTitles, body].join('\n');
  const synonymTerms = expandSynonyms(searchable, entry.locale);
  // Synonyms get stems and parts too: a query is stemmed ("kurs" → "kur kurs"), so a document that
  // has "kurs" only as a synonym ("workshop") must carry its stem like one that writes the word.
  const { compoundParts, stems } = morphologyTerms([searchable, ...synonymTerms].join('\n'), entry.locale);
  const headTerms = headingTerms([entry.title, entry.summary, ...topics, ...entry.stepTitles].join('\n'), entry.locale);
  return SearchDocumentSchema.parse({
    id: searchDocumentId(type, entry.documentId, entry.locale),
    type,
    documentId: entry.documentId,
    locale: entry.locale,
    slug: entry.slug,
    url: contentUrl(type, entry.locale, entry.slug),
    title: entry.title,
    titleSort: sortKey(entry.title, entry.locale),
    summary: joinParagraphs([entry.summary]),
    body,
    topics,
    topic: entry.topics.map((t) => t.slug),
    authors: entry.authors,
    studyAuthors: entry.studyAuthors,
    level: entry.level,
    levelOrder: levelOrder(entry.level),
    industry: entry.industries,
    businessModel: entry.businessModel,
    format: entry.format,
    minutes: entry.minutes,
    municipality: entry.municipalities,
    stepTitles: entry.stepTitles,
    synonymTerms,
    headTerms,
    compoundParts,
    stems,
    publishedAt: entry.publishedAt,
    updatedAt: entry.updatedAt,
  } satisfies SearchDocument);
}

/**
 * Maps one entry, as returned by the Document Service with `populate: POPULATE[type]`, in named steps:
 * drop unpublished → pick locale → validate and flatten rich text → build the document.
 * The envelope is checked first because drafts may legitimately lack required fields.
 * Throws InvalidEntryError when a published entry does not have the expected shape.
 */
export function toSearchDocument(type: ContentType, raw: unknown): MapResult {
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw invalid(type, raw, envelope.error);
  const { documentId, locale, publishedAt } = envelope.data;
  const id = isLocale(locale) ? searchDocumentId(type, documentId, locale) : null;
  // Step 1: drop unpublished (a draft, or the draft side of a published document).
  if (publishedAt == null) return { kind: 'skipped', reason: 'unpublished', id };
  // Step 2: pick locale (only sv and en have an index).
  if (id === null) return { kind: 'skipped', reason: 'unsupported-locale', id: null };
  const entry = validate(type, raw);
  try {
    return { kind: 'document', document: toDocument(type, entry) };
  } catch (error) {
    // The assembled document breaks the index's rules (e.g. an id Meilisearch would refuse): as invalid as bad input.
    if (error instanceof z.ZodError) throw invalid(type, raw, error);
    throw error;
  }
}
