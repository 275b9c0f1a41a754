import { z } from 'zod';
import type { BusinessModel, Format, Industry, Level, Locale } from '../vocabulary.ts';
import { LOCALES } from '../vocabulary.ts';

/**
 * Strapi returns timestamps as ISO strings from the Document Service, but as Date objects (or, with
 * SQLite, millisecond numbers) inside some lifecycle and database paths; all become epoch seconds.
 */
export const TimestampSchema = z
  .union([z.iso.datetime({ offset: true }), z.date(), z.number().int().nonnegative()])
  .transform((value) => Math.floor(new Date(value).getTime() / 1000));

/** Populated relation or repeatable component: absent when not populated, null or [] when empty. */
export function listOf<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullish()
    .transform((value): z.output<T>[] => value ?? []);
}

/** The envelope every entry has, checked before anything else so drafts can be dropped early. */
export const EnvelopeSchema = z.looseObject({
  documentId: z.string().min(1),
  locale: z.string().min(1),
  publishedAt: TimestampSchema.nullish(),
});

const TopicSchema = z.looseObject({ name: z.string().min(1), slug: z.string().min(1) });

/** Fields shared by the four searchable types, once the entry is known to be published in sv or en. */
export const PublishedEntrySchema = z.looseObject({
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  publishedAt: TimestampSchema,
  updatedAt: TimestampSchema,
  title: z.string().min(1),
  slug: z.string().min(1),
  topics: listOf(TopicSchema),
});

/** What each type contributes beyond the shared fields. */
export interface TypeFields {
  summary: string;
  /** Plain-text parts that make up `body`, in reading order. */
  bodyParts: string[];
  authors: string[];
  studyAuthors: string[];
  level: Level | null;
  industries: Industry[];
  businessModel: BusinessModel | null;
  format: Format | null;
  minutes: number | null;
  municipalities: string[];
  stepTitles: string[];
}

interface SharedFields {
  documentId: string;
  locale: Locale;
  publishedAt: number;
  updatedAt: number;
  title: string;
  slug: string;
  topics: { name: string; slug: string }[];
}

/** A validated entry, reduced to what a SearchDocument is built from. */
export interface MappedEntry extends SharedFields, TypeFields {}

/** Picks the shared fields, leaving behind whatever else Strapi returned. */
export function sharedFields(entry: z.output<typeof PublishedEntrySchema>): SharedFields {
  const { documentId, locale, publishedAt, updatedAt, title, slug } = entry;
  const topics = entry.topics.map(({ name, slug: topicSlug }) => ({ name, slug: topicSlug }));
  return { documentId, locale, publishedAt, updatedAt, title, slug, topics };
}

/** Defaults for the fields most types do not have. */
export const NO_TYPE_FIELDS = {
  authors: [],
  studyAuthors: [],
  level: null,
  industries: [],
  businessModel: null,
  format: null,
  minutes: null,
  municipalities: [],
  stepTitles: [],
} satisfies Omit<TypeFields, 'summary' | 'bodyParts'>;

export function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
