import type { Core } from '@strapi/strapi';
import { EFFORT_TYPES } from '../lib/content-types';
import type { Scope } from './scope';

export interface EffortSummary {
  documentId: string;
  title: string;
  effortStatus: string;
  startsOn: string;
  endsOn: string;
  published: boolean;
}

interface Row {
  documentId: string;
  locale: string;
  publishedAt: string | null;
  title: string;
  effortStatus: string;
  startsOn: string;
  endsOn: string;
  municipalities?: Array<{ slug: string }>;
  partners?: Array<{ documentId: string }>;
}

const MAX_EFFORTS = 500;

/** The efforts a reader may report on (a partner: those in their municipalities or run by their organisation), newest first. */
export async function effortsInScope(strapi: Core.Strapi, scope: Scope, locale: string): Promise<EffortSummary[]> {
  const rows: Row[] = await strapi.db.query(EFFORT_TYPES.effort).findMany({
    select: ['documentId', 'locale', 'publishedAt', 'title', 'effortStatus', 'startsOn', 'endsOn'],
    populate: { municipalities: { select: ['slug'] }, partners: { select: ['documentId'] } },
    orderBy: [{ startsOn: 'desc' }, { id: 'asc' }],
    limit: MAX_EFFORTS * 4,
  });
  const byDocument = new Map<string, Row[]>();
  for (const row of rows) byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);
  const rank = (r: Row) => (r.publishedAt ? 0 : 2) + (r.locale === locale ? 0 : 1);
  const summaries: EffortSummary[] = [];
  for (const [documentId, versions] of byDocument) {
    const ours = (r: Row) => (r.municipalities ?? []).some((m) => !scope.region && scope.municipalities.includes(m.slug)) || (r.partners ?? []).some((p) => !scope.region && scope.partners.includes(p.documentId));
    if (!scope.region && !versions.some(ours)) continue;
    const row = [...versions].sort((a, b) => rank(a) - rank(b))[0];
    summaries.push({ documentId, title: row.title, effortStatus: row.effortStatus, startsOn: String(row.startsOn).slice(0, 10), endsOn: String(row.endsOn).slice(0, 10), published: versions.some((v) => v.publishedAt) });
  }
  return summaries.slice(0, MAX_EFFORTS);
}
