import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_TYPES } from '../lib/content-types';

export const STEP_TARGETS = [
  { field: 'article', uid: CONTENT_TYPES.researchArticle, minutes: 'readingMinutes' },
  { field: 'guide', uid: CONTENT_TYPES.guide, minutes: 'estimatedMinutes' },
  { field: 'module', uid: CONTENT_TYPES.courseModule, minutes: 'durationMinutes' },
] as const;

type Target = { documentId: string; title?: string } & Record<string, unknown>;
export type PathStep = Partial<Record<(typeof STEP_TARGETS)[number]['field'], Target | null>>;

/** Messages for steps that point to no item or to more than one. Pure, so it is unit-tested on its own. */
export function stepTargetProblems(steps: PathStep[]): string[] {
  return steps.flatMap((step, index) => {
    const count = STEP_TARGETS.filter(({ field }) => step[field]).length;
    if (count === 1) return [];
    return count === 0
      ? [`Step ${index + 1} has no target: choose one research article, guide or course module.`]
      : [`Step ${index + 1} points to ${count} items: a step points to exactly one research article, guide or course module.`];
  });
}

/** Total minutes of a path: the sum of its steps' own durations (reading, guide or module time). */
export function totalMinutes(steps: PathStep[]): number {
  return steps.reduce((sum, step) => {
    for (const { field, minutes } of STEP_TARGETS) {
      const value = step[field]?.[minutes];
      if (typeof value === 'number') return sum + value;
    }
    return sum;
  }, 0);
}

const STEP_POPULATE = {
  steps: {
    populate: {
      article: { fields: ['title', 'readingMinutes'] },
      guide: { fields: ['title', 'estimatedMinutes'] },
      module: { fields: ['title', 'durationMinutes'] },
    },
  },
} satisfies Modules.Documents.Params.Populate.Any<typeof CONTENT_TYPES.learningPath>;

async function loadSteps(strapi: Core.Strapi, documentId: string, locale: string): Promise<{ id: number; steps: PathStep[] } | null> {
  const doc = await strapi.documents(CONTENT_TYPES.learningPath).findOne({ documentId, locale, status: 'draft', populate: STEP_POPULATE });
  if (!doc) return null;
  return { id: doc.id as number, steps: (doc.steps ?? []) as PathStep[] };
}

/** After a write: every step has exactly one target; totalMinutes is recomputed (it is never typed by hand). */
export async function checkPathAfterWrite(strapi: Core.Strapi, documentId: string, locale: string): Promise<number | null> {
  const loaded = await loadSteps(strapi, documentId, locale);
  if (!loaded) return null;
  const problems = stepTargetProblems(loaded.steps);
  if (problems.length > 0) throw new errors.ValidationError(problems.join(' '), { errors: problems.map((message) => ({ path: ['steps'], message })) });
  const total = totalMinutes(loaded.steps);
  await strapi.db.query(CONTENT_TYPES.learningPath).updateMany({ where: { documentId, locale, publishedAt: null }, data: { totalMinutes: total } });
  return total;
}

/** Before publishing: every step's item must itself be published in the same language. */
export async function checkPathTargetsPublished(strapi: Core.Strapi, documentId: string, locale: string): Promise<void> {
  const loaded = await loadSteps(strapi, documentId, locale);
  if (!loaded) return;
  const problems = stepTargetProblems(loaded.steps);
  for (const [index, step] of loaded.steps.entries()) {
    for (const { field, uid } of STEP_TARGETS) {
      const target = step[field];
      if (!target) continue;
      const published = await strapi.documents(uid).findOne({ documentId: target.documentId, locale, status: 'published', fields: ['id'] });
      if (!published) problems.push(`Step ${index + 1} points to "${target.title ?? target.documentId}", which is not published in ${locale}: publish it first.`);
    }
  }
  if (problems.length > 0) throw new errors.ValidationError(problems.join(' '), { errors: problems.map((message) => ({ path: ['steps'], message })) });
}
