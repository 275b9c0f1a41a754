import { z } from 'zod';
import { EFFORT_STATUSES, PARTNER_KINDS } from '#shared/efforts/vocabulary';
import { formatPeriod } from '#shared/efforts/period';
import { safeUrl } from '#shared/urls/safe-url';
import { otherLocale, type SiteLocale } from '#shared/types/locale';
import { contentUrl, pageUrl } from '../utils/urls';
import { OCCASION_FIELDS, OccasionsResponseSchema, toOccasionCard } from './occasions';

/**
 * Competence efforts (kompetensinsatser) as the site reads them from Strapi's GraphQL: published only. The list
 * holds what cards, filters and matching need; one effort's page adds its occasions. Limits keep both queries
 * well inside the CMS's complexity budget.
 */
const CARD_FIELDS = `
  documentId slug title pitch needDimensions industries effortStatus startsOn endsOn updatedAt
  municipalities(sort: "name:asc", pagination: { limit: 30 }) { slug name }
  localizations { locale slug }
`;
const PARTNER_FIELDS = 'slug name kind description contactUrl contactEmail contactPhone isExample';

export const EFFORTS_QUERY = /* GraphQL */ `
  query Efforts($locale: I18NLocaleCode!) {
    items: efforts(locale: $locale, sort: "startsOn:asc", pagination: { limit: 100 }) { ${CARD_FIELDS} }
  }
`;

export const EFFORT_QUERY = /* GraphQL */ `
  query Effort($locale: I18NLocaleCode!, $slug: String!) {
    items: efforts(locale: $locale, filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {
      ${CARD_FIELDS}
      learningPath { slug title description }
      courseModules(pagination: { limit: 10 }) { slug title summary }
      occasions(sort: "startsAt:asc", pagination: { limit: 30 }) { ${OCCASION_FIELDS} }
      partners(sort: "name:asc", pagination: { limit: 10 }) { ${PARTNER_FIELDS} }
    }
  }
`;

const CardSchema = z.object({
  documentId: z.string(),
  slug: z.string(),
  title: z.string(),
  pitch: z.string(),
  // json fields: the CMS's content rules keep them lists of known values; anything else reads as empty.
  needDimensions: z.array(z.string()).catch([]),
  industries: z.array(z.string()).nullish().catch([]),
  effortStatus: z.enum(EFFORT_STATUSES),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  updatedAt: z.string().nullish(),
  municipalities: z.array(z.object({ slug: z.string(), name: z.string() })).default([]),
  localizations: z.array(z.object({ locale: z.string(), slug: z.string() })).default([]),
});
const PartnerSchema = z.object({
  slug: z.string(), name: z.string(), kind: z.enum(PARTNER_KINDS), description: z.string().nullish(),
  contactUrl: z.string().nullish(), contactEmail: z.string().nullish(), contactPhone: z.string().nullish(), isExample: z.boolean().nullish(),
});
const DetailSchema = CardSchema.extend({
  learningPath: z.object({ slug: z.string(), title: z.string(), description: z.string().nullish() }).nullish(),
  courseModules: z.array(z.object({ slug: z.string(), title: z.string(), summary: z.string().nullish() })).default([]),
  occasions: OccasionsResponseSchema.shape.items,
  partners: z.array(PartnerSchema).default([]),
});

export const EffortsResponseSchema = z.object({ items: z.array(CardSchema) });
export const EffortResponseSchema = z.object({ items: z.array(DetailSchema) });

/** The other language's page of the same effort, or null when it has no published translation there. */
function effortAlternates(raw: z.infer<typeof CardSchema>, locale: SiteLocale) {
  const other = otherLocale(locale);
  const theirs = raw.localizations.find((l) => l.locale === other);
  const own = pageUrl('efforts-slug', locale, raw.slug);
  const translated = theirs ? pageUrl('efforts-slug', other, theirs.slug) : null;
  return locale === 'sv' ? { sv: own, en: translated } : { sv: translated, en: own };
}

/** An effort as lists show it, and what matching needs (the CMS's field names). */
export function toEffortCard(raw: z.infer<typeof CardSchema>, locale: SiteLocale) {
  return {
    documentId: raw.documentId,
    slug: raw.slug,
    title: raw.title,
    pitch: raw.pitch,
    url: pageUrl('efforts-slug', locale, raw.slug),
    status: raw.effortStatus,
    needDimensions: raw.needDimensions,
    industries: raw.industries ?? [],
    startsOn: raw.startsOn,
    endsOn: raw.endsOn,
    period: formatPeriod(raw.startsOn, raw.endsOn, locale),
    municipalities: raw.municipalities.map((m) => m.slug),
    places: raw.municipalities.map((m) => ({ name: m.name, url: pageUrl('municipalities-slug', locale, m.slug) })),
    updatedAt: raw.updatedAt ?? null,
    alternates: effortAlternates(raw, locale),
  };
}
export type EffortCard = ReturnType<typeof toEffortCard>;

/** One effort's page: the card, what it offers (path, modules, occasions that have not ended) and who is behind it. */
export function toEffortView(raw: z.infer<typeof DetailSchema>, locale: SiteLocale, now = new Date()) {
  const iso = now.toISOString();
  return {
    ...toEffortCard(raw, locale),
    path: raw.learningPath ? { title: raw.learningPath.title, summary: raw.learningPath.description ?? null, url: contentUrl('learning-path', locale, raw.learningPath.slug) } : null,
    modules: raw.courseModules.map((m) => ({ title: m.title, summary: m.summary ?? null, url: contentUrl('course-module', locale, m.slug) })),
    occasions: raw.occasions.filter((o) => o.endsAt > iso).map((o) => toOccasionCard(o, locale)),
    partners: raw.partners.map((p) => ({
      name: p.name, kind: p.kind, description: p.description ?? null, isExample: p.isExample === true,
      url: p.contactUrl ? safeUrl(p.contactUrl) : null, email: p.contactEmail ?? null, phone: p.contactPhone ?? null,
    })),
  };
}
