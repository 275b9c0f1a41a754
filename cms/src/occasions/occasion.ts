import type { Core } from '@strapi/strapi';
import { PLACE_TYPES, type LocaleCode } from '../lib/content-types';

/** A published occasion as the sign-up, mail and calendar code needs it (private onlineUrl included: server-side only). */
export interface OccasionRow {
  id: number;
  documentId: string;
  locale: LocaleCode;
  title: string;
  slug: string;
  description?: string | null;
  priceText?: string | null;
  startsAt: string;
  endsAt: string;
  signupDeadline: string;
  seats: number;
  format: 'on_site' | 'online' | 'hybrid';
  teachingLanguage: LocaleCode;
  occasionStatus: 'scheduled' | 'cancelled';
  onlineUrl?: string | null;
  learningCentre?: { documentId: string; name: string; slug: string; address?: string | null; contact?: string | null } | null;
}

const CENTRE = { learningCentre: { select: ['documentId', 'name', 'slug', 'address', 'contact'] } };

/** The published occasion by documentId or slug, in `locale` when it has that language, else in any. */
export async function findPublishedOccasion(strapi: Core.Strapi, idOrSlug: string, locale: LocaleCode): Promise<OccasionRow | null> {
  const rows: OccasionRow[] = await strapi.db.query(PLACE_TYPES.occasion).findMany({
    where: { $or: [{ documentId: idOrSlug }, { slug: idOrSlug }], publishedAt: { $notNull: true } },
    populate: CENTRE,
  });
  return rows.find((r) => r.locale === locale) ?? rows[0] ?? null;
}

/** Published occasions of a learning centre (every language version of the centre points at them). */
export async function publishedOccasionsOfCentre(strapi: Core.Strapi, centreSlug: string, locale: LocaleCode, since: Date): Promise<OccasionRow[]> {
  return strapi.db.query(PLACE_TYPES.occasion).findMany({
    where: { locale, publishedAt: { $notNull: true }, startsAt: { $gte: since.toISOString() }, learningCentre: { slug: centreSlug } },
    populate: CENTRE,
    orderBy: { startsAt: 'asc' },
    limit: 500,
  });
}

/** Sign-up is open while the occasion is scheduled, before its deadline and its start. */
export function isOpen(o: Pick<OccasionRow, 'occasionStatus' | 'signupDeadline' | 'startsAt'>, now = new Date()): boolean {
  return o.occasionStatus === 'scheduled' && now < new Date(o.signupDeadline) && now < new Date(o.startsAt);
}
