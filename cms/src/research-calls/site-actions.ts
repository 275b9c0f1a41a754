import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { hubConfig } from '../lib/hub-config';
import { CLIENT_HEADER, hit, type Bucket } from '../needs/rate-limit';
import { createAnswer, deleteAnswer } from './answers';
import { consentText } from './consent';
import { AnswerError } from './errors';
import { runResearchCallJobs } from './retention';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const clientOf = (ctx: Ctx) => String(ctx.request.header[CLIENT_HEADER] ?? ctx.request.ip ?? 'unknown').slice(0, 128);

/** Counted in the CMS database (shared by every replica), like the needs and sign-up routes' limits. */
async function limit(strapi: Core.Strapi, ctx: Ctx, bucket: Bucket): Promise<void> {
  const result = await hit(strapi, bucket, clientOf(ctx));
  if (!result.allowed) {
    ctx.set('Retry-After', String(result.retryAfterS));
    throw new errors.RateLimitError(`Too many requests: try again in ${result.retryAfterS} seconds.`, { code: 'rate_limited', retryAfterS: result.retryAfterS });
  }
}

/** Expected refusals answer with their status and code; anything else is Strapi's (logged 500). */
async function answer(ctx: Ctx, work: () => Promise<unknown>, status = 200): Promise<void> {
  try {
    ctx.body = await work();
    ctx.status = status;
  } catch (error) {
    if (!(error instanceof AnswerError)) throw error;
    ctx.status = error.status;
    ctx.body = error.toBody();
  }
}

/** The research calls' site-facing actions (answer, delete an answer, the consent text). Answers have no read route. */
export function researchCallActions(strapi: Core.Strapi) {
  return {
    async consent(ctx: Ctx) {
      const locale = ctx.query.locale === 'en' ? 'en' : 'sv';
      ctx.body = { locale, text: consentText(locale, hubConfig(strapi).researchAnswerRetentionDays) };
    },
    async create(ctx: Ctx) {
      await limit(strapi, ctx, 'researchAnswers');
      await answer(ctx, () => createAnswer(strapi, ctx.request.body), 201);
      // The confirmation goes out right after the commit (the cron retries a failed send).
      if (ctx.status === 201) setTimeout(() => void runResearchCallJobs(strapi), 50);
    },
    async delete(ctx: Ctx) {
      await limit(strapi, ctx, 'researchAnswerDeletes');
      await answer(ctx, () => deleteAnswer(strapi, ctx.request.body));
    },
  };
}
