import { z } from 'zod';
import type { SiteLocale } from '#shared/types/locale';
import { alternates, LOCALIZATION_FIELDS, LocalizationsSchema, topicLinks, TopicRefSchema, TOPIC_FIELDS, type ItemRef } from './common';
import { contentUrl } from '../utils/urls';
import { REF_FIELDS, RefSchema, toRef } from './refs';

const PATH_FIELDS = `
  documentId title slug description audience level featured totalMinutes publishedAt updatedAt
  steps { note article { ${REF_FIELDS.article} updatedAt } guide { ${REF_FIELDS.guide} updatedAt } module { ${REF_FIELDS.module} updatedAt } }
  ${TOPIC_FIELDS}
  ${LOCALIZATION_FIELDS}
`;

export const PATH_QUERY = /* GraphQL */ `
  query Path($locale: I18NLocaleCode!, $filters: LearningPathFiltersInput!, $status: PublicationStatus) {
    items: learningPaths(locale: $locale, status: $status, filters: $filters, pagination: { limit: 1 }) { ${PATH_FIELDS} }
  }
`;

export const PATHS_QUERY = /* GraphQL */ `
  query Paths($locale: I18NLocaleCode!) {
    items: learningPaths(locale: $locale, sort: ["featured:desc", "title:asc"], pagination: { limit: 100 }) { ${PATH_FIELDS} }
  }
`;

// A step's item with when it last changed: an offline copy of the path is fetched again when any of them is newer.
const StepRefSchema = RefSchema.extend({ updatedAt: z.string().nullish() });

const PathSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  description: z.string(),
  audience: z.string().nullish(),
  level: z.string(),
  featured: z.boolean().nullish(),
  totalMinutes: z.number().int().nullish(),
  publishedAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
  steps: z.array(z.object({ note: z.string().nullish(), article: StepRefSchema.nullish(), guide: StepRefSchema.nullish(), module: StepRefSchema.nullish() })).default([]),
  topics: z.array(TopicRefSchema).default([]),
  localizations: LocalizationsSchema,
});

export const PathResponseSchema = z.object({ items: z.array(PathSchema) });

export interface PathStep {
  item: ItemRef;
  note: string | null;
}

/** A step whose item is not published in this language has no link to give; it is left out of the path. */
function toSteps(raw: z.infer<typeof PathSchema>, locale: SiteLocale): PathStep[] {
  return raw.steps.flatMap((step) => {
    const note = step.note ?? null;
    if (step.article) return [{ item: toRef('article', step.article, locale), note }];
    if (step.guide) return [{ item: toRef('guide', step.guide, locale), note }];
    if (step.module) return [{ item: toRef('module', step.module, locale), note }];
    return [];
  });
}

/**
 * The latest change to the path or any of its steps (ISO timestamps compare as strings). The path page carries it so
 * the offline worker can tell that the CMS has published something newer than its copy (public/sw.js).
 */
function contentVersion(raw: z.infer<typeof PathSchema>): string {
  const stamps = [raw.updatedAt, ...raw.steps.map((s) => (s.article ?? s.guide ?? s.module)?.updatedAt)];
  return stamps.filter((t): t is string => typeof t === 'string').sort().at(-1) ?? '';
}

export function toPathView(raw: z.infer<typeof PathSchema>, locale: SiteLocale) {
  const steps = toSteps(raw, locale);
  return {
    type: 'learning-path' as const,
    documentId: raw.documentId,
    title: raw.title,
    description: raw.description,
    audience: raw.audience ?? null,
    level: raw.level,
    featured: raw.featured === true,
    totalMinutes: raw.totalMinutes ?? steps.reduce((sum, s) => sum + (s.item.minutes ?? 0), 0),
    publishedAt: raw.publishedAt ?? null,
    updatedAt: raw.updatedAt ?? null,
    contentVersion: contentVersion(raw),
    steps,
    topics: topicLinks(raw.topics, locale),
    url: contentUrl('learning-path', locale, raw.slug),
    alternates: alternates('learning-path', locale, raw.slug, raw.localizations),
  };
}

export type PathView = ReturnType<typeof toPathView>;
