import { z } from 'zod';
import { OCCASION_FORMATS } from '#shared/occasions/filters';
import { formatMoment, formatWhen, stockholmMonth } from '#shared/occasions/time';
import { SITE_LOCALES, type SiteLocale } from '#shared/types/locale';
import { contentUrl, pageUrl } from '../utils/urls';

/**
 * Occasions (tillfällen) as the site reads them from Strapi's GraphQL: published only, with the centre, its place
 * (the first municipality it serves is where it is) and the course module. Seats left are not here: they change by
 * the second and come from the CMS's seats route (utils/seats.ts).
 */
const PLACE_FIELDS = 'slug name seatLat seatLng county';
export const OCCASION_FIELDS = `
  documentId slug title priceText startsAt endsAt signupDeadline format seats teachingLanguage occasionStatus
  learningCentre { slug name address municipalities { ${PLACE_FIELDS} } }
  courseModule { documentId slug title }
  topics { slug name }
`;

export const UPCOMING_QUERY = /* GraphQL */ `
  query Upcoming($locale: I18NLocaleCode!, $now: DateTime!) {
    items: occasions(locale: $locale, filters: { endsAt: { gt: $now } }, sort: "startsAt:asc", pagination: { limit: 300 }) { ${OCCASION_FIELDS} }
  }
`;

export const OCCASION_QUERY = /* GraphQL */ `
  query Occasion($locale: I18NLocaleCode!, $slug: String!) {
    items: occasions(locale: $locale, filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) { ${OCCASION_FIELDS} description }
  }
`;

export const PlaceSchema = z.object({ slug: z.string(), name: z.string(), seatLat: z.number().nullish(), seatLng: z.number().nullish(), county: z.string().nullish() });

const OccasionSchema = z.object({
  documentId: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string().nullish(),
  priceText: z.string().nullish(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  signupDeadline: z.iso.datetime({ offset: true }).nullish(),
  format: z.enum(OCCASION_FORMATS),
  seats: z.number().int(),
  teachingLanguage: z.enum(SITE_LOCALES).nullish(),
  occasionStatus: z.enum(['scheduled', 'cancelled']),
  learningCentre: z.object({ slug: z.string(), name: z.string(), address: z.string().nullish(), municipalities: z.array(PlaceSchema).default([]) }).nullish(),
  courseModule: z.object({ documentId: z.string(), slug: z.string(), title: z.string() }).nullish(),
  topics: z.array(z.object({ slug: z.string(), name: z.string() })).default([]),
});
export type RawOccasion = z.infer<typeof OccasionSchema>;

export const OccasionsResponseSchema = z.object({ items: z.array(OccasionSchema) });

/** A position only when both coordinates are there. */
export function positionOf(place: z.infer<typeof PlaceSchema> | undefined) {
  return place && typeof place.seatLat === 'number' && typeof place.seatLng === 'number' ? { lat: place.seatLat, lng: place.seatLng } : null;
}

/** An occasion as lists and the detail page show it, in one language. */
export function toOccasionCard(raw: RawOccasion, locale: SiteLocale) {
  const place = raw.learningCentre?.municipalities[0];
  return {
    documentId: raw.documentId,
    slug: raw.slug,
    title: raw.title,
    url: pageUrl('occasions-slug', locale, raw.slug),
    startsAt: raw.startsAt,
    endsAt: raw.endsAt,
    signupDeadline: raw.signupDeadline ?? null,
    deadline: raw.signupDeadline ? formatMoment(raw.signupDeadline, locale) : null,
    when: formatWhen(raw.startsAt, raw.endsAt, locale),
    month: stockholmMonth(raw.startsAt),
    format: raw.format,
    cancelled: raw.occasionStatus === 'cancelled',
    priceText: raw.priceText ?? null,
    teachingLanguage: raw.teachingLanguage ?? null,
    seats: raw.seats,
    centre: raw.learningCentre
      ? { name: raw.learningCentre.name, slug: raw.learningCentre.slug, address: raw.learningCentre.address ?? null, url: pageUrl('centres-slug', locale, raw.learningCentre.slug), place: place?.name ?? null }
      : null,
    municipality: place?.slug ?? null,
    position: positionOf(place),
    module: raw.courseModule ? { documentId: raw.courseModule.documentId, title: raw.courseModule.title, url: contentUrl('course-module', locale, raw.courseModule.slug) } : null,
    topics: raw.topics.map((t) => t.slug),
    topicLinks: raw.topics.map((t) => ({ name: t.name, url: pageUrl('topics-slug', locale, t.slug) })),
  };
}
export type OccasionCard = ReturnType<typeof toOccasionCard>;
