import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PLACE_TYPES } from '../lib/content-types';

export interface OccasionFacts {
  startsAt?: string | Date | null;
  endsAt?: string | Date | null;
  signupDeadline?: string | Date | null;
  seats?: number | null;
  format?: string | null;
  onlineUrl?: string | null;
  hasCentre: boolean;
  hasModule: boolean;
}

interface Problem {
  path: string;
  message: string;
}

const time = (value: string | Date | null | undefined) => (value == null ? NaN : new Date(value).getTime());

/** The occasion rules Strapi's schema cannot express; pure, unit-tested. `publishing` adds what a public occasion needs. */
export function occasionProblems(o: OccasionFacts, publishing: boolean): Problem[] {
  const problems: Problem[] = [];
  const start = time(o.startsAt);
  if (!(time(o.endsAt) > start)) problems.push({ path: 'endsAt', message: 'The occasion must end after it starts.' });
  if (!(time(o.signupDeadline) < start)) problems.push({ path: 'signupDeadline', message: 'The sign-up deadline must be before the start.' });
  if (!(Number.isInteger(o.seats) && (o.seats ?? 0) >= 1)) problems.push({ path: 'seats', message: 'An occasion needs at least 1 seat.' });
  // Someone has to know where to go: on-site and hybrid occasions (a module's or a stand-alone event) are at a centre.
  if ((o.format === 'on_site' || o.format === 'hybrid') && !o.hasCentre) {
    const what = o.hasModule ? 'An on-site occasion of a course module' : 'An on-site or hybrid occasion';
    problems.push({ path: 'learningCentre', message: `${what} must be at a learning centre.` });
  }
  if (publishing && (o.format === 'online' || o.format === 'hybrid') && !o.onlineUrl) {
    problems.push({ path: 'onlineUrl', message: 'An online or hybrid occasion needs its online link (sent only to those signed up) before it is published.' });
  }
  return problems;
}

/** Reads the stored draft (whatever shape the admin or API sent) and throws a 400 listing every broken rule. */
export async function checkOccasionAfterWrite(strapi: Core.Strapi, documentId: string, locale: string, publishing: boolean): Promise<void> {
  const row = await strapi.db.query(PLACE_TYPES.occasion).findOne({
    where: { documentId, locale, publishedAt: publishing ? { $notNull: true } : null },
    populate: { learningCentre: { select: ['id'] }, courseModule: { select: ['id'] } },
  });
  if (!row) return;
  const problems = occasionProblems({ ...row, hasCentre: Boolean(row.learningCentre), hasModule: Boolean(row.courseModule) }, publishing);
  if (problems.length === 0) return;
  throw new errors.ValidationError(problems.map((p) => p.message).join(' '), { errors: problems.map((p) => ({ path: [p.path], message: p.message })) });
}
