import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_TYPES } from '../lib/content-types';

interface Section {
  __component?: string;
  question?: string;
  options?: { text?: string; correct?: boolean | null }[];
}

/** A knowledge check has exactly one correct option; pure, unit-tested. */
export function knowledgeCheckProblems(sections: Section[]): string[] {
  return sections.flatMap((section, index) => {
    if (section.__component !== 'sections.knowledge-check') return [];
    const correct = (section.options ?? []).filter((o) => o.correct === true).length;
    if (correct === 1) return [];
    return [`Knowledge check ${index + 1} ("${section.question ?? ''}") must have exactly one correct option, it has ${correct}.`];
  });
}

export async function checkModuleAfterWrite(strapi: Core.Strapi, documentId: string, locale: string): Promise<void> {
  const doc = await strapi.documents(CONTENT_TYPES.courseModule).findOne({
    documentId,
    locale,
    status: 'draft',
    populate: { sections: { on: { 'sections.knowledge-check': { populate: { options: true } } } } },
  });
  if (!doc) return;
  const problems = knowledgeCheckProblems((doc.sections ?? []) as Section[]);
  if (problems.length > 0) throw new errors.ValidationError(problems.join(' '), { errors: problems.map((message) => ({ path: ['sections'], message })) });
}
