import type { Core } from '@strapi/strapi';
import type { Answers, CheckDefinition, ResponseContext } from '@kunskapsnavet/needs';
import { z } from 'zod';
import { LOCALE_CODES, NEEDS_TYPES, type LocaleCode } from '../lib/content-types';
import { loadPublishedCheck } from './check';
import { needsLib } from './needs-lib';

/** The body the site posts. Strict: a forged `synthetic`, `scores` or any other extra field is refused. */
export const submissionBody = z.strictObject({
  locale: z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]]),
  answers: z.unknown(),
});

export class SubmissionError extends Error {
  constructor(message: string, readonly status: 400 | 404 = 400) {
    super(message);
  }
}

/**
 * The one path from answers to a stored response, for real submissions and synthetic ones alike: scores and needs
 * are computed here with the needs library, never taken from the caller, and only the context values go into the
 * columns the statistics group by. No name, e-mail, IP or user agent exists anywhere in this record.
 */
export function responseRecord(check: CheckDefinition, answers: Answers, context: ResponseContext, options: { synthetic: boolean; submittedAt: string }) {
  const scores = needsLib.scoreAnswers(check, answers);
  const needs = needsLib.topNeeds(check, answers, scores);
  return {
    locale: check.locale,
    answers,
    scores: Object.fromEntries(scores.map((s) => [s.dimension, s.score])),
    needs: needs.map((n) => n.dimension),
    industry: context.industry,
    size: context.size,
    municipality: context.municipality,
    goal: context.goal,
    synthetic: options.synthetic,
    submittedAt: options.submittedAt,
  };
}

/** Validates a site submission against the published check of its language and stores it. */
export async function submitResponse(strapi: Core.Strapi, body: unknown): Promise<void> {
  const parsed = submissionBody.safeParse(body);
  if (!parsed.success) {
    throw new SubmissionError(`Invalid submission: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`);
  }
  const check = await loadPublishedCheck(strapi, parsed.data.locale);
  if (!check) throw new SubmissionError(`No needs check is published in ${parsed.data.locale}.`, 404);
  const validation = needsLib.validateSubmission(check, parsed.data.answers);
  if (!validation.ok) throw new SubmissionError(validation.message);
  const data = responseRecord(check, validation.answers, validation.context, { synthetic: false, submittedAt: new Date().toISOString() });
  await strapi.documents(NEEDS_TYPES.response).create({ data } as never);
}
