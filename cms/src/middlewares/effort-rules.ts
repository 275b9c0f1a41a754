import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { INDUSTRIES } from '@kunskapsnavet/search';
import { CONTENT_TYPES, EFFORT_TYPES, PLACE_TYPES } from '../lib/content-types';
import { needsLib } from '../needs/needs-lib';

export interface EffortFacts {
  needDimensions: unknown;
  industries: unknown;
  startsOn?: string | null;
  endsOn?: string | null;
}

interface Problem {
  path: string;
  message: string;
}

const listOf = (value: unknown): unknown[] | null => (Array.isArray(value) ? value : null);

function dimensionProblems(value: unknown): Problem[] {
  const dimensions = listOf(value);
  const allowed: readonly unknown[] = needsLib.DIMENSIONS;
  if (!dimensions || dimensions.length === 0 || dimensions.some((d) => !allowed.includes(d))) {
    return [{ path: 'needDimensions', message: `Need dimensions must be a non-empty list of: ${needsLib.DIMENSIONS.join(', ')} (e.g. ["strategy"]).` }];
  }
  if (new Set(dimensions).size !== dimensions.length) return [{ path: 'needDimensions', message: 'Need dimensions must not repeat a dimension.' }];
  return [];
}

function industryProblems(value: unknown): Problem[] {
  const industries = value == null ? [] : listOf(value);
  const allowed: readonly unknown[] = INDUSTRIES;
  if (industries && industries.every((i) => allowed.includes(i))) return [];
  return [{ path: 'industries', message: `Industries must be a list (empty: every industry) of: ${INDUSTRIES.join(', ')}.` }];
}

/** The effort rules Strapi's schema cannot express (its json fields take any JSON); pure, unit-tested. */
export function effortProblems(e: EffortFacts): Problem[] {
  const problems = [...dimensionProblems(e.needDimensions), ...industryProblems(e.industries)];
  // Dates are YYYY-MM-DD strings, so comparing them as text orders them by day.
  if (e.startsOn && e.endsOn && String(e.endsOn) < String(e.startsOn)) {
    problems.push({ path: 'endsOn', message: 'The effort must not end before it starts (end date on or after the start date).' });
  }
  return problems;
}

function fail(problems: Problem[]): void {
  if (problems.length === 0) return;
  throw new errors.ValidationError(problems.map((p) => p.message).join(' '), { errors: problems.map((p) => ({ path: [p.path], message: p.message })) });
}

/** What an effort offers and who is behind it: a published effort may point only to published items. */
const OFFERS = [
  { field: 'learningPath', uid: CONTENT_TYPES.learningPath, what: 'learning path', label: 'title' },
  { field: 'courseModules', uid: CONTENT_TYPES.courseModule, what: 'course module', label: 'title' },
  { field: 'occasions', uid: PLACE_TYPES.occasion, what: 'occasion', label: 'title' },
  { field: 'partners', uid: EFFORT_TYPES.partner, what: 'partner', label: 'name' },
] as const;

const dateOf = (value: unknown) => (typeof value === 'string' ? value : null);

type Ref = { documentId: string } & Record<string, unknown>;
const refsOf = (value: unknown): Ref[] =>
  (Array.isArray(value) ? value : value ? [value] : []).filter((r): r is Ref => typeof r === 'object' && r !== null && typeof r.documentId === 'string');

async function loadDraft(strapi: Core.Strapi, documentId: string, locale: string) {
  const populate = Object.fromEntries(OFFERS.map((o) => [o.field, { fields: ['documentId', o.label] }]));
  return strapi.documents(EFFORT_TYPES.effort).findOne({ documentId, locale, status: 'draft', populate });
}

/**
 * Before a create or update, on the values sent: Strapi hands a json field's value to the database as it is, and
 * PostgreSQL refuses a bare string as JSON (a 500), so a malformed list is refused here with the rule's message.
 */
export function checkEffortInput(data: unknown): void {
  if (typeof data !== 'object' || data === null) return;
  const problems = [
    ...('needDimensions' in data ? dimensionProblems(data.needDimensions) : []),
    ...('industries' in data ? industryProblems(data.industries) : []),
  ];
  fail(problems);
}

/** After a create or update: the stored draft's dimensions, industries and period. */
export async function checkEffortAfterWrite(strapi: Core.Strapi, documentId: string, locale: string): Promise<void> {
  const row = await strapi.db.query(EFFORT_TYPES.effort).findOne({ where: { documentId, locale, publishedAt: null } });
  if (row) fail(effortProblems(row));
}

/** Before publishing: the draft's own rules, and every path, module, occasion and partner published in that language. */
export async function checkEffortBeforePublish(strapi: Core.Strapi, documentId: string, locale: string): Promise<void> {
  const draft: Record<string, unknown> | null = await loadDraft(strapi, documentId, locale);
  if (!draft) return;
  const problems = effortProblems({ needDimensions: draft.needDimensions, industries: draft.industries, startsOn: dateOf(draft.startsOn), endsOn: dateOf(draft.endsOn) });
  for (const { field, uid, what, label } of OFFERS) {
    for (const ref of refsOf(draft[field])) {
      const published = await strapi.documents(uid).findOne({ documentId: ref.documentId, locale, status: 'published', fields: ['id'] });
      if (!published) problems.push({ path: field, message: `The ${what} "${String(ref[label] ?? ref.documentId)}" is not published in ${locale}: publish it first.` });
    }
  }
  fail(problems);
}
