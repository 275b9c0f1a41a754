import type { Core } from '@strapi/strapi';
import { PLACE_TYPES, SIGNUP_TYPES } from '../lib/content-types';
import { isOpen, type OccasionRow } from './occasion';
import { HOLDS_SEAT } from './signups';

export interface Seats {
  documentId: string;
  seats: number;
  taken: number;
  left: number;
  waitlist: number;
  full: boolean;
  open: boolean;
}

/** Seats of published occasions, counted in one grouped query; unknown or unpublished ids are left out. */
export async function seatsFor(strapi: Core.Strapi, documentIds: string[]): Promise<Seats[]> {
  const ids = [...new Set(documentIds)].slice(0, 100);
  if (ids.length === 0) return [];
  const occasions: Pick<OccasionRow, 'documentId' | 'seats' | 'occasionStatus' | 'signupDeadline' | 'startsAt'>[] = await strapi.db.query(PLACE_TYPES.occasion).findMany({
    where: { documentId: { $in: ids }, publishedAt: { $notNull: true } },
    select: ['documentId', 'seats', 'occasionStatus', 'signupDeadline', 'startsAt'],
  });
  const meta = strapi.db.metadata.get(SIGNUP_TYPES.signup);
  const rows: { occasion_document_id: string; signup_status: string; n: number | string }[] = await strapi.db
    .connection(meta.tableName)
    .select('occasion_document_id', 'signup_status')
    .count({ n: '*' })
    .whereIn('occasion_document_id', ids)
    .groupBy('occasion_document_id', 'signup_status');
  const count = (documentId: string, statuses: readonly string[]) =>
    rows.filter((r) => r.occasion_document_id === documentId && statuses.includes(r.signup_status)).reduce((sum, r) => sum + Number(r.n), 0);
  const seen = new Set<string>();
  return occasions.flatMap((o) => {
    if (seen.has(o.documentId)) return [];
    seen.add(o.documentId);
    const taken = count(o.documentId, HOLDS_SEAT);
    const left = Math.max(0, o.seats - taken);
    return [{ documentId: o.documentId, seats: o.seats, taken, left, waitlist: count(o.documentId, ['waitlisted']), full: left === 0, open: isOpen(o) }];
  });
}
