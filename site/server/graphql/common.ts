import { z } from 'zod';
import { SITE_LOCALES, otherLocale, type SiteLocale } from '#shared/types/locale';
import { contentUrl, pageUrl, type ContentType } from '../utils/urls';

/** Strapi slugs: lower-case words joined by hyphens. Route params are checked against this before any query. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120);
export const DocumentIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/);
export const LocaleSchema = z.enum(SITE_LOCALES);

export const ItemParamsSchema = z.object({ locale: LocaleSchema.default('sv'), slug: SlugSchema });
export const LocaleParamsSchema = z.object({ locale: LocaleSchema.default('sv') });

export const TopicRefSchema = z.object({ name: z.string(), slug: z.string() });
export const LocalizationsSchema = z.array(z.object({ locale: z.string(), slug: z.string() })).default([]);

export const TOPIC_FIELDS = 'topics { name slug }';
export const LOCALIZATION_FIELDS = 'localizations { locale slug }';

/** The other language's URL of the same document, or null when it has no published translation. */
export function alternates(type: ContentType, locale: SiteLocale, slug: string, localizations: z.infer<typeof LocalizationsSchema>) {
  const other = otherLocale(locale);
  const translated = localizations.find((l) => l.locale === other);
  const own = contentUrl(type, locale, slug);
  const theirs = translated ? contentUrl(type, other, translated.slug) : null;
  return locale === 'sv' ? { sv: own, en: theirs } : { sv: theirs, en: own };
}

export function topicLinks(topics: z.infer<typeof TopicRefSchema>[], locale: SiteLocale) {
  return topics.map((t) => ({ name: t.name, url: pageUrl('topics-slug', locale, t.slug) }));
}

export type { ItemRef } from '#shared/types/content';
