import { z } from 'zod';
import { otherLocale, type SiteLocale } from '#shared/types/locale';
import { safeUrl } from '#shared/urls/safe-url';
import { pageUrl } from '../utils/urls';
import { LOCALIZATION_FIELDS, LocalizationsSchema } from './common';
import { REF_FIELDS, RefSchema, toRefs } from './refs';

/**
 * Topic, author and learning-centre pages: one entity and the content listed under it. Their slugs are shared
 * between languages for authors and centres, per language for topics (see the CMS schemas).
 */
const LIST_LIMIT = 50;

export const TOPIC_QUERY = /* GraphQL */ `
  query Topic($locale: I18NLocaleCode!, $slug: String!) {
    items: topics(locale: $locale, filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {
      documentId name slug description ${LOCALIZATION_FIELDS}
      learningPaths(pagination: { limit: ${LIST_LIMIT} }) { ${REF_FIELDS.path} }
      guides(pagination: { limit: ${LIST_LIMIT} }) { ${REF_FIELDS.guide} }
      courseModules(pagination: { limit: ${LIST_LIMIT} }) { ${REF_FIELDS.module} }
      researchArticles(pagination: { limit: ${LIST_LIMIT} }) { ${REF_FIELDS.article} }
    }
  }
`;

export const TopicResponseSchema = z.object({
  items: z.array(z.object({
    documentId: z.string(), name: z.string(), slug: z.string(), description: z.string().nullish(), localizations: LocalizationsSchema,
    learningPaths: z.array(RefSchema).default([]), guides: z.array(RefSchema).default([]),
    courseModules: z.array(RefSchema).default([]), researchArticles: z.array(RefSchema).default([]),
  })),
});

export function toTopicView(raw: z.infer<typeof TopicResponseSchema>['items'][number], locale: SiteLocale) {
  const other = otherLocale(locale);
  const translated = raw.localizations.find((l) => l.locale === other);
  const own = pageUrl('topics-slug', locale, raw.slug);
  const theirs = translated ? pageUrl('topics-slug', other, translated.slug) : null;
  return {
    name: raw.name,
    description: raw.description ?? null,
    groups: [
      { key: 'paths', items: toRefs('path', raw.learningPaths, locale) },
      { key: 'guides', items: toRefs('guide', raw.guides, locale) },
      { key: 'modules', items: toRefs('module', raw.courseModules, locale) },
      { key: 'articles', items: toRefs('article', raw.researchArticles, locale) },
    ].filter((group) => group.items.length > 0),
    alternates: locale === 'sv' ? { sv: own, en: theirs } : { sv: theirs, en: own },
  };
}

export const AUTHOR_QUERY = /* GraphQL */ `
  query Author($locale: I18NLocaleCode!, $slug: String!) {
    items: authors(locale: $locale, filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {
      documentId name slug isExample affiliation bio orcid
      researchArticles(pagination: { limit: ${LIST_LIMIT} }) { ${REF_FIELDS.article} }
    }
  }
`;

export const AuthorResponseSchema = z.object({
  items: z.array(z.object({
    documentId: z.string(), name: z.string(), slug: z.string(), isExample: z.boolean().nullish(), affiliation: z.string().nullish(),
    bio: z.string().nullish(), orcid: z.string().nullish(), researchArticles: z.array(RefSchema).default([]),
  })),
});

const ORCID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

export function toAuthorView(raw: z.infer<typeof AuthorResponseSchema>['items'][number], locale: SiteLocale) {
  return {
    name: raw.name,
    /** An invented demo person: labelled on the page, and never given an affiliation in structured data. */
    isExample: raw.isExample === true,
    affiliation: raw.affiliation ?? null,
    bio: raw.bio ?? null,
    // The page links to orcid.org/<id>: only a well-formed iD becomes part of that URL.
    orcid: raw.orcid && ORCID.test(raw.orcid.trim()) ? raw.orcid.trim() : null,
    articles: toRefs('article', raw.researchArticles, locale),
    // Author slugs are not localized: the same slug works in both languages.
    alternates: { sv: pageUrl('authors-slug', 'sv', raw.slug), en: pageUrl('authors-slug', 'en', raw.slug) },
  };
}

export const CENTRE_QUERY = /* GraphQL */ `
  query Centre($locale: I18NLocaleCode!, $slug: String!) {
    items: learningCentres(locale: $locale, filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {
      documentId name slug municipality region address contact url description
      courseModules(pagination: { limit: ${LIST_LIMIT} }) { ${REF_FIELDS.module} }
    }
  }
`;

export const CentreResponseSchema = z.object({
  items: z.array(z.object({
    documentId: z.string(), name: z.string(), slug: z.string(), municipality: z.string(), region: z.string(),
    address: z.string().nullish(), contact: z.string().nullish(), url: z.string().nullish(), description: z.string().nullish(),
    courseModules: z.array(RefSchema).default([]),
  })),
});

export function toCentreView(raw: z.infer<typeof CentreResponseSchema>['items'][number], locale: SiteLocale) {
  return {
    name: raw.name,
    municipality: raw.municipality,
    region: raw.region,
    address: raw.address ?? null,
    contact: raw.contact ?? null,
    website: raw.url ? safeUrl(raw.url) : null,
    description: raw.description ?? null,
    modules: toRefs('module', raw.courseModules, locale),
    alternates: { sv: pageUrl('centres-slug', 'sv', raw.slug), en: pageUrl('centres-slug', 'en', raw.slug) },
  };
}
