import type { Core } from '@strapi/strapi';
import type { Answers, CheckDefinition, ResponseContext } from '@kunskapsnavet/needs';
import { z } from 'zod';
import { LOCALE_CODES, NEEDS_TYPES, type LocaleCode } from '../lib/content-types';
import { hubConfig } from '../lib/hub-config';
import { claimFollowUp, FollowUpError, firstAnswerOf, pairKeyOf, pendFollowUp, publishedEffortIds } from '../inbox/follow-up';
import { loadPublishedCheck } from './check';
import { needsLib } from './needs-lib';

/** The body the site posts. Strict: a forged `synthetic`, `scores` or any other extra field is refused. */
export const submissionBody = z
  .strictObject({
    locale: z.enum(LOCALE_CODES),
    answers: z.unknown(),
    /** First answer: "e-mail me in N months to retake the check" (its own consent on the site's form). */
    followUpEmail: z.string().trim().max(200).pipe(z.email('followUpEmail: not a valid e-mail address')).optional(),
    /** Follow-up answer: the token from that e-mail, and the efforts the owner says they took part in. */
    followUpToken: z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, 'followUpToken: not a follow-up token').optional(),
    efforts: z.array(z.string().regex(/^[a-z0-9]{10,40}$/)).max(20).optional(),
  })
  .refine((b) => !(b.followUpEmail && b.followUpToken), { message: 'a follow-up answer cannot ask for another follow-up', path: ['followUpEmail'] })
  .refine((b) => !b.efforts || b.followUpToken, { message: 'efforts are only asked on a follow-up answer', path: ['efforts'] });

export class SubmissionError extends Error {
  constructor(message: string, readonly status: 400 | 404 | 409 = 400, readonly code = 'invalid_submission') {
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
    // Unanswered context is left out (Strapi's input types take no null; the column is NULL all the same).
    industry: context.industry ?? undefined,
    size: context.size ?? undefined,
    municipality: context.municipality ?? undefined,
    goal: context.goal ?? undefined,
    synthetic: options.synthetic,
    submittedAt: options.submittedAt,
  };
}

/** The wave and pairing of a submission (and the efforts of a follow-up), before anything is written. */
async function pairing(strapi: Core.Strapi, body: z.infer<typeof submissionBody>) {
  if (!body.followUpToken) return { wave: 'first' as const, pairKey: null, efforts: [] as number[] };
  await firstAnswerOf(strapi, body.followUpToken);
  return { wave: 'follow_up' as const, pairKey: pairKeyOf(body.followUpToken), efforts: await publishedEffortIds(strapi, body.efforts ?? []) };
}

/**
 * Validates a site submission against the published check of its language and stores it (with its follow-up
 * invitation, in one transaction). Answers the cancel token of the follow-up invitation, if one was asked for.
 */
export async function submitResponse(strapi: Core.Strapi, body: unknown): Promise<{ followUpCancelToken?: string }> {
  const parsed = submissionBody.safeParse(body);
  if (!parsed.success) {
    throw new SubmissionError(`Invalid submission: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`);
  }
  const check = await loadPublishedCheck(strapi, parsed.data.locale);
  if (!check) throw new SubmissionError(`No needs check is published in ${parsed.data.locale}.`, 404);
  const validation = needsLib.validateSubmission(check, parsed.data.answers);
  if (!validation.ok) throw new SubmissionError(validation.message);
  try {
    return await store(strapi, parsed.data, check, validation);
  } catch (error) {
    if (error instanceof FollowUpError) throw new SubmissionError(error.message, error.status, error.code);
    throw error;
  }
}

/** Writes a validated submission: its pairing checked, then the response and its follow-up invitation in one transaction. */
async function store(strapi: Core.Strapi, body: z.infer<typeof submissionBody>, check: CheckDefinition, validation: { answers: Answers; context: ResponseContext }) {
  const pair = await pairing(strapi, body);
  const now = new Date();
  const data = { ...responseRecord(check, validation.answers, validation.context, { synthetic: false, submittedAt: now.toISOString() }), wave: pair.wave };
  const email = body.followUpEmail;
  return strapi.db.transaction(async ({ trx }) => {
    if (pair.pairKey) await claimFollowUp(strapi, trx, pair.pairKey);
    const pend = email ? await pendFollowUp(strapi, { email, locale: body.locale, months: hubConfig(strapi).followUpMonths, now }) : null;
    const pairKey = pend?.pairKey ?? pair.pairKey;
    const created = await strapi.documents(NEEDS_TYPES.response).create({ data: { ...data, ...(pairKey ? { pairKey } : {}) } });
    // Linked by row id (the efforts' stable draft rows, see publishedEffortIds), which the document service cannot.
    if (pair.efforts.length > 0) await strapi.db.query(NEEDS_TYPES.response).update({ where: { documentId: created.documentId }, data: { efforts: pair.efforts } });
    return pend ? { followUpCancelToken: pend.cancelToken } : {};
  });
}
