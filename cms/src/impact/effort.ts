import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { EFFORT_TYPES } from '../lib/content-types';
import type { Scope } from './scope';

/** What the report needs of an occasion: its times, its status and the length of its course module. */
export interface EffortOccasion {
  documentId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  occasionStatus: string;
  moduleMinutes: number | null;
}

export interface EffortFacts {
  documentId: string;
  title: string;
  effortStatus: string;
  startsOn: string;
  endsOn: string;
  published: boolean;
  industries: string[];
  municipalities: string[];
  partners: string[];
  learningPath: { title: string; totalMinutes: number | null } | null;
  occasions: EffortOccasion[];
}

interface Row {
  documentId: string;
  locale: string;
  publishedAt: string | null;
  title: string;
  effortStatus: string;
  startsOn: string;
  endsOn: string;
  industries: unknown;
  municipalities?: Array<{ slug: string }>;
  partners?: Array<{ documentId: string }>;
  learningPath?: { title: string; totalMinutes: number | null } | null;
  occasions?: Array<{ documentId: string; title: string; startsAt: string | Date; endsAt: string | Date; occasionStatus: string; courseModule?: { durationMinutes: number | null } | null }>;
}

const POPULATE = {
  municipalities: { select: ['slug'] },
  partners: { select: ['documentId'] },
  learningPath: { select: ['title', 'totalMinutes'] },
  occasions: { select: ['documentId', 'title', 'startsAt', 'endsAt', 'occasionStatus'], populate: { courseModule: { select: ['durationMinutes'] } } },
};

const uniqueBy = <T>(list: T[], key: (item: T) => string) => [...new Map(list.map((item) => [key(item), item])).values()];

/**
 * An effort as its report reads it: the published version in the reader's language if there is one, else the draft
 * (a report may be drawn up before publishing); occasions by documentId, as the version links them.
 */
export async function loadEffort(strapi: Core.Strapi, documentId: string, locale: string): Promise<EffortFacts | null> {
  const rows: Row[] = await strapi.db.query(EFFORT_TYPES.effort).findMany({ where: { documentId }, populate: POPULATE });
  const rank = (r: Row) => (r.publishedAt ? 0 : 2) + (r.locale === locale ? 0 : 1);
  const row = [...rows].sort((a, b) => rank(a) - rank(b))[0];
  if (!row) return null;
  return {
    documentId,
    title: row.title,
    effortStatus: row.effortStatus,
    startsOn: String(row.startsOn).slice(0, 10),
    endsOn: String(row.endsOn).slice(0, 10),
    published: rows.some((r) => r.publishedAt),
    industries: Array.isArray(row.industries) ? row.industries.filter((i): i is string => typeof i === 'string') : [],
    municipalities: [...new Set((row.municipalities ?? []).map((m) => m.slug))].sort(),
    partners: [...new Set((row.partners ?? []).map((p) => p.documentId))].sort(),
    learningPath: row.learningPath ? { title: row.learningPath.title, totalMinutes: row.learningPath.totalMinutes ?? null } : null,
    occasions: uniqueBy(row.occasions ?? [], (o) => o.documentId)
      .map((o) => ({
        documentId: o.documentId,
        title: o.title,
        startsAt: new Date(o.startsAt).toISOString(),
        endsAt: new Date(o.endsAt).toISOString(),
        occasionStatus: o.occasionStatus,
        moduleMinutes: o.courseModule?.durationMinutes ?? null,
      }))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
  };
}

/** A partner reads the report of an effort that targets one of their municipalities or that their organisation runs. */
export function assertEffortInScope(scope: Scope, effort: EffortFacts): void {
  if (scope.region) return;
  const ours = effort.municipalities.some((m) => scope.municipalities.includes(m)) || effort.partners.some((p) => scope.partners.includes(p));
  if (!ours) throw new errors.ForbiddenError('This effort is not in your organisation’s municipalities.');
}
