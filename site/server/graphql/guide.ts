import { z } from 'zod';
import { BlocksSchema } from '#shared/schemas/blocks';
import type { SiteLocale } from '#shared/types/locale';
import { alternates, LOCALIZATION_FIELDS, LocalizationsSchema, topicLinks } from './common';
import { relatedItems, TOPICS_WITH_RELATED, TopicWithRelatedSchema } from './related';

export const GUIDE_QUERY = /* GraphQL */ `
  query Guide($locale: I18NLocaleCode!, $filters: GuideFiltersInput!, $status: PublicationStatus) {
    items: guides(locale: $locale, status: $status, filters: $filters, pagination: { limit: 1 }) {
      documentId title slug summary body businessModel level estimatedMinutes lastReviewed reviewIntervalMonths publishedAt updatedAt
      steps { title body minutes }
      industries { industry }
      ${TOPICS_WITH_RELATED}
      ${LOCALIZATION_FIELDS}
    }
  }
`;

const GuideSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  body: BlocksSchema,
  businessModel: z.string(),
  level: z.string(),
  estimatedMinutes: z.number().int().nullish(),
  lastReviewed: z.iso.date().nullish(),
  reviewIntervalMonths: z.number().int().nullish(),
  publishedAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
  steps: z.array(z.object({ title: z.string(), body: BlocksSchema, minutes: z.number().int() })).default([]),
  industries: z.array(z.object({ industry: z.string() })).default([]),
  topics: z.array(TopicWithRelatedSchema).default([]),
  localizations: LocalizationsSchema,
});

export const GuideResponseSchema = z.object({ items: z.array(GuideSchema) });

export function toGuideView(raw: z.infer<typeof GuideSchema>, locale: SiteLocale) {
  const stepMinutes = raw.steps.reduce((sum, step) => sum + step.minutes, 0);
  const related = relatedItems(raw.topics, locale, raw.documentId, 6);
  return {
    type: 'guide' as const,
    documentId: raw.documentId,
    title: raw.title,
    summary: raw.summary,
    body: raw.body,
    businessModel: raw.businessModel,
    level: raw.level,
    minutes: raw.estimatedMinutes ?? stepMinutes,
    /** When the guide's facts (law, tax, fees) were last checked, and how often they are (months). */
    lastReviewed: raw.lastReviewed ?? null,
    reviewIntervalMonths: raw.reviewIntervalMonths ?? null,
    publishedAt: raw.publishedAt ?? null,
    updatedAt: raw.updatedAt ?? null,
    steps: raw.steps,
    industries: raw.industries.map((i) => i.industry),
    topics: topicLinks(raw.topics, locale),
    relatedModules: related.filter((item) => item.type === 'course-module'),
    related: related.filter((item) => item.type !== 'course-module'),
    alternates: alternates('guide', locale, raw.slug, raw.localizations),
  };
}

export type GuideView = ReturnType<typeof toGuideView>;
